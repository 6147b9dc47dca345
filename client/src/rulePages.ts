import * as vscode from 'vscode';

/**
 * A diagnostic's code links to its rule's page, `docs/rules/<id>.md` in the installed extension (the
 * server's `codeDescription`). VS Code would open the Markdown source; the link is turned into this
 * command, which shows the page rendered.
 */
export function withRulePages(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    if (typeof d.code !== 'object' || !d.code.target.path.endsWith('.md')) continue;
    const args = encodeURIComponent(JSON.stringify([d.code.target.toString()]));
    d.code = { value: d.code.value, target: vscode.Uri.parse(`command:gongwen.showRule?${args}`) };
  }
  return diagnostics;
}

export function registerShowRule(): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.showRule', async (page: string) => {
    const uri = vscode.Uri.parse(page);
    // Without the built-in Markdown extension, the page opens as text.
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
  });
}
