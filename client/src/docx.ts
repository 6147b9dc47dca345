import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocxTextParams, DocxTextResult, Requests, SECTION } from '../../server/src/protocol';

/**
 * A Word document opened as a read-only draft: `gongwen-docx:/path/draft.docx?<original uri>`.
 * The server extracts the paragraphs (the same extraction as `gongwen-lint`), the document gets the
 * `gongwen` language, and the language client's selector (`{ language: 'gongwen' }`, any scheme)
 * sends it to the server, so diagnostics and the outline appear as for any draft.
 */
export const DOCX_SCHEME = 'gongwen-docx';

class DocxContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async extract(source: vscode.Uri): Promise<DocxTextResult> {
    const c = this.client();
    if (!c?.isRunning()) throw new Error(vscode.l10n.t('公文起草助手的语言服务器尚未启动，请稍后再试。'));
    const params: DocxTextParams = { data: Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64') };
    return c.sendRequest(Requests.docxText, params);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return (await this.extract(vscode.Uri.parse(uri.query, true))).text;
  }

  /** The Word file changed on disk: open extracted views re-read it. */
  refresh(source: vscode.Uri): void {
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.scheme === DOCX_SCHEME && d.uri.query === source.toString()) this.changed.fire(d.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function openDocx(provider: DocxContentProvider, source?: vscode.Uri): Promise<void> {
  if (!(source instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word 文档')]: ['docx'] }, openLabel: vscode.l10n.t('打开（只读）') });
    if (!picked?.length) return;
    source = picked[0];
  }
  let extracted: DocxTextResult;
  try {
    extracted = await provider.extract(source);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('无法打开 Word 文档：{0}', e instanceof Error ? e.message : String(e)));
    return;
  }
  const uri = vscode.Uri.from({ scheme: DOCX_SCHEME, path: source.path, query: source.toString() });
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), SECTION);
  await vscode.window.showTextDocument(document, { preview: false });
  vscode.window.setStatusBarMessage(vscode.l10n.t('已从 Word 文档提取 {0} 段，只读；修改请在 Word 中进行。', extracted.paragraphs), 5000);
}

/** The “公文：打开 Word 文档（只读）” command and the provider behind it. */
export function registerDocxViewer(client: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider = new DocxContentProvider(client);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.docx', true, false, true);
  return [
    provider,
    watcher,
    watcher.onDidChange((source) => provider.refresh(source)),
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, provider),
    vscode.commands.registerCommand('gongwen.openDocx', (source?: vscode.Uri) => openDocx(provider, source)),
  ];
}
