import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleDocs } from './convert';

/**
 * The rule pages installed beside the server bundle (`dist/server.js` → `docs/rules/<id>.md`, shipped in
 * the .vsix) as file URLs, for every diagnostic's `codeDescription`: offline, in any editor. Undefined
 * when the pages are not there (a bundle copied on its own).
 */
export function installedRuleDocs(script: string): RuleDocs | undefined {
  const dir = path.join(path.dirname(script), '..', 'docs', 'rules');
  let files: string[];
  try {
    files = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  const hrefs = new Map(files.filter((f) => f.endsWith('.md')).map((f) => [f.slice(0, -3), pathToFileURL(path.join(dir, f)).href]));
  return (ruleId) => hrefs.get(ruleId);
}
