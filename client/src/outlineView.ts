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

  constructor(private readonly client: () => LanguageClient | undefined) {
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
      entry.children.push(...node.children.map((c) => build(c, entry)));
      return entry;
    };
    this.roots = (nodes ?? []).map((n) => build(n, undefined));
    const problems = this.count((n) => n.problems.length > 0);
    this.view.description = problems ? vscode.l10n.t('{0} 处序号问题', problems) : undefined;
    this.view.message = this.roots.length ? undefined : vscode.l10n.t('此文稿中没有识别出带序号的标题。');
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
    if (found && this.view.selection[0] !== found) await this.view.reveal(found, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }

  getChildren(entry?: OutlineEntry): OutlineEntry[] {
    return entry ? entry.children : this.roots;
  }

  getParent(entry: OutlineEntry): OutlineEntry | undefined {
    return entry.parent;
  }

  getTreeItem(entry: OutlineEntry): vscode.TreeItem {
    const { node } = entry;
    const label = node.marker || node.title ? `${node.marker}${node.title}` : vscode.l10n.t('（无标题）');
    const item = new vscode.TreeItem(label, entry.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${node.line}:${node.character}:${label}`;
    const parts: string[] = [];
    if (node.placeholders) parts.push(vscode.l10n.t('占位符 {0}', node.placeholders));
    if (node.inline) parts.push(vscode.l10n.t('与上文同行'));
    item.description = parts.join(' · ') || undefined;
    const messages = this.problemMessages(node);
    if (node.problems.length) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.contextValue = 'heading.problem';
    } else {
      item.iconPath = new vscode.ThemeIcon(node.marker ? 'symbol-number' : 'symbol-text');
      item.contextValue = 'heading';
    }
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${label}\n`);
    tooltip.appendText(vscode.l10n.t('第 {0} 行', node.line + 1));
    if (node.placeholders) tooltip.appendText(' · ' + vscode.l10n.t('本节剩余占位符 {0} 个', node.placeholders));
    for (const m of messages) tooltip.appendText(`\n⚠ ${m}`);
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: [label, ...parts, ...messages].join('，') };
    if (this.uri) {
      const range = new vscode.Range(node.line, node.character, node.endLine, node.endCharacter);
      item.command = { command: 'gongwen.revealRange', title: vscode.l10n.t('转到标题'), arguments: [this.uri, range] };
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
