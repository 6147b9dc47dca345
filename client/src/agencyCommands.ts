import * as vscode from 'vscode';
import { ClientCommands } from '../../server/src/protocol';

/** Same path and format the server reads (server/src/core/agency/data/agencies.schema.json). */
const DICTIONARY_PATH = ['.gongwen', 'agencies.json'];

interface DictionaryFile {
  version?: unknown;
  agencies?: unknown;
  [field: string]: unknown;
}

/** The workspace folder of the active draft (else the first): where `.gongwen/` files are written. */
export function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * Append a name the writer knows is right to the workspace's `.gongwen/agencies.json`. The server
 * watches that file and re-checks open drafts, so the agency-unknown finding goes away.
 */
async function addAgency(name: unknown): Promise<void> {
  if (typeof name !== 'string' || !name) return;
  const folder = targetFolder();
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the agency dictionary is kept in its .gongwen/agencies.json.'));
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, ...DICTIONARY_PATH);
  let dictionary: DictionaryFile = { version: '1.0.0', agencies: [] };
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).replace(/^\ufeff/, '');
    dictionary = JSON.parse(text) as DictionaryFile;
  } catch (e) {
    // A missing file is created; an unreadable one is left alone rather than overwritten.
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}. Please fix that file first.', file.fsPath, e instanceof Error ? e.message : String(e)));
      return;
    }
  }
  if (typeof dictionary !== 'object' || dictionary === null || Array.isArray(dictionary) || (dictionary.agencies !== undefined && !Array.isArray(dictionary.agencies))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} has the wrong format (an object with an agencies array is expected); left unchanged.', file.fsPath));
    return;
  }
  const agencies = (dictionary.agencies ?? []) as { name?: unknown }[];
  if (agencies.some((a) => a && a.name === name)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already in the workspace agency dictionary.', name));
    return;
  }
  agencies.push({ name, levels: ['省', '市', '县', '区'], kind: '其他', note: vscode.l10n.t('Added by “Add to workspace agency dictionary”; please check levels and kind.') } as { name: string });
  const updated = { ...dictionary, version: typeof dictionary.version === 'string' ? dictionary.version : '1.0.0', agencies };
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(updated, null, 2) + '\n'));
  const open = vscode.l10n.t('Open dictionary');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Added “{0}” to the workspace agency dictionary.', name), open);
  if (choice === open) await vscode.window.showTextDocument(file);
}

export function registerAgencyCommands(): vscode.Disposable {
  return vscode.commands.registerCommand(ClientCommands.addAgency, addAgency);
}
