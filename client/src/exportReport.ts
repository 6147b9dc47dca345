import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportParams, Requests } from '../../server/src/protocol';
import { activeDraftEditor } from './drafts';

/** Where the report goes by default: next to the draft, or in the first workspace folder for an untitled one. */
function defaultTarget(draft: vscode.Uri, extension: string): vscode.Uri | undefined {
  const name = draft.path.slice(draft.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || vscode.l10n.t('draft');
  const file = `${name}.${vscode.l10n.t('check-report')}.${extension}`;
  if (draft.scheme !== 'untitled') return vscode.Uri.joinPath(draft, '..', file);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, file) : undefined;
}

/** “导出检查报告”: counts by kind and by section plus every finding, as Markdown or HTML. */
export async function exportReport(client: LanguageClient | undefined): Promise<vscode.Uri | undefined> {
  const editor = activeDraftEditor();
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft first.'));
    return undefined;
  }
  const formats: (vscode.QuickPickItem & { format: ReportParams['format']; extension: string })[] = [
    { label: 'Markdown', description: '.md', format: 'markdown', extension: 'md' },
    { label: 'HTML', description: vscode.l10n.t('.html, to open in a browser or print'), format: 'html', extension: 'html' },
  ];
  const picked = await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('Format of the check report') });
  if (!picked) return undefined;
  const params: ReportParams = { uri: editor.document.uri.toString(), format: picked.format };
  const report = await client.sendRequest(Requests.report, params);
  if (!report) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The language server has not opened this draft; no report.'));
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(editor.document.uri, picked.extension),
    filters: { [picked.label]: [picked.extension] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export a check report'),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report));
  // Shown as a reader sees it, not as source: the HTML in a webview, the Markdown in its preview.
  if (picked.format === 'html') showHtmlReport(target, report);
  else await vscode.commands.executeCommand('markdown.showPreview', target);
  return target;
}

/** The report in a webview beside the draft: no scripts, nothing loaded from outside (only its own inline styles). */
function showHtmlReport(file: vscode.Uri, html: string): vscode.WebviewPanel {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const panel = vscode.window.createWebviewPanel('gongwen.report', name, vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
  panel.webview.html = html.replace(/<head>/i, `<head>${csp}`);
  return panel;
}
