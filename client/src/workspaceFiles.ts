import * as vscode from 'vscode';
import { FileFacts, unwritableDataFile } from './fileChecks';

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
  const why = refusal === 'link' ? vscode.l10n.t('它（或 .gongwen 文件夹）是一个链接，写入会改动链接指向的其他文件')
    : refusal === 'too-large' ? vscode.l10n.t('文件过大') : vscode.l10n.t('它不是普通文件');
  void vscode.window.showErrorMessage(vscode.l10n.t('未修改 {0}：{1}。请换成普通文件后再添加。', file.fsPath, why));
  return undefined;
}
