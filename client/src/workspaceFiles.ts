import * as vscode from 'vscode';
import { FileFacts, unreadableFile, unwritableDataFile } from './fileChecks';

/** The server reads no larger workspace data file (server/src/io/readFile.ts MAX_WORKSPACE_DATA_BYTES). */
const MAX_DATA_BYTES = 2 * 1024 * 1024;

/** What stat says of a file, undefined when it does not exist. */
async function factsOf(uri: vscode.Uri): Promise<FileFacts | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/**
 * A `.gongwen/…` data file of the folder that the commands may read and write (`['.gongwen', 'terms.json']`),
 * or undefined after telling the writer why not: the file or the `.gongwen` folder is a link (the write
 * would land where a repository's link points), not a regular file, or too large.
 */
export async function writableDataFile(folder: vscode.WorkspaceFolder, parts: readonly string[]): Promise<vscode.Uri | undefined> {
  const file = vscode.Uri.joinPath(folder.uri, ...parts);
  const refusal = unwritableDataFile(await factsOf(vscode.Uri.joinPath(folder.uri, parts[0])), await factsOf(file), MAX_DATA_BYTES);
  if (!refusal) return file;
  const why = refusal === 'link' ? vscode.l10n.t('it (or the .gongwen folder) is a link; writing would change the file it points to')
    : refusal === 'too-large' ? vscode.l10n.t('the file is too large') : vscode.l10n.t('it is not a regular file');
  void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not changed: {1}. Replace it with a regular file and add again.', file.fsPath, why));
  return undefined;
}

/**
 * The bytes of a `.gongwen/…` data file read only (config.json), as the server reads it: a regular file
 * (a link to one is read, as the server does) of at most 2 MB; undefined when it is missing or not one —
 * the server reports why.
 */
export async function dataFileBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  const facts = await factsOf(uri);
  if (!facts || unreadableFile(facts, MAX_DATA_BYTES)) return undefined;
  return vscode.workspace.fs.readFile(uri);
}
