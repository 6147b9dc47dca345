import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { CORPUS_DIR, corpusFiles, readText, seedFiles } from '../helpers/paths';
import { fixAllText } from '../../server/src/service/fixAll';
import { RULES } from '../../server/src/core/rules/index';
import { only } from '../helpers/hygiene';
import { spanText } from '../helpers/snapshots';

/**
 * Every finding of the punctuation-, number- and residue- rules on the real documents of the corpus,
 * each checked by reading the text (see MANIFEST.md). Documents without such problems get none.
 */
const EXPECTED: Record<string, Record<string, string[]>> = {
  'bit-python-course/yijian_xiangcun_zhenxing_2018_zhongyang1hao.txt': {},
  // Web page toolbar (下载…】), 来源/时间 lines, the photo caption and the `相关报道：` widget at the end; one half-width `;` in running text.
  'gov-reports-2026/2026_gzbg_beijing.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '14:0-14:20', '105:0-105:5'], 'punctuation-half-width': ['64:176-64:177'] },
  // Toolbar, source lines, `相关报道：`, and `PM_2.5` (subscript markup left in the text).
  'gov-reports-2026/2026_gzbg_fujian.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '123:0-123:5'], 'residue-subscript-split': ['48:41-48:47'] },
  // `PM` / `2.5` / `年平均浓度` split over three lines, twice.
  'gov-reports-2026/2026_gzbg_guangdong.txt': { 'residue-subscript-split': ['33:0-33:3', '125:0-125:3'] },
  'gov-reports-2026/2026_gzbg_hunan.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '14:0-14:60', '121:0-121:5'] },
  'gov-reports-2026/2026_gzbg_shanghai.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '122:0-122:5'] },
  // LawRefBook files: the collector's `<!-- INFO END -->` marker after the metadata (here with the zero-width-space lines after it).
  'lawrefbook-dlc/local_beijing_keji_chuangxin_zhongxin_2024.txt': { 'residue-source-notice': ['4:0-10:1'] },
  // `供水,合理使用地表水,严格控制`: two half-width commas.
  'lawrefbook-dlc/local_shandong_nanshuibeidiao_2015_chapter_dup.txt': { 'punctuation-half-width': ['142:54-142:55'], 'residue-source-notice': ['4:0-4:17'] },
  // Half-width parentheses in running text (`仲裁法》(以下简称仲裁法)`); the `(一)` markers are the numbering rules' business.
  'lawrefbook/fangan_chongxin_zujian_zhongcai_jigou_1995.txt': { 'punctuation-half-width': ['6:23-6:24'], 'residue-source-notice': ['2:0-2:17'] },
  // Each 文书样式 title is broken mid-word over two paragraphs (`（最高人民法` / `院决定由…）`), so its brackets do not pair.
  'lawrefbook/guiding_xingzheng_zaishen_2021_placeholders.txt': {
    'punctuation-pair': ['44:21-44:22', '46:13-46:14', '48:18-48:19', '50:21-50:22', '52:20-52:21', '54:12-54:13'], 'residue-source-notice': ['6:0-6:17'],
  },
  'lawrefbook/reg_youhua_yingshang_huanjing_tiaoli_2019.txt': { 'punctuation-half-width': ['130:57-130:58'], 'residue-source-notice': ['8:0-8:17'] },
  'lawrefbook/reg_zhengquan_gongsi_2014_missing_ch4.txt': { 'punctuation-half-width': ['8:80-8:81'], 'residue-source-notice': ['4:0-4:17'] },
  'lawrefbook/tongzhi_gongzi_zhesuan_2008_broken_heading.txt': { 'residue-source-notice': ['4:0-4:17'] },
  // 北大法宝 export header: 【法宝引证码】 and 原文链接.
  'pkulaw-mengke25/banfa_guangdong_gonggong_shuju.txt': { 'residue-source-notice': ['0:4-1:73'] },
  // Header; the title given twice (`(2021—2023年)` / `（2021-2023年）`), the first copy with half-width brackets; `--` for ——.
  'pkulaw-mengke25/tongzhi_anhui_gongye_hulianwang.txt': {
    'residue-source-notice': ['0:4-1:73'], 'punctuation-half-width': ['2:44-2:45'], 'residue-repeated-title': ['3:0-3:59'],
    'punctuation-dash': ['73:2-73:4', '75:2-75:4', '77:2-77:4', '79:2-79:4', '81:2-81:4', '83:2-83:4'],
  },
  'psknlr-gongwen/tongzhi_gao.txt': {},
  'wordcloud-gzbg/gwy_gzbg_2022.txt': {},
};
const BAOTOU = 'pkulaw-mengke25/tongzhi_baotou_shuzizhengfu_kaoping_2022.txt';

function hygieneFindings(file: string): { byRule: Record<string, string[]>; messages: Record<string, string[]> } {
  const text = readText(file);
  const lines = new LineIndex(text);
  const byRule: Record<string, string[]> = {};
  const messages: Record<string, string[]> = {};
  for (const f of analyzeText(text).findings) {
    if (!/^(punctuation|number|residue)-/.test(f.ruleId) || f.ruleId === 'residue-page-number') continue;
    (byRule[f.ruleId] ??= []).push(spanText(lines, f.start, f.end));
    (messages[f.ruleId] ??= []).push(f.message);
  }
  return { byRule, messages };
}

describe('text hygiene rules on the corpus', () => {
  it('cover every corpus document', () => {
    assert.deepEqual(corpusFiles().map((f) => path.relative(CORPUS_DIR, f)).sort(), [...Object.keys(EXPECTED), BAOTOU].sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: exactly the real problems`, () => {
      assert.deepEqual(hygieneFindings(path.join(CORPUS_DIR, name)).byRule, expected);
    });
  }
  it(`${BAOTOU}: header, repeated title, and 71 quotes opened “ and closed with an ASCII "`, () => {
    const { byRule, messages } = hygieneFindings(path.join(CORPUS_DIR, BAOTOU));
    assert.deepEqual(Object.keys(byRule).sort(), ['punctuation-pair', 'residue-repeated-title', 'residue-source-notice']);
    assert.deepEqual(byRule['residue-source-notice'], ['0:4-1:73']);
    assert.deepEqual(byRule['residue-repeated-title'], ['3:0-3:37']);
    assert.equal(byRule['punctuation-pair'].length, 71);
    assert.deepEqual(byRule['punctuation-pair'].slice(0, 3), ['17:25-17:26', '21:27-21:28', '33:167-33:168']);
    assert.ok(messages['punctuation-pair'].every((m) => m === '引号不配对：以中文左引号“开始，却以英文直引号"结束，应为右引号”（GB/T 15834—2011 4.8）。'));
  });
});

describe('text hygiene fixes on the seeds', () => {
  const ids = RULES.filter((r) => /^(punctuation|number|residue)-/.test(r.id)).map((r) => r.id);
  for (const file of seedFiles()) {
    it(`${path.basename(file)}: fix-all converges and leaves no safely fixable finding`, () => {
      const result = fixAllText(readText(file), only(...ids));
      assert.ok(result.passes < 10, `did not converge in ${result.passes} passes`);
      assert.ok(result.applied > 0);
      const left = analyzeText(result.text, only(...ids)).findings.filter((f) => f.fixes.some((x) => x.safe));
      assert.deepEqual(left.map((f) => f.ruleId), []);
    });
  }
});
