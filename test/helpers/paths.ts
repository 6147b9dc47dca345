import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const FIXTURES_DIR = path.join(ROOT, 'test', 'fixtures');
/** `../shared/corpus` beside the checkout (CI lays shared/ beside the clone). */
export const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');

export function seedFiles(): string[] {
  return fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f));
}

/** Every corpus document; fails loudly if the corpus is missing rather than testing nothing. */
export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) throw new Error(`corpus not found at ${CORPUS_DIR}: shared/ must sit beside the checkout`);
  const out: string[] = [];
  for (const dir of fs.readdirSync(CORPUS_DIR)) {
    const full = path.join(CORPUS_DIR, dir);
    if (fs.statSync(full).isDirectory()) for (const f of fs.readdirSync(full)) if (f.endsWith('.txt')) out.push(path.join(full, f));
  }
  return out.sort();
}

export function readText(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
