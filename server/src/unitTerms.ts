import * as path from 'node:path';
import type { WordDataProblem } from './core/words/entries';
import type { UnitTerms } from './core/words/terms';
import { EMPTY_UNIT_TERMS, validateUnitTerms } from './core/words/terms';
import { decodeUtf8Strict, FileReadError, formatSize, MAX_WORKSPACE_DATA_BYTES, readRegularFile, readRegularFileAsync } from './io/readFile';

/** The unit's own lexicon in a workspace folder (the server) or the working folder (the CLI). */
export const UNIT_TERMS_FILE = path.join('.gongwen', 'terms.json');
export const UNIT_TERMS_GLOB = '**/.gongwen/terms.json';

type Read = { terms: UnitTerms; problems: WordDataProblem[] };

/**
 * `.gongwen/terms.json` of a folder, validated; no file: no terms. Read like every workspace data file
 * (server/src/io/readFile.ts: a regular file of at most 2 MB — never a pipe or a device). Bad JSON, bad
 * entries or a file that cannot be read are reported, never thrown.
 */
export function readUnitTerms(folder: string): Read {
  const file = path.join(folder, UNIT_TERMS_FILE);
  try {
    return termsOf(file, decodeUtf8Strict(readRegularFile(file, MAX_WORKSPACE_DATA_BYTES).bytes));
  } catch (e) {
    return unread(file, e);
  }
}

/** The same without blocking (the language server). */
export async function readUnitTermsAsync(folder: string): Promise<Read> {
  const file = path.join(folder, UNIT_TERMS_FILE);
  try {
    return termsOf(file, decodeUtf8Strict((await readRegularFileAsync(file, MAX_WORKSPACE_DATA_BYTES)).bytes));
  } catch (e) {
    return unread(file, e);
  }
}

function unread(file: string, e: unknown): Read {
  if (!(e instanceof FileReadError)) throw e;
  if (e.problem === 'missing') return { terms: EMPTY_UNIT_TERMS, problems: [] };
  const why = e.problem === 'too-large' ? `文件大小 ${formatSize(e.size ?? 0)}，超过上限 ${formatSize(MAX_WORKSPACE_DATA_BYTES)}` : e.message;
  return { terms: EMPTY_UNIT_TERMS, problems: [{ source: file, message: `${why}；已忽略此文件。` }] };
}

function termsOf(file: string, text: string): Read {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { terms: EMPTY_UNIT_TERMS, problems: [{ source: file, message: `不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）；已忽略此文件。` }] };
  }
  return validateUnitTerms(raw, file);
}
