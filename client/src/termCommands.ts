import * as vscode from 'vscode';
import { ClientCommands } from '../../server/src/protocol';
import { targetFolder } from './agencyCommands';

/** Same path and format the server and the CLI read (server/src/core/words/terms.ts). */
const TERMS_PATH = ['.gongwen', 'terms.json'];

interface TermsFile {
  version?: unknown;
  terms?: unknown;
  whitelist?: unknown;
  [field: string]: unknown;
}

/**
 * Read `.gongwen/terms.json` (a missing file is an empty one), let `change` edit it, write it back. The
 * server watches the file and re-checks open drafts. An unreadable or malformed file is never overwritten.
 */
async function editTerms(change: (file: { terms: unknown[]; whitelist: unknown[] }) => string | undefined): Promise<void> {
  const folder = targetFolder();
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder (workspace) first: the unit lexicon is kept in its .gongwen/terms.json.'));
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, ...TERMS_PATH);
  let data: TermsFile = { version: '1.0.0', terms: [], whitelist: [] };
  try {
    data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).replace(/^\ufeff/, '')) as TermsFile;
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}. Please fix that file first.', file.fsPath, e instanceof Error ? e.message : String(e)));
      return;
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data.terms !== undefined && !Array.isArray(data.terms)) || (data.whitelist !== undefined && !Array.isArray(data.whitelist))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not in the expected format (an object with terms and whitelist arrays); nothing was changed.', file.fsPath));
    return;
  }
  const lists = { terms: (data.terms ?? []) as unknown[], whitelist: (data.whitelist ?? []) as unknown[] };
  const done = change(lists);
  if (done === undefined) return;
  const updated = { ...data, version: typeof data.version === 'string' ? data.version : '1.0.0', terms: lists.terms, whitelist: lists.whitelist };
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(updated, null, 2) + '\n'));
  const open = vscode.l10n.t('Open lexicon');
  if ((await vscode.window.showInformationMessage(done, open)) === open) await vscode.window.showTextDocument(file);
}

/** “加入白名单”: no word rule reports this phrase again in this workspace. */
async function addToWhitelist(phrase: unknown): Promise<void> {
  if (typeof phrase !== 'string' || !phrase) return;
  await editTerms((file) => {
    if (file.whitelist.includes(phrase)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already whitelisted.', phrase));
      return undefined;
    }
    file.whitelist.push(phrase);
    return vscode.l10n.t('Added “{0}” to the whitelist of the unit lexicon.', phrase);
  });
}

/** “加入本单位词表”: the selected word, with the suggestion and reason the writer gives. */
async function addUnitTerm(word: unknown): Promise<void> {
  if (typeof word !== 'string' || !word) return;
  const suggestion = await vscode.window.showInputBox({ title: vscode.l10n.t('Add to the unit lexicon: “{0}”', word), prompt: vscode.l10n.t('Replace with (leave empty to warn without a suggestion)') });
  if (suggestion === undefined) return;
  const reason = await vscode.window.showInputBox({ title: vscode.l10n.t('Add to the unit lexicon: “{0}”', word), prompt: vscode.l10n.t('Reason (e.g. the document and its number)') });
  if (reason === undefined) return;
  await editTerms((file) => {
    if (file.terms.some((t) => typeof t === 'object' && t !== null && (t as { word?: unknown }).word === word)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already in the unit lexicon.', word));
      return undefined;
    }
    file.terms.push({ word, ...(suggestion && suggestion !== word ? { suggestion } : {}), ...(reason ? { reason } : {}) });
    return vscode.l10n.t('Added “{0}” to the unit lexicon.', word);
  });
}

export function registerTermCommands(): vscode.Disposable[] {
  return [vscode.commands.registerCommand(ClientCommands.addToWhitelist, addToWhitelist), vscode.commands.registerCommand(ClientCommands.addUnitTerm, addUnitTerm)];
}
