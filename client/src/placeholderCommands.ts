import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from 'vscode-languageserver-protocol';
import { ClientCommands, PlaceholderItem } from '../../server/src/protocol';
import { activeDraftEditor, toVsRange } from './drafts';
import { placeholdersOf } from './placeholdersView';

/** Select the next (or previous) placeholder after the cursor, wrapping around the document. */
async function gotoPlaceholder(client: LanguageClient | undefined, direction: 1 | -1): Promise<void> {
  const editor = activeDraftEditor();
  if (!editor || !client) return;
  const items: PlaceholderItem[] = await placeholdersOf(client, editor.document.uri);
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This draft has no placeholders.'));
    return;
  }
  const ranges = items.map((p) => toVsRange(p.range));
  const cursor = direction === 1 ? editor.selection.end : editor.selection.start;
  const index = direction === 1
    ? ranges.findIndex((r) => r.start.isAfterOrEqual(cursor) && !r.isEqual(editor.selection))
    : ranges.map((r, i) => ({ r, i })).filter(({ r }) => r.end.isBeforeOrEqual(cursor) && !r.isEqual(editor.selection)).pop()?.i ?? -1;
  const wrapped = index < 0;
  const target = wrapped ? (direction === 1 ? 0 : ranges.length - 1) : index;
  const range = ranges[target];
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const p = items[target];
  vscode.window.setStatusBarMessage(
    wrapped
      ? vscode.l10n.t('Placeholder {0}/{1}: {2} (wrapped around)', target + 1, items.length, p.kind)
      : vscode.l10n.t('Placeholder {0}/{1}: {2}', target + 1, items.length, p.kind),
    4000,
  );
}

/** Replace a placeholder with a snippet tab stop holding the original text, so the writer types the figure in place. */
async function fillPlaceholder(uri: string | vscode.Uri, range: Range | vscode.Range): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const vsRange = range instanceof vscode.Range ? range : toVsRange(range);
  const editor = await vscode.window.showTextDocument(target, { preview: false });
  const original = editor.document.getText(vsRange);
  await editor.insertSnippet(new vscode.SnippetString().appendPlaceholder(original), vsRange);
}

export function registerPlaceholderCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => gotoPlaceholder(client(), 1)),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => gotoPlaceholder(client(), -1)),
    vscode.commands.registerCommand(ClientCommands.fillPlaceholder, fillPlaceholder),
  ];
}
