import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCX_VIEW_SCHEME, DocxAnnotateParams, DocxTextParams, DocxTextResult, docxViewFragment, docxViewStory, Requests, SECTION } from '../../server/src/protocol';
import { unreadableFile } from './fileChecks';

/**
 * Largest Word document opened or exported: gongwen-lint's default `--max-size`; its base64 still fits in one
 * LSP message (the server refuses a Content-Length over 64 MiB).
 */
const MAX_DOCX_BYTES = 32 * 1024 * 1024;

/** The bytes of a Word document the writer chose, as base64; a pipe, a device or an oversized file is refused with the reason. */
async function docxData(source: vscode.Uri): Promise<string> {
  const stat = await vscode.workspace.fs.stat(source);
  const refusal = unreadableFile(stat, MAX_DOCX_BYTES);
  if (refusal === 'not-regular') throw new Error(vscode.l10n.t('it is not a regular file'));
  if (refusal === 'too-large') throw new Error(vscode.l10n.t('it is {0} MB, over the limit of {1} MB', (stat.size / 1048576).toFixed(1), MAX_DOCX_BYTES / 1048576));
  return Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64');
}

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
    if (!c?.isRunning()) throw new Error(vscode.l10n.t('The Gongwen language server has not started yet; please try again shortly.'));
    return c;
  }

  async extract(source: vscode.Uri): Promise<DocxTextResult> {
    const c = this.running();
    const params: DocxTextParams = { data: await docxData(source) };
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
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word documents')]: ['docx'] }, openLabel: vscode.l10n.t('Open (read-only)') });
    if (!picked?.length) return;
    source = picked[0];
  }
  let extracted: DocxTextResult;
  try {
    extracted = await provider.extract(source);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open the Word document: {0}', e instanceof Error ? e.message : String(e)));
    return;
  }
  // The server names the stories in the editor's language (its locale is VS Code's): punctuate them alike.
  const chinese = /^zh\b/i.test(vscode.env.language);
  const titled = (name: string) => (chinese ? `（${name}）` : ` (${name})`);
  const view = (fragment = '', name = '') => vscode.Uri.from({ scheme: DOCX_VIEW_SCHEME, path: name ? `${source!.path}${titled(name)}` : source!.path, query: source!.toString(), fragment });
  await showView(view());
  vscode.window.setStatusBarMessage(vscode.l10n.t('Extracted {0} paragraphs from the Word document (read-only); edit it in Word.', extracted.paragraphs), 5000);
  if (!extracted.stories.length) return;
  // Headers, footers and notes are drafts of their own (their own lines, as in the CLI's report).
  const open = vscode.l10n.t('Show');
  const names = extracted.stories.map((s) => s.name).join(chinese ? '、' : ', ');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('This Word document also has {0}, each checked on its own; open them to see their problems.', names), open)) !== open) return;
  for (const story of extracted.stories) await showView(view(docxViewFragment(story), story.name));
}

/** “导出带批注的 Word”: a copy of the Word file behind the active view, with the findings as comments. */
async function exportAnnotated(provider: DocxContentProvider): Promise<void> {
  const view = vscode.window.activeTextEditor?.document.uri;
  if (view?.scheme !== DOCX_VIEW_SCHEME) {
    void vscode.window.showErrorMessage(vscode.l10n.t('First open the Word document with “Open Word document (read-only)”.'));
    return;
  }
  const source = sourceOf(view);
  const commentsOnly = vscode.l10n.t('Comments only');
  const withChanges = vscode.l10n.t('Comments, and safe fixes as tracked changes');
  const mode = await vscode.window.showQuickPick([commentsOnly, withChanges], { placeHolder: vscode.l10n.t('Each problem becomes a comment by the drafting assistant; the original file is not changed') });
  if (!mode) return;
  const base = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.docx$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(source, '..', vscode.l10n.t('{0}-comments.docx', base)),
    filters: { [vscode.l10n.t('Word documents')]: ['docx'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;
  if (target.toString() === source.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The original file cannot be overwritten; choose another name.'));
    return;
  }
  try {
    const params: DocxAnnotateParams = {
      uri: view.toString(),
      data: await docxData(source),
      trackChanges: mode === withChanges,
    };
    const result = await provider.running().sendRequest(Requests.docxAnnotate, params);
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
    const summary = params.trackChanges
      ? vscode.l10n.t('Exported the Word document with {0} comments and {1} tracked changes.', result.comments, result.changes)
      : vscode.l10n.t('Exported the Word document with {0} comments.', result.comments);
    const skipped = result.skippedChanges ? vscode.l10n.t(' {0} more fixes cannot be tracked changes; make them in Word (their comments mark them).', result.skippedChanges) : '';
    void vscode.window.showInformationMessage(summary + skipped);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export the Word document with comments: {0}', e instanceof Error ? e.message : String(e)));
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
