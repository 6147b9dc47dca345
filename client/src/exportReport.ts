import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportParams, Requests } from '../../server/src/protocol';
import { activeDraftEditor } from './drafts';

/** Where the report goes by default: next to the draft, or in the first workspace folder for an untitled one. */
function defaultTarget(draft: vscode.Uri, extension: string): vscode.Uri | undefined {
  const name = draft.path.slice(draft.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || vscode.l10n.t('公文');
  const file = `${name}.${vscode.l10n.t('检查报告')}.${extension}`;
  if (draft.scheme !== 'untitled') return vscode.Uri.joinPath(draft, '..', file);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, file) : undefined;
}

/** “导出检查报告”: counts by kind and by section plus every finding, as Markdown or HTML. */
export async function exportReport(client: LanguageClient | undefined): Promise<vscode.Uri | undefined> {
  const editor = activeDraftEditor();
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('请先打开一篇公文草稿。'));
    return undefined;
  }
  const formats: (vscode.QuickPickItem & { format: ReportParams['format']; extension: string })[] = [
    { label: 'Markdown', description: '.md', format: 'markdown', extension: 'md' },
    { label: 'HTML', description: vscode.l10n.t('.html，可在浏览器中打开或打印'), format: 'html', extension: 'html' },
  ];
  const picked = await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('检查报告的格式') });
  if (!picked) return undefined;
  const params: ReportParams = { uri: editor.document.uri.toString(), format: picked.format };
  const report = await client.sendRequest(Requests.report, params);
  if (!report) {
    void vscode.window.showWarningMessage(vscode.l10n.t('语言服务尚未打开此文稿，无法生成报告。'));
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(editor.document.uri, picked.extension),
    filters: { [picked.label]: [picked.extension] },
    saveLabel: vscode.l10n.t('导出'),
    title: vscode.l10n.t('导出检查报告'),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report));
  await vscode.window.showTextDocument(target, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  return target;
}
