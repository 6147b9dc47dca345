import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WordDataProblem } from './core/words/entries';
import type { UnitTerms } from './core/words/terms';
import { EMPTY_UNIT_TERMS, validateUnitTerms } from './core/words/terms';

/** The unit's own lexicon in a workspace folder (the server) or the working folder (the CLI). */
export const UNIT_TERMS_FILE = path.join('.gongwen', 'terms.json');
export const UNIT_TERMS_GLOB = '**/.gongwen/terms.json';

/** `.gongwen/terms.json` of a folder, validated; no file: no terms. Bad JSON or entries are reported, never thrown. */
export function readUnitTerms(folder: string): { terms: UnitTerms; problems: WordDataProblem[] } {
  const file = path.join(folder, UNIT_TERMS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { terms: EMPTY_UNIT_TERMS, problems: [] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { terms: EMPTY_UNIT_TERMS, problems: [{ source: file, message: `不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）；已忽略此文件。` }] };
  }
  return validateUnitTerms(raw, file);
}
