"""Accept every tracked change of .docx files in LibreOffice and save each as flat ODF.

Used by scripts/libreoffice-accept.ts (never part of npm test): LibreOffice's own acceptance of the
annotator's tracked changes, to compare with the text --fix gives. Needs Debian's python3-uno; run with
/usr/bin/python3. Usage: libreoffice-accept.py OUTDIR FILE.docx...
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    outdir, files = sys.argv[1], sys.argv[2:]
    profile = tempfile.mkdtemp(prefix='gongwen-lo-uno-')
    pipe = 'gongwen_accept_%d' % os.getpid()
    office = subprocess.Popen(['soffice', '-env:UserInstallation=file://' + profile, '--headless', '--norestore', '--invisible', '--accept=pipe,name=%s;urp;' % pipe])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(200):
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.1)
        else:
            sys.exit('LibreOffice did not start')
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        dispatcher = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.DispatchHelper', context)
        for f in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), '_blank', 0, (prop('Hidden', True),))
            dispatcher.executeDispatch(doc.getCurrentController().getFrame(), '.uno:AcceptAllTrackedChanges', '', 0, ())
            out = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + '.fodt')
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop('FilterName', 'OpenDocument Text Flat XML'),))
            doc.close(True)
        desktop.terminate()
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
        subprocess.run(['rm', '-rf', profile])


main()
