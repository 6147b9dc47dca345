import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { documentOutline } from '../../server/src/service/outline';
import { matchedEntries, outlineLinesOf } from '../helpers/outline';
import { CORPUS_DIR, FIXTURES_DIR, ROOT, readText } from '../helpers/paths';

/**
 * Reviewed outlines (test/fixtures/outlines/*.json): for each document, the outline a person reading the
 * text says it has — `depth name` lines, the name being the heading's own title — and the heading recall
 * and precision the outline reaches against it. An entry counts as found when it stands at the same
 * depth, in order, and its name and the expected one agree (one is the other's beginning: a name cut
 * with `…`, or a heading that runs into its first sentence). README quotes the table.
 */

interface OutlineFixture {
  readonly file: string;
  readonly kind: string;
  readonly review: string;
  readonly outline: readonly string[];
  readonly recall: number;
  readonly precision: number;
  /** Entries found at the depth the reviewed outline gives them. */
  readonly atLevel: number;
}

const DIR = path.join(FIXTURES_DIR, 'outlines');

const round = (x: number) => Math.round(x * 1000) / 10;

describe('reviewed outlines of the seeds and corpus documents', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  it('cover the seeds and at least 15 corpus documents of different kinds', () => {
    const fixtures = files.map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as OutlineFixture);
    assert.ok(fixtures.filter((f) => f.file.startsWith('seeds/')).length === 5);
    assert.ok(fixtures.filter((f) => !f.file.startsWith('seeds/')).length >= 15);
    assert.ok(fixtures.every((f) => f.review.length > 20 && f.kind.length > 5));
  });
  for (const name of files) {
    const fixture = JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as OutlineFixture;
    it(`${fixture.file}: heading recall ${fixture.recall} %, precision ${fixture.precision} %, at the right level ${fixture.atLevel} %`, () => {
      const full = fixture.file.startsWith('seeds/') ? path.join(ROOT, fixture.file) : path.join(CORPUS_DIR, fixture.file);
      const actual = outlineLinesOf(documentOutline(parseDocument(readText(full))));
      const found = matchedEntries(fixture.outline, actual, false);
      const atLevel = matchedEntries(fixture.outline, actual, true);
      assert.deepEqual(
        { recall: round(found / fixture.outline.length), precision: round(found / Math.max(1, actual.length)), atLevel: round(atLevel / fixture.outline.length) },
        { recall: fixture.recall, precision: fixture.precision, atLevel: fixture.atLevel },
      );
    });
  }
});
