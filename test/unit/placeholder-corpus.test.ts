import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { corpusFiles, describeWithCorpus, FIXTURES_DIR, readText } from '../helpers/paths';
import { spanText } from '../helpers/snapshots';

/**
 * Real official documents nobody on the team wrote (../shared/corpus): clean documents must stay
 * silent. The one exception is a court's form templates, whose ×××/…… are genuine blanks of the
 * form; their reviewed list is in test/fixtures/placeholders/corpus/.
 */
const REVIEWED = path.join(FIXTURES_DIR, 'placeholders', 'corpus');

function placeholders(text: string): { code: string; range: string; text: string }[] {
  const result = analyzeText(text);
  return result.findings.filter((f) => f.ruleId.startsWith('placeholder-')).map((f) => {
    return { code: f.ruleId, range: spanText(result.document.lines, f.start, f.end), text: text.slice(f.start, f.end) };
  });
}

describeWithCorpus('placeholder rules on the real corpus', () => {
  const files = corpusFiles();
  it('covers every corpus document', () => assert.ok(files.length >= 18, `${files.length} documents`));
  for (const file of files) {
    const name = path.basename(file, '.txt');
    const reviewed = path.join(REVIEWED, `${name}.json`);
    const expected = fs.existsSync(reviewed) ? JSON.parse(fs.readFileSync(reviewed, 'utf8')) : [];
    it(`${path.basename(path.dirname(file))}/${name}: ${expected.length ? `only the ${expected.length} reviewed form blanks` : 'no placeholder'}`, () => {
      assert.deepEqual(placeholders(readText(file)), expected);
    });
  }
});
