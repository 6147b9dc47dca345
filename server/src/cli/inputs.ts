import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';
// `require` picks tinyglobby's CommonJS build; its ES build reads import.meta.url, which a CJS bundle lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** What a folder contributes: the drafts the editor checks too, and Word documents. */
const DRAFT_PATTERNS = ['**/*.{txt,md,gw,gongwen,docx}'];
/** Never drafts, and slow to walk. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
export const IGNORE_FILE = '.gongwenignore';

export interface ExpandedInputs {
  /** Files to check, in the order given (folders and globs sorted), each once. */
  readonly files: string[];
  /** Inputs that matched nothing (a folder without drafts, a glob without matches). */
  readonly empty: string[];
}

/**
 * Files, folders and glob patterns → files. Ignore rules (`.gongwenignore` in the working folder and
 * `--ignore` patterns, `.gitignore` syntax, relative to the working folder) filter what folders and
 * globs find; a file named explicitly is always checked.
 */
export function expandInputs(inputs: readonly string[], extraIgnores: readonly string[], cwd = process.cwd()): ExpandedInputs {
  const rules = ignore();
  const ignoreFile = path.join(cwd, IGNORE_FILE);
  if (fs.existsSync(ignoreFile)) rules.add(fs.readFileSync(ignoreFile, 'utf8'));
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
    const key = path.resolve(cwd, file);
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
      found = globSync(DRAFT_PATTERNS, { cwd: path.resolve(cwd, input), ignore: ALWAYS_SKIPPED }).map((f) => path.join(input, f));
    } else if (!stat && isDynamicPattern(input)) {
      found = globSync([input.split(path.sep).join('/')], { cwd, ignore: ALWAYS_SKIPPED, onlyFiles: true });
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
