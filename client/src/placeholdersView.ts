import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PlaceholderItem, PlaceholdersParams, Requests } from '../../server/src/protocol';
import { draftGlobs, draftText, EXCLUDED, findDrafts, isDraft, toVsRange } from './drafts';

interface FileEntry {
  readonly kind: 'file';
  readonly uri: vscode.Uri;
  readonly placeholders: PlaceholderEntry[];
}

interface PlaceholderEntry {
  readonly kind: 'placeholder';
  readonly file: FileEntry;
  readonly item: PlaceholderItem;
}

type Entry = FileEntry | PlaceholderEntry;

/** The placeholders of one draft, open or not: the server analyses the text we send for unopened files. */
export async function placeholdersOf(client: LanguageClient, uri: vscode.Uri): Promise<PlaceholderItem[]> {
  const { text, open } = await draftText(uri);
  const params: PlaceholdersParams = open ? { uri: uri.toString() } : { uri: uri.toString(), text };
  return (await client.sendRequest(Requests.placeholders, params)) ?? [];
}

const REFRESH_DELAY = 500;

/** The “占位符” view: every draft in the workspace → its placeholders with line and context. */
export class PlaceholdersView implements vscode.TreeDataProvider<Entry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Entry | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Entry>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly files = new Map<string, FileEntry>();
  private scanned = false;
  private scanning: Promise<void> | undefined;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private watchers: vscode.Disposable[] = [];
  /** Why the last request failed, shown instead of an empty list that would look like “no placeholders”. */
  private failure: string | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView('gongwen.placeholders', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isDraft(e.document)) this.queue(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (isDraft(d)) this.queue(d.uri);
      }),
    );
    this.watch();
  }

  /** One watcher per draft glob, so unrelated files never trigger a re-read. */
  watch(): void {
    this.watchers.forEach((d) => d.dispose());
    this.watchers = draftGlobs().flatMap((glob) => {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      return [
        watcher,
        watcher.onDidCreate((uri) => this.queue(uri)),
        watcher.onDidChange((uri) => this.queue(uri)),
        watcher.onDidDelete((uri) => {
          if (this.files.delete(uri.toString())) this.redraw();
        }),
      ];
    });
  }

  /** Scan the whole workspace again. */
  async rescan(): Promise<void> {
    this.scanned = true;
    if (!this.scanning) {
      this.scanning = this.scan().finally(() => (this.scanning = undefined));
    }
    return this.scanning;
  }

  private async scan(): Promise<void> {
    const client = this.client();
    if (!client) return;
    await client.start();
    this.view.message = vscode.l10n.t('Looking for placeholders in the workspace…');
    const uris = await findDrafts();
    this.files.clear();
    this.failure = undefined;
    for (const uri of uris) await this.load(client, uri);
    this.redraw();
  }

  private async load(client: LanguageClient, uri: vscode.Uri): Promise<void> {
    let items: PlaceholderItem[];
    try {
      items = await placeholdersOf(client, uri);
    } catch (e) {
      client.error(`${Requests.placeholders.method} failed for ${uri.toString()}`, e, false);
      this.failure = e instanceof Error ? e.message : String(e);
      this.files.delete(uri.toString());
      return;
    }
    if (!items.length) {
      this.files.delete(uri.toString());
      return;
    }
    const file: FileEntry = { kind: 'file', uri, placeholders: [] };
    file.placeholders.push(...items.map((item) => ({ kind: 'placeholder' as const, file, item })));
    this.files.set(uri.toString(), file);
  }

  /** Re-read one draft soon (edits, saves and file events come in bursts). */
  private queue(uri: vscode.Uri): void {
    if (!this.scanned) return;
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), REFRESH_DELAY);
  }

  private async flush(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    const uris = [...this.pending].map((u) => vscode.Uri.parse(u));
    this.pending.clear();
    for (const uri of uris) {
      if (EXCLUDED.test(uri.path)) continue;
      await this.load(client, uri);
    }
    this.redraw();
  }

  private redraw(): void {
    const total = [...this.files.values()].reduce((n, f) => n + f.placeholders.length, 0);
    this.view.description = total ? vscode.l10n.t('{0} in {1} files', total, this.files.size) : undefined;
    this.view.badge = total ? { value: total, tooltip: vscode.l10n.t('{0} placeholders left in the workspace', total) } : undefined;
    if (this.failure) this.view.message = vscode.l10n.t('Could not look for placeholders: {0}', this.failure);
    else this.view.message = total ? undefined : vscode.l10n.t('No placeholders in the drafts of this workspace.');
    this.changed.fire(undefined);
  }

  async getChildren(entry?: Entry): Promise<Entry[]> {
    if (entry) return entry.kind === 'file' ? entry.placeholders : [];
    if (!this.scanned) await this.rescan();
    else if (this.scanning) await this.scanning;
    return [...this.files.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  getParent(entry: Entry): Entry | undefined {
    return entry.kind === 'placeholder' ? entry.file : undefined;
  }

  getTreeItem(entry: Entry): vscode.TreeItem {
    if (entry.kind === 'file') {
      const item = new vscode.TreeItem(entry.uri, vscode.TreeItemCollapsibleState.Expanded);
      item.description = vscode.l10n.t('{0}', entry.placeholders.length);
      item.contextValue = 'draft';
      return item;
    }
    const { item: p } = entry;
    const range = toVsRange(p.range);
    const item = new vscode.TreeItem(`${p.text}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.file.uri.toString()}#${p.range.start.line}:${p.range.start.character}:${p.code}`;
    item.description = vscode.l10n.t('line {0} · {1}', p.range.start.line + 1, p.context);
    item.tooltip = `${p.kind}（${p.code}）\n${p.context}`;
    item.iconPath = new vscode.ThemeIcon('edit');
    item.contextValue = 'placeholder';
    item.command = { command: 'gongwen.revealRange', title: vscode.l10n.t('Go to placeholder'), arguments: [entry.file.uri, range] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watchers.forEach((d) => d.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}
