import * as vscode from 'vscode';
import { SECTION } from '../../server/src/protocol';
import { isSet } from './settings';

/** Schemes the extension reads drafts from; `vscode-vfs` and friends cover virtual workspaces. */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-userdata'];

/** `files` of the workspace folders' `.gongwen/config.json`; undefined when none sets it. */
let projectPatterns: string[] | undefined;

/**
 * Read `files` from each workspace folder's `.gongwen/config.json` (the server validates the file and
 * reports what is wrong with it; here a bad value is just not used). True when the patterns changed.
 */
export async function loadProjectPatterns(): Promise<boolean> {
  const found: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.gongwen', 'config.json'));
      const files = (JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, '')) as { files?: unknown }).files;
      if (Array.isArray(files) && files.every((p) => typeof p === 'string')) found.push(...files);
    } catch {
      // No project file, or one the server reports.
    }
  }
  const next = found.length ? found : undefined;
  const changed = JSON.stringify(next) !== JSON.stringify(projectPatterns);
  projectPatterns = next;
  return changed;
}

/** Draft globs: `gongwen.files` where the user set it, else the project's `files`, else the default. */
export function draftPatterns(): string[] {
  const config = vscode.workspace.getConfiguration(SECTION);
  if (projectPatterns && !isSet(config.inspect('files'))) return projectPatterns;
  return config.get<string[]>('files', ['**/*.txt', '**/*.md']);
}

/**
 * The documents sent to the language server: the `gongwen` language, the `gongwen.files` globs and
 * untitled plain text and Markdown (Ctrl+N). The server checks a plain-text one only when it looks like a
 * Chinese draft and says so otherwise (the status bar offers to check it anyway).
 */
export function draftSelector(): ({ language: string; scheme?: string } | { scheme: string; pattern: string })[] {
  return [
    { language: 'gongwen' },
    { scheme: 'untitled', language: 'plaintext' },
    { scheme: 'untitled', language: 'markdown' },
    ...draftPatterns().flatMap((pattern) => SCHEMES.map((scheme) => ({ scheme, pattern }))),
  ];
}

export function isDraft(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return !!document && vscode.languages.match(draftSelector(), document) > 0;
}

export function activeDraftEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isDraft(editor.document) ? editor : undefined;
}

const MAX_FILES = 2000;
/** Dependency and tool folders are never drafts (besides the user's `files.exclude`). */
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.e2e/**}';
export const EXCLUDED = /\/(node_modules|\.git|\.e2e)\//;

/** Globs of draft files: `gongwen.files` and the `gongwen` language's extensions. */
export function draftGlobs(): string[] {
  return [...draftPatterns(), '**/*.gw', '**/*.gongwen'];
}

/** Every draft in the workspace, open or not, in path order. */
export async function findDrafts(): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const glob of draftGlobs()) {
    for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE_GLOB, MAX_FILES)) found.set(uri.toString(), uri);
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The text of a draft: the editor's buffer when it is open (unsaved changes included), else the file. */
export async function draftText(uri: vscode.Uri): Promise<{ text: string; open: boolean }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText(), open: true };
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { text: new TextDecoder('utf-8').decode(bytes), open: false };
}

export function toVsRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Show a document with the range selected and centred. */
export async function revealRange(uri: vscode.Uri, range: vscode.Range, preserveFocus = false): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
