import { strict as assert } from 'node:assert';
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

/**
 * A suite that reads `../shared/corpus`. Without it (a fresh clone on its own) the suite is reported as
 * pending with the reason, so `npm test` passes and says what it did not run; in CI (`CI` set), where
 * the corpus always lies beside the clone, a missing corpus fails instead.
 */
export function describeWithCorpus(title: string, body: (this: Mocha.Suite) => void): void {
  if (fs.existsSync(CORPUS_DIR)) {
    describe(title, body);
  } else if (process.env.CI) {
    describe(title, () => it(`needs the shared corpus at ${CORPUS_DIR}`, () => assert.fail(`corpus not found at ${CORPUS_DIR}: CI lays shared/ beside the clone`)));
  } else {
    describe(title, () => it.skip(`skipped: the shared corpus is not at ${CORPUS_DIR} (CI always has it)`));
  }
}

/** One test that reads `../shared/corpus`: skipped with the reason without it, failing in CI (see `describeWithCorpus`). */
export function itWithCorpus(title: string, fn: Mocha.Func): void {
  if (fs.existsSync(CORPUS_DIR)) it(title, fn);
  else if (process.env.CI) it(title, () => assert.fail(`corpus not found at ${CORPUS_DIR}: CI lays shared/ beside the clone`));
  else it.skip(`${title} (skipped: the shared corpus is not at ${CORPUS_DIR}; CI always has it)`);
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
