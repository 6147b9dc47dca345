import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCX_VIEW_SCHEME, DocxAnnotateParams, DocxTextParams, DocxTextResult, docxViewFragment, docxViewStory, Requests, SECTION } from '../../server/src/protocol';

/**
 * A Word document opened as read-only drafts: the body as `gongwen-docx:/path/draft.docx?<original uri>`,
 * each header, footer and the notes as `gongwen-docx:/path/draft.docx（页眉）?<original uri>#header:word/header1.xml`
 * (a draft of its own, with its own lines, as the CLI reports it; protocol.ts has the form). The server
 * extracts the text (the same extraction as `gongwen-lint`), the documents get the `gongwen` language,
 * and the language client's selector (`{ language: 'gongwen' }`, any scheme) sends them to the server,
 * so diagnostics and the outline appear as for any draft.
 */

class DocxContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  running(): LanguageClient {
    const c = this.client();
    if (!c?.isRunning()) throw new Error(vscode.l10n.t('公文起草助手的语言服务器尚未启动，请稍后再试。'));
    return c;
  }

  async extract(source: vscode.Uri): Promise<DocxTextResult> {
    const c = this.running();
    const params: DocxTextParams = { data: Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64') };
    return c.sendRequest(Requests.docxText, params);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const extracted = await this.extract(sourceOf(uri));
    const story = docxViewStory(uri.fragment);
    if (!story) return extracted.text;
    return extracted.stories.find((s) => s.part === story.part)?.text ?? '';
  }

  /** The Word file changed on disk: open extracted views re-read it. */
  refresh(source: vscode.Uri): void {
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.scheme === DOCX_VIEW_SCHEME && d.uri.query === source.toString()) this.changed.fire(d.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The Word file a view shows. */
function sourceOf(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(view.query, true);
}

async function showView(uri: vscode.Uri): Promise<void> {
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), SECTION);
  await vscode.window.showTextDocument(document, { preview: false });
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
  const view = (fragment = '', name = '') => vscode.Uri.from({ scheme: DOCX_VIEW_SCHEME, path: name ? `${source!.path}（${name}）` : source!.path, query: source!.toString(), fragment });
  await showView(view());
  vscode.window.setStatusBarMessage(vscode.l10n.t('已从 Word 文档提取 {0} 段，只读；修改请在 Word 中进行。', extracted.paragraphs), 5000);
  if (!extracted.stories.length) return;
  // Headers, footers and notes are drafts of their own (their own lines, as in the CLI's report).
  const open = vscode.l10n.t('查看');
  const names = extracted.stories.map((s) => s.name).join('、');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('此 Word 文档还有{0}，已分别检查，可打开查看其中的问题。', names), open)) !== open) return;
  for (const story of extracted.stories) await showView(view(docxViewFragment(story), story.name));
}

/** “导出带批注的 Word”: a copy of the Word file behind the active view, with the findings as comments. */
async function exportAnnotated(provider: DocxContentProvider): Promise<void> {
  const view = vscode.window.activeTextEditor?.document.uri;
  if (view?.scheme !== DOCX_VIEW_SCHEME) {
    void vscode.window.showErrorMessage(vscode.l10n.t('请先用“打开 Word 文档（只读）”打开要导出的 Word 文档。'));
    return;
  }
  const source = sourceOf(view);
  const commentsOnly = vscode.l10n.t('只加批注');
  const withChanges = vscode.l10n.t('批注，并把可安全修复的问题写成修订');
  const mode = await vscode.window.showQuickPick([commentsOnly, withChanges], { placeHolder: vscode.l10n.t('每个问题写成一条批注（作者“公文起草助手”），原文件不改动') });
  if (!mode) return;
  const base = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.docx$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(source, '..', vscode.l10n.t('{0}-批注.docx', base)),
    filters: { [vscode.l10n.t('Word 文档')]: ['docx'] },
    saveLabel: vscode.l10n.t('导出'),
  });
  if (!target) return;
  if (target.toString() === source.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('不能覆盖原文件，请另取一个文件名。'));
    return;
  }
  try {
    const params: DocxAnnotateParams = {
      uri: view.toString(),
      data: Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64'),
      trackChanges: mode === withChanges,
    };
    const result = await provider.running().sendRequest(Requests.docxAnnotate, params);
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
    const summary = params.trackChanges
      ? vscode.l10n.t('已导出带批注的 Word 文档：{0} 条批注、{1} 处修订。', result.comments, result.changes)
      : vscode.l10n.t('已导出带批注的 Word 文档：{0} 条批注。', result.comments);
    const skipped = result.skippedChanges ? vscode.l10n.t('另有 {0} 处修复无法写成修订，请在 Word 中手动修改（批注已标出）。', result.skippedChanges) : '';
    void vscode.window.showInformationMessage(summary + skipped);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('无法导出带批注的 Word 文档：{0}', e instanceof Error ? e.message : String(e)));
  }
}

/** The “打开 Word 文档（只读）” and “导出带批注的 Word” commands and the provider behind them. */
export function registerDocxViewer(client: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider = new DocxContentProvider(client);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.docx', true, false, true);
  return [
    provider,
    watcher,
    watcher.onDidChange((source) => provider.refresh(source)),
    vscode.workspace.registerTextDocumentContentProvider(DOCX_VIEW_SCHEME, provider),
    vscode.commands.registerCommand('gongwen.openDocx', (source?: vscode.Uri) => openDocx(provider, source)),
    vscode.commands.registerCommand('gongwen.exportAnnotatedDocx', () => exportAnnotated(provider)),
  ];
}
