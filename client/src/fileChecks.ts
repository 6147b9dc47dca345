/**
 * What the extension may do with a workspace file, decided from what `vscode.workspace.fs.stat` says of
 * it (no vscode import here, so the decisions are unit-tested). A workspace — in Restricted Mode above
 * all — may hold anything: a link to a file outside it, a pipe, a device, a huge file.
 */

/** `vscode.FileType` bits, as `stat` reports them (a link to a file is `File | SymbolicLink`). */
export const FILE = 1;
export const DIRECTORY = 2;
export const SYMBOLIC_LINK = 64;

export interface FileFacts {
  /** `vscode.FileType` bits. */
  readonly type: number;
  readonly size: number;
}

/**
 * Why a file the writer chose (a Word document to open) or one the server reads too (`.gongwen/config.json`)
 * is not read, or undefined to read it: only a regular file — a link to one is read, as the server and the
 * CLI read one — of at most `maxBytes`.
 */
export function unreadableFile(facts: FileFacts, maxBytes: number): 'not-regular' | 'too-large' | undefined {
  // A pipe or a device has neither the file nor the directory bit (a link to one: the link bit alone).
  if ((facts.type & FILE) === 0) return 'not-regular';
  return facts.size > maxBytes ? 'too-large' : undefined;
}

/**
 * Why an unopened draft is not read by the workspace scans, or undefined to read it. Links are not
 * followed (as `gongwen-lint` walking a folder does not): one could point outside the workspace.
 */
export function unreadableDraft(facts: FileFacts, maxBytes: number): 'link' | 'not-regular' | 'too-large' | undefined {
  return facts.type & SYMBOLIC_LINK ? 'link' : unreadableFile(facts, maxBytes);
}

/**
 * Why a `.gongwen/…` data file (agencies.json, terms.json) must not be written, or undefined. `folder` and `file` are the facts of
 * `.gongwen` and of the file (undefined: missing, then it is created). A link anywhere on the way would
 * make the write land where the link points — a file outside the workspace the repository chose.
 */
export function unwritableDataFile(folder: FileFacts | undefined, file: FileFacts | undefined, maxBytes: number): 'link' | 'not-regular' | 'too-large' | undefined {
  if (folder && folder.type & SYMBOLIC_LINK) return 'link';
  if (folder && (folder.type & DIRECTORY) === 0) return 'not-regular';
  if (!file) return undefined;
  return unreadableDraft(file, maxBytes);
}
