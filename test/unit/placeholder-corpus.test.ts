import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { corpusFiles, describeWithCorpus, FIXTURES_DIR, readText } from '../helpers/paths';
import { spanText } from '../helpers/snapshots';

/**
 * Real official documents nobody on the team wrote (../shared/corpus): clean documents must stay
 * silent. The reviewed lists in test/fixtures/placeholders/corpus/ are the exceptions, each finding read
 * against the text:
 * - the court's form templates (`guiding_xingzheng_zaishen…`, `guiding_qiangzhi_zhixing…`): their ×××, ……,
 *   ××××年××月××日 and bracketed drafting instructions (`（简要列明请求和理由）`) are genuine blanks of a form;
 * - the four telescope-govdoc documents, whose data set masked names and numbers (`XXX总书记`, `联系人:XXX`,
 *   `0531-8708XXXX`, `XXX@shandong.cn`): as the text stands every one is a stand-in to fill.
 * The 交通警察 rules (`guizhang_jiaojing…`) hold XX slots inside prescribed wordings (`规范用语是：…第XX条…`):
 * the template's slots, not blanks of the document, so they are not reported.
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
