import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OutlineNode, OutlineParams, PRODUCT_NAME, Requests } from '../../server/src/protocol';
import { activeDraftEditor, revealRange } from './drafts';

interface OutlineEntry {
  readonly node: OutlineNode;
  readonly parent: OutlineEntry | undefined;
  readonly children: OutlineEntry[];
}

const REFRESH_DELAY = 300;

const labelOf = (node: OutlineNode): string => (node.marker || node.title ? `${node.marker}${node.title}` : vscode.l10n.t('(untitled)'));
/** The tree item's id: the same heading keeps it across re-checks, and the view keeps it selected. */
const entryId = (entry: OutlineEntry): string => `${entry.node.line}:${entry.node.character}:${labelOf(entry.node)}`;

/**
 * The “公文大纲” view: the section tree of the active draft with numbering marks and placeholder
 * counts. It follows the cursor and refreshes while the writer types.
 */
export class OutlineView implements vscode.TreeDataProvider<OutlineEntry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineEntry | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<OutlineEntry>;
  private readonly disposables: vscode.Disposable[] = [];
  private roots: OutlineEntry[] = [];
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  /** `skipped`: the server left this document unchecked (not a Chinese draft). */
  constructor(private readonly client: () => LanguageClient | undefined, private readonly skipped: (uri: vscode.Uri) => boolean) {
    this.view = vscode.window.createTreeView('gongwen.outline', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri?.toString()) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === this.uri?.toString()) void this.followCursor(e.textEditor);
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.refresh();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        // Numbering marks come from the same analysis as the diagnostics: redraw when they change.
        if (this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) this.schedule();
      }),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY);
  }

  /** Ask the server for the tree of the active draft and redraw. */
  refresh(): void {
    clearTimeout(this.timer);
    void this.load();
  }

  private async load(): Promise<void> {
    const editor = activeDraftEditor();
    const client = this.client();
    if (!editor) {
      // Keep the last draft's tree while the focus is in another view or a non-draft editor.
      if (!vscode.window.activeTextEditor) return;
      // The view's welcome content (package.json) explains what to do.
      this.uri = undefined;
      this.roots = [];
      this.view.message = undefined;
      this.view.description = undefined;
      this.changed.fire(undefined);
      return;
    }
    if (!client?.isRunning()) return;
    const generation = ++this.generation;
    const uri = editor.document.uri;
    let nodes: OutlineNode[] | null;
    try {
      nodes = await client.sendRequest(Requests.outline, { uri: uri.toString() } satisfies OutlineParams);
    } catch (e) {
      client.error(`${Requests.outline.method} failed`, e, false);
      return;
    }
    if (generation !== this.generation) return;
    this.uri = uri;
    const build = (node: OutlineNode, parent: OutlineEntry | undefined): OutlineEntry => {
      const entry: OutlineEntry = { node, parent, children: [] };
      // One by one: thousands of headings under one parent would overflow the call stack as spread arguments.
      for (const c of node.children) entry.children.push(build(c, entry));
      return entry;
    };
    this.roots = (nodes ?? []).map((n) => build(n, undefined));
    const problems = this.count((n) => n.problems.length > 0);
    this.view.description = problems ? vscode.l10n.t('{0} numbering problems', problems) : undefined;
    this.view.message = this.roots.length ? undefined
      : this.skipped(uri) ? vscode.l10n.t('Not checked: this file does not look like a Chinese draft.')
      : vscode.l10n.t('No numbered headings found in this draft.');
    this.changed.fire(undefined);
    if (vscode.window.activeTextEditor === editor) void this.followCursor(editor);
  }

  private count(predicate: (node: OutlineNode) => boolean): number {
    let n = 0;
    const visit = (e: OutlineEntry) => {
      if (predicate(e.node)) n++;
      e.children.forEach(visit);
    };
    this.roots.forEach(visit);
    return n;
  }

  /** Select the innermost section that contains the cursor. */
  private async followCursor(editor: vscode.TextEditor): Promise<void> {
    if (!this.view.visible || !this.roots.length) return;
    const line = editor.selection.active.line;
    let found: OutlineEntry | undefined;
    let level = this.roots;
    for (;;) {
      const next = level.filter((e) => e.node.line <= line && line <= Math.max(e.node.sectionEndLine, e.node.endLine)).pop();
      if (!next) break;
      found = next;
      level = next.children;
    }
    // Only a move to another section reveals. `reveal` shows the view's container: one that crosses the writer's
    // switch to another view (the Explorer) in the side bar takes the side bar back. After a mere re-check the
    // entries are new objects but the selected section is the same (kept by its id): no reveal.
    const selected = this.view.selection[0];
    if (!found || (selected && entryId(selected) === entryId(found))) return;
    // `visible` lags the workbench: a switch made while this tree was built (a draft's first tree comes a
    // re-check after its diagnostics) is told to this side later. A round trip to the workbench brings it first
    // (its messages arrive in order), so the reveal is not sent to a view the writer has just left.
    await vscode.commands.executeCommand('setContext', 'gongwen.outlineFollowing', true);
    if (!this.view.visible) return;
    await this.view.reveal(found, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }

  getChildren(entry?: OutlineEntry): OutlineEntry[] {
    return entry ? entry.children : this.roots;
  }

  getParent(entry: OutlineEntry): OutlineEntry | undefined {
    return entry.parent;
  }

  getTreeItem(entry: OutlineEntry): vscode.TreeItem {
    const { node } = entry;
    const label = labelOf(node);
    const item = new vscode.TreeItem(label, entry.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = entryId(entry);
    // The count is a badge at the row's right edge (PlaceholderBadges): a description after a long
    // title is the first thing a narrow sidebar cuts off.
    if (node.placeholders) item.resourceUri = PlaceholderBadges.uriOf(item.id, node.placeholders);
    const parts: string[] = [];
    if (node.detail) parts.push(node.detail);
    if (node.inline) parts.push(vscode.l10n.t('run into the previous line'));
    item.description = parts.join(' · ') || undefined;
    const messages = this.problemMessages(node);
    if (node.problems.length) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.contextValue = 'heading.problem';
    } else {
      item.iconPath = new vscode.ThemeIcon(node.kind === 'document' ? 'file-text' : node.kind === 'attachment' ? 'attach' : node.marker ? 'symbol-number' : 'symbol-text');
      item.contextValue = node.kind === 'document' ? 'title' : 'heading';
    }
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${label}\n`);
    tooltip.appendText(vscode.l10n.t('line {0}', node.line + 1));
    if (node.placeholders) tooltip.appendText(' · ' + vscode.l10n.t('{0} placeholders left in this section', node.placeholders));
    for (const m of messages) tooltip.appendText(`\n⚠ ${m}`);
    item.tooltip = tooltip;
    const placeholders = node.placeholders ? [vscode.l10n.t('{0} placeholders', node.placeholders)] : [];
    item.accessibilityInformation = { label: [label, ...parts, ...placeholders, ...messages].join(', ') };
    if (this.uri) {
      const range = new vscode.Range(node.line, node.character, node.endLine, node.endCharacter);
      item.command = { command: 'gongwen.revealRange', title: vscode.l10n.t('Go to heading'), arguments: [this.uri, range] };
    }
    return item;
  }

  /** The Chinese messages of the numbering diagnostics the server attached to this heading. */
  private problemMessages(node: OutlineNode): string[] {
    if (!this.uri || !node.problems.length) return [];
    return vscode.languages.getDiagnostics(this.uri)
      .filter((d) => d.source === PRODUCT_NAME && d.range.start.line === node.line && node.problems.includes(String(typeof d.code === 'object' ? d.code.value : d.code)))
      .map((d) => d.message);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

export function registerRevealRange(): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.revealRange', (uri: vscode.Uri, range: vscode.Range) => revealRange(uri, range));
}

/**
 * The placeholder count of an outline row as a file-decoration badge: drawn at the row's right edge,
 * never cut off by a long title. The rows' resource URIs carry the count (they name no file).
 */
export class PlaceholderBadges implements vscode.FileDecorationProvider {
  static readonly SCHEME = 'gongwen-outline';

  static uriOf(id: string, placeholders: number): vscode.Uri {
    return vscode.Uri.from({ scheme: PlaceholderBadges.SCHEME, path: `/${encodeURIComponent(id)}`, query: String(placeholders) });
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== PlaceholderBadges.SCHEME) return undefined;
    const count = Number(uri.query);
    // A badge holds two characters.
    return new vscode.FileDecoration(count > 99 ? '99' : String(count), vscode.l10n.t('{0} placeholders left in this section', count));
  }
}
