import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleDocs } from './convert';

/**
 * The rule pages installed beside the server bundle (`dist/server.js` → `docs/rules/<id>.md`, in English
 * `docs/rules/en/<id>.md`, shipped in the .vsix) as file URLs, for every diagnostic's `codeDescription`:
 * offline, in any editor. A rule without an English page links to its Chinese one. Undefined when the
 * pages are not there (a bundle copied on its own).
 */
export function installedRuleDocs(script: string): RuleDocs | undefined {
  const dir = path.join(path.dirname(script), '..', 'docs', 'rules');
  const chinese = pagesIn(dir);
  if (!chinese) return undefined;
  const english = pagesIn(path.join(dir, 'en')) ?? new Map<string, string>();
  return (ruleId, language) => (language === 'en' ? english.get(ruleId) : undefined) ?? chinese.get(ruleId);
}

/** Rule id → the file URL of its page in `dir`; undefined when `dir` cannot be read. */
function pagesIn(dir: string): Map<string, string> | undefined {
  let files: string[];
  try {
    files = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  return new Map(files.filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => [f.slice(0, -3), pathToFileURL(path.join(dir, f)).href]));
}
