import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { BilingualError } from '../core/model/bilingual';
import { decodeUtf8Strict, FileReadError, MAX_IGNORE_FILE_BYTES, readRegularFile } from '../io/readFile';
import type { DraftGlobs } from './projectSettings';
// `require` picks tinyglobby's CommonJS build; its ES build reads import.meta.url, which a CJS bundle lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** What a folder contributes where no project's `files` say otherwise: the drafts the editor checks too, and Word documents. */
const DRAFT_PATTERNS = ['**/*.{txt,md,gw,gongwen,docx}'];
const isBuiltInDraft = picomatch(DRAFT_PATTERNS);
/** Files of the 公文 language: drafts whatever a project's `files` say, as in the editor. */
const isLanguageFile = picomatch(['**/*.{gw,gongwen}']);
/** Never drafts, and slow to walk. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
export const IGNORE_FILE = '.gongwenignore';

/** `.gongwenignore` cannot be read: the run stops (checking without it could check what it excludes). */
export class IgnoreFileError extends BilingualError {}

export interface ExpandedInputs {
  /** Files to check, in the order given (folders and globs sorted), each once. */
  readonly files: string[];
  /** Inputs that matched nothing (a folder without drafts, a glob without matches). */
  readonly empty: string[];
}

/** The draft globs that apply to a file (its project's `files`), or undefined: the built-in extensions. */
export type DraftGlobsOf = (file: string) => DraftGlobs | undefined;

/**
 * The drafts under a folder, as the editor selects them: a file whose project sets `files` is a draft when
 * a glob matches its path from the project's root (or it is a 公文-language file); any other file when it
 * has a built-in draft extension.
 */
function draftsIn(folder: string, cwd: string, globsOf: DraftGlobsOf): string[] {
  const base = path.resolve(cwd, folder);
  const matchers = new Map<DraftGlobs, (relative: string) => boolean>();
  return globSync(['**/*'], { cwd: base, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false }).filter((file) => {
    const globs = globsOf(path.join(base, file));
    if (!globs) return isBuiltInDraft(file);
    if (isLanguageFile(file)) return true;
    let matches = matchers.get(globs);
    if (!matches) matchers.set(globs, (matches = picomatch([...globs.patterns])));
    return matches(path.relative(globs.root, path.join(base, file)).split(path.sep).join('/'));
  }).map((file) => path.join(folder, file));
}

/**
 * Files, folders and glob patterns → files. A folder yields its drafts (`draftsIn`: by the `files` of each
 * file's project, else the built-in extensions); a glob, what it matches. Ignore rules (`.gongwenignore` in
 * the working folder and `--ignore` patterns, `.gitignore` syntax, relative to the working folder) filter
 * what folders and globs find; a file named explicitly is always checked. Walking a folder or a glob never
 * follows a symbolic link (to a file or a folder), so nothing outside the folder given is read or written,
 * and a link to a device or a pipe is never opened. A file reached twice (named twice, or through a hard
 * link or a link named explicitly) is checked once, so no two threads ever fix the same file.
 */
export function expandInputs(inputs: readonly string[], extraIgnores: readonly string[], cwd = process.cwd(), globsOf: DraftGlobsOf = () => undefined): ExpandedInputs {
  const rules = ignore();
  const ignoreFile = path.join(cwd, IGNORE_FILE);
  try {
    rules.add(decodeUtf8Strict(readRegularFile(ignoreFile, MAX_IGNORE_FILE_BYTES).bytes));
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    if (e.problem !== 'missing') throw new IgnoreFileError({
      zh: `无法读取忽略文件“${IGNORE_FILE}”：${e.text.zh}。请修正或删除它后重新运行。`,
      en: `Cannot read the ignore file “${IGNORE_FILE}”: ${e.text.en}. Correct or delete it, then run again.`,
    });
  }
  rules.add([...extraIgnores]);
  const ignored = (file: string): boolean => {
    const relative = path.relative(cwd, path.resolve(cwd, file));
    // Rules speak about the working folder; a file outside it cannot match them.
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return rules.ignores(relative.split(path.sep).join('/'));
  };
  const seen = new Set<string>();
  const files: string[] = [];
  const empty: string[] = [];
  const add = (file: string) => {
    const key = fileKey(path.resolve(cwd, file));
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(path.resolve(cwd, input));
    } catch {
      stat = undefined;
    }
    let found: string[];
    if (stat?.isDirectory()) {
      found = draftsIn(input, cwd, globsOf);
    } else if (!stat && isDynamicPattern(input)) {
      found = globSync([input.split(path.sep).join('/')], { cwd, ignore: ALWAYS_SKIPPED, onlyFiles: true, followSymbolicLinks: false });
    } else {
      // An existing file, or a missing one: reading it reports the problem.
      add(input);
      continue;
    }
    const kept = found.filter((f) => !ignored(f)).sort();
    if (kept.length === 0) empty.push(input);
    kept.forEach(add);
  }
  return { files, empty };
}

/** The file itself (device and inode through any link), or the path when it cannot be looked at. */
function fileKey(file: string): string {
  try {
    const st = fs.statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return file;
  }
}
