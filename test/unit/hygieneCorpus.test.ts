import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { CORPUS_DIR, corpusFiles, describeWithCorpus, readText, seedFiles } from '../helpers/paths';
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
  // `二○三五年` written with the circle ○ for the numeral 〇.
  'gov-reports-2026/2026_gzbg_hunan.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '14:0-14:60', '121:0-121:5'], 'number-chinese-zero': ['41:202-41:206'] },
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
  // `从二〇二〇年到二〇三五年` is the formulation of the national goals, beside Arabic years elsewhere: no mixed numerals.
  'ershida-wordcloud/baogao_ershida_2022.txt': {},
  // The photo caption as the first line; `细颗粒物（PM_2.5）` subscript markup.
  'gov-reports-2026/2026_gzbg_guizhou.txt': { 'residue-web-navigation': ['0:0-0:23'], 'residue-subscript-split': ['34:79-34:85'] },
  // No chrome captured; the footnote markers ［1］… are no placeholders and no pairs.
  'gov-reports-2026/2026_gzbg_hainan.txt': {},
  // fjlib layout: toolbar, 来源/时间, photo caption, `相关报道：` at the end.
  'gov-reports-2026/2026_gzbg_hebei.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '14:0-14:20', '67:0-67:5'] },
  // fjlib layout: toolbar, 来源/时间, `相关报道：`; the caption `张工作政府工作报告。` is a speaker's name + 作, left alone.
  'gov-reports-2026/2026_gzbg_tianjin.txt': { 'residue-web-navigation': ['0:0-8:1', '11:0-12:13', '116:0-116:5'] },
  'govdoc-cn/tongzhi_fagaiban_shuiwu_geshui_nashui_xinyong_2019.txt': {},
  // LawRefBook's `<!-- INFO END -->` marker.
  'lawrefbook/guiding_qiangzhi_zhixing_guquan_2021_templates.txt': { 'residue-source-notice': ['6:0-6:17'] },
  'lawrefbook/guizhang_jiaojing_zhiqin_zhifa_2008_fujian.txt': { 'residue-source-notice': ['2:0-2:17'] },
  // pingtan.gov.cn pages (the archiver's header, then the page on one line): the header with the breadcrumb, and the
  // `时间：… 微信 微博 QQ空间` block inside the line, and the page's footer `来源：… 附件下载` (with the attachment's file name,
  // `…方案.pdf`) run into the end of the line; the spaces where the page's paragraphs ran together are left alone.
  'pingtan-zwgk/baogao_junshan_pianqu_fazhi_zhengfu_2022.txt': { 'residue-web-navigation': ['0:0-9:20', '9:41-9:71', '9:3602-9:3624'] },
  'pingtan-zwgk/cuoshi_dangongwei_guanweihui_minying_jingji_2023.txt': { 'residue-web-navigation': ['0:0-8:44'] },
  // 11 ASCII commas (`力量,切实`).
  'pingtan-zwgk/fangan_guanweihui_ertong_jinshi_fangkong_2021.txt': { 'residue-web-navigation': ['0:0-8:44'], 'punctuation-half-width': ['9:389-9:390'] },
  // 5 ASCII `;` and the `)` closing `（区资源生态局牵头负责)`.
  'pingtan-zwgk/fangan_guanweihui_xin_wuranwu_zhili_2023.txt': { 'residue-web-navigation': ['0:0-9:25', '9:64-9:94', '9:4504-9:4551'], 'punctuation-half-width': ['9:1025-9:1026'] },
  'pingtan-zwgk/fangan_junshan_pianqu_yiwu_zhishu_2023.txt': { 'residue-web-navigation': ['0:0-9:20', '9:64-9:94', '9:952-9:974'] },
  // ASCII `;` `,` `:` (`工贸方面:`).
  'pingtan-zwgk/fangan_suping_pianqu_lianghui_anquan_fangfan_2023.txt': { 'residue-web-navigation': ['0:0-9:20', '9:66-9:96', '9:1679-9:1701'], 'punctuation-half-width': ['9:616-9:617'] },
  'pingtan-zwgk/gonggao_shenpiju_geti_gongshanghu_mingteyouxin_zhengqiuyijian_2024.txt': { 'residue-web-navigation': ['0:0-8:44'] },
  // The ASCII comma after the mail address and the colon of `附件:`.
  'pingtan-zwgk/gonggao_shijianju_waimai_shian_shaobing_zhengqiuyijian_2026.txt': { 'residue-web-navigation': ['0:0-8:44'], 'punctuation-half-width': ['9:189-9:190'] },
  'pingtan-zwgk/jueding_guanweihui_feizhi_xinxing_chanyeyuan_cuoshi_2024.txt': { 'residue-web-navigation': ['0:0-8:44'] },
  // `奖补审批表(一式四份，原件)`: half-width brackets; a lone `…` in the flattened table row `1 2 3 … 合计`. The forms' blanks (`年 月 日`,
  // `经办人： 处室领导：`) and the flattened tables' spaces are layout.
  'pingtan-zwgk/shishi_xize_jingfaju_kaimenwen_fujian_2023.txt': { 'residue-web-navigation': ['0:0-8:44'], 'punctuation-half-width': ['9:1995-9:1996'], 'punctuation-ellipsis': ['9:4761-9:4762'] },
  // A page of chrome only: the 信息公开目录 labels and the 来源/时间/toolbar block. The download list at its end
  // (`附件下载 附件：…分解表.xls…的通知.pdf`) stays: after `附件：` it may be read as the 附件说明.
  'pingtan-zwgk/tongzhi_guanweihui_2020_zhongdian_xiangmu_xxgk_chrome_only.txt': { 'residue-web-navigation': ['0:0-9:184', '9:229-9:298'] },
  'pingtan-zwgk/zongjie_shenpiju_2022_gongzuo_2023_jihua.txt': { 'residue-web-navigation': ['0:0-8:44'] },
  'qqiw-gzbg/gwy_gzbg_2024.txt': {},
  // telescope-govdoc OCR extractions, each on one line: half-width brackets throughout (`工作方案(2021-2025年)`).
  'telescope-govdoc/han_shandong_fagaiwei_meitan_chubei_songshengao_2021.txt': { 'punctuation-half-width': ['0:60-0:61'] },
  // Half-width marks; `0.6-1万人`; every % the OCR read as 00 where a rate stands (`率达到7000`, `97.500`, `10000.8000`, `下降5%和600`,
  // `不大于现状总建筑面积的2000`, `青岛不低于5000;` after `比例达到40%以上`).
  'telescope-govdoc/han_shandong_zhujianting_chengxiang_lvse_fazhan_zhengqiuyijiangao_2021.txt': {
    'punctuation-half-width': ['0:81-0:82'], 'number-range-unit': ['0:1547-0:1554'],
    'residue-ocr-confusion': ['0:1260-0:1264', '0:2114-0:2118', '0:2129-0:2135', '0:2455-0:2461', '0:2647-0:2651', '0:2733-0:2737', '0:2967-0:2972', '0:3098-0:3108', '0:3526-0:3530', '0:3650-0:3654', '0:4292-0:4295', '0:4476-0:4481', '0:4955-0:4960', '0:5279-0:5283'],
  },
  // The speech's date line `二〇二二年九月二十三日` in Chinese numerals beside Arabic dates in the text (GB/T 15835—2011 4.3).
  'telescope-govdoc/tongbao_guowang_dianli_baozhang_jianghua_2022.txt': { 'number-mixed-numerals': ['0:180-0:185', '0:185-0:191'] },
  'telescope-govdoc/tongzhi_zhongban_cunzhuang_chebing_fanyin_2020.txt': { 'punctuation-half-width': ['0:112-0:113'] },
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

describeWithCorpus('text hygiene rules on the corpus', () => {
  it('cover every corpus document', () => {
    assert.deepEqual(corpusFiles().map((f) => path.relative(CORPUS_DIR, f)).sort(), [...Object.keys(EXPECTED), BAOTOU].sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: exactly the real problems`, () => {
      assert.deepEqual(hygieneFindings(path.join(CORPUS_DIR, name)).byRule, expected);
    });
  }
  it(`${BAOTOU}: header, repeated title, and one summary for 72 quotations in the wrong form (71 opened “ and closed with an ASCII ")`, () => {
    const { byRule, messages } = hygieneFindings(path.join(CORPUS_DIR, BAOTOU));
    assert.deepEqual(byRule, { 'residue-source-notice': ['0:4-1:73'], 'residue-repeated-title': ['3:0-3:37'], 'punctuation-quote-form': ['17:25-17:26'] });
    assert.match(messages['punctuation-quote-form'][0], /^引号写法不规范：文中有 72 处引号不是中文引号（中文引号与英文直引号混配 71 处、英文直引号 1 处），此处为第一处。/);
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
