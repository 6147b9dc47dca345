import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import type { AnalysisConfig, RuleSetting } from '../../server/src/core/config/config';
import { RULES } from '../../server/src/core/rules/index';
import { CORPUS_DIR, corpusFiles, describeWithCorpus, readText, seedFiles } from '../helpers/paths';
import { spanText } from '../helpers/snapshots';

/**
 * Every element and consistency finding on the real corpus and the seeds, each read against the text
 * (README “公文要素与前后一致” lists what each means). A document not named here gets none.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  // Synthetic draft with planted defects (MANIFEST): 文号 with square brackets, 第 and a leading zero;
  // `2.经费测算表。`; 成文日期 `2026年08月01日`; the 抄送 line lacks its full stop (not in the MANIFEST, a real defect).
  'psknlr-gongwen/tongzhi_gao.txt': [
    'element-doc-number 1:3-1:9 «[2026]» bracket',
    'element-doc-number 1:9-1:10 «第» ordinal',
    'element-doc-number 1:10-1:11 «0» zero',
    'element-attachment-list 15:7-15:8 «。» trailing',
    'element-date 17:0-17:11 «2026年08月01日» padded',
    'element-imprint 18:3-18:12 «市财政局，市医保局» copyEnd',
  ],
  // MANIFEST ERROR: 劳社部发[2008]3号 in the header, and the 2000 notice it repeals cited as 劳社部发[2000]8号.
  'lawrefbook/tongzhi_gongzi_zhesuan_2008_broken_heading.txt': [
    'element-doc-number 2:4-2:10 «[2008]» bracket',
    'element-doc-number 31:48-31:54 «[2000]» bracket',
  ],
  // MANIFEST ERROR: the report cites （岚君山管[2022]48号）.
  'pingtan-zwgk/baogao_junshan_pianqu_fazhi_zhengfu_2022.txt': [
    'element-doc-number 9:545-9:551 «[2022]» bracket',
  ],
  // MANIFEST INCONSISTENCY: the activity on 2023年3月22日, the notice dated 2023年3月23日.
  'pingtan-zwgk/fangan_junshan_pianqu_yiwu_zhishu_2023.txt': [
    'consistency-date 9:343-9:353 «2023年3月22日» early',
  ],
  // MANIFEST ERROR: the 细则 asks for 承诺书 as 附件6, but the 承诺书 is headed 附件5 (附件5 twice, no 附件6).
  'pingtan-zwgk/shishi_xize_jingfaju_kaimenwen_fujian_2023.txt': [
    'element-attachment-reference 9:2523-9:2526 «附件6» missing',
    'element-attachment-match 9:4766-9:4769 «附件5» duplicate',
  ],
  // MANIFEST INCONSISTENCY: 附件说明 `(2021-2025年)`, the attachment's own title `(2021一2025年)(送审稿)` (OCR 一 for -).
  'telescope-govdoc/han_shandong_fagaiwei_meitan_chubei_songshengao_2021.txt': [
    'element-attachment-match 0:578-0:611 «加强全省煤炭储备能力建设工作方案(2021一2025年)(送审稿)» mismatch',
  ],
  // OCR text with half-width punctuation throughout: the 主送 ends with `:` (punctuation-half-width also counts it).
  'telescope-govdoc/han_shandong_zhujianting_chengxiang_lvse_fazhan_zhengqiuyijiangao_2021.txt': [
    'element-addressee 0:81-0:82 «:» halfWidthColon',
  ],
  'telescope-govdoc/tongzhi_zhongban_cunzhuang_chebing_fanyin_2020.txt': [
    'element-addressee 0:112-0:113 «:» halfWidthColon',
  ],
};

const CONFIG: AnalysisConfig = {
  rules: Object.fromEntries(RULES.map((r) => [r.id, (r.category === 'element' || r.category === 'consistency' ? 'default' : 'off') as RuleSetting])),
  placeholderMode: 'warning',
};

function found(text: string): string[] {
  const result = analyzeText(text, CONFIG);
  assert.deepEqual(result.failures, []);
  return result.findings.map((f) => `${f.ruleId} ${spanText(result.document.lines, f.start, f.end)} «${text.slice(f.start, f.end)}» ${f.messageId}`);
}

describeWithCorpus('element and consistency rules on the corpus and the seeds', () => {
  const files = [...corpusFiles(), ...seedFiles()];
  const nameOf = (file: string) => (file.startsWith(CORPUS_DIR) ? path.relative(CORPUS_DIR, file) : `seeds/${path.basename(file)}`).split(path.sep).join('/');

  it('names only documents that exist', () => {
    const names = new Set(files.map(nameOf));
    assert.deepEqual(Object.keys(EXPECTED).filter((n) => !names.has(n)), []);
  });

  for (const file of files) {
    const name = nameOf(file);
    const expected = EXPECTED[name] ?? [];
    it(`${name}: ${expected.length ? `${expected.length} reviewed findings` : 'silent'}`, () => {
      assert.deepEqual(found(readText(file)), expected);
    });
  }
});
