// Generated worst-case inputs for `npm run bench` (section “Worst cases”): for each, the shape that makes
// some rule or the parser work hardest — long runs of one character class, finding-dense text, long lines,
// thousands of equal items. Each `build(bytes)` returns a text of about that many UTF-8 bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Repeat `unit` (a string, or a function of the repetition index) until the text reaches `bytes`. */
function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = typeof unit === 'function' ? unit(i) : unit;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

/** Lines of `lineBytes` bytes each, made of `unit` repeated, each ended by `end`. */
function lines(bytes, lineBytes, unit, end = '') {
  const line = fill(lineBytes, unit) + end + '\n';
  return fill(bytes, line);
}

const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海林田禾丰安康宁泰和顺兴盛昌隆';
/** Two Han characters that are no agency name: 甲乙, 甲丙, … (deterministic). */
const name = (i) => HAN[i % HAN.length] + HAN[Math.floor(i / HAN.length) % HAN.length];

function seedsText(root) {
  const dir = path.join(root, 'seeds');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trimEnd()).join('\n\n') + '\n\n';
}

export function worstCases(root) {
  const seeds = seedsText(root);
  return [
    { id: 'seeds', what: 'the seeds repeated (an ordinary draft, for comparison)', build: (b) => fill(b, seeds) },
    { id: 'digit-runs', what: 'lines of 32 KB of digits, each ending in a range (“…1～16亿”)', build: (b) => lines(b, 32 * 1024, '1234567890', '～16亿') },
    { id: 'one-digit-run', what: 'one digit run as long as the text', build: (b) => fill(b, '9') },
    { id: 'ranges', what: 'ranges without the first unit, dense (“9～16亿，15～30%，”)', build: (b) => fill(b, (i) => `${i % 90 + 1}～${i % 90 + 9}亿，${i % 50}～${i % 50 + 20}%，`) },
    { id: 'letter-spaced', what: 'letter-spaced lines of 64 KB (“政 治 责 任 …”)', build: (b) => lines(b, 64 * 1024, '政 治 责 任 落 实 到 位 ') },
    { id: 'spaced-marks', what: 'spaces around marks, dense (“责任 。 任务 ，”)', build: (b) => lines(b, 4096, '责任 。 任务 ， ') },
    { id: 'nested-quotes', what: 'nested left quotes, never closed, in 64 KB paragraphs (“甲“乙“丙…)', build: (b) => lines(b, 64 * 1024, '“关于') },
    { id: 'unbalanced-pairs', what: 'closing brackets and quotes without openers, dense (”）》】)', build: (b) => lines(b, 4096, '甲”乙）丙》丁】') },
    { id: 'equal-markers', what: 'thousands of equal markers (“（二）工作”) under one heading', build: (b) => '一、总体要求\n' + fill(b, '（二）工作\n') },
    { id: 'equal-arabic', what: 'thousands of “1、” headings (duplicates, separators)', build: (b) => '（一）总体\n' + fill(b, '1、任务\n') },
    { id: 'alternating-levels', what: 'levels alternating “1.” / “（一）” (skipped and inverted levels)', build: (b) => fill(b, (i) => `${(i % 9) + 1}.甲\n（${'一二三四五六七八九'[i % 9]}）乙\n`) },
    { id: 'mixed-brackets', what: 'half- and full-width brackets alternating (“(一)” / “（二）”)', build: (b) => '一、总\n' + fill(b, (i) => (i % 2 ? `（${'一二三四五六七八九'[i % 9]}）乙\n` : `(${'一二三四五六七八九'[i % 9]})甲\n`)) },
    { id: 'marker-punctuation', what: 'markers with surplus marks (“（一）、”“一.”“一是，”)', build: (b) => fill(b, (i) => `${'一二三四五六七八九'[i % 9]}.甲\n（一）、乙。一是，抓落实。\n`) },
    { id: 'run-together', what: 'headings run together in one long line (“一、总体要求(一)指导思想…”)', build: (b) => fill(b, (i) => `${'一二三四五六七八九'[i % 9]}、总体要求(一)指导思想以发展为要(二)基本原则坚持稳进`) },
    { id: 'enumerations', what: 'one paragraph of thousands of enumerations (“一是…三是…”)', build: (b) => fill(b, '一是抓落实；三是抓考核；二是抓督查；') },
    { id: 'page-numbers', what: 'page-number residue at every line start (“到202\\n2、5年”)', build: (b) => fill(b, (i) => `完成目标到202\n${(i % 99) + 1}、5年实现。\n`) },
    { id: 'crosses', what: 'cross placeholders, dense and in long runs (“×县××局××××…”)', build: (b) => lines(b, 8192, '×县××局××××年×月×日×%') },
    { id: 'letters', what: 'letter placeholders, dense (“XX公司xx全会XXX同志”)', build: (b) => lines(b, 4096, 'XX公司xx全会XXX同志美丽XX建设') },
    { id: 'brackets', what: 'bracket placeholders and runs of open brackets (“[X]【 】[[[[”)', build: (b) => lines(b, 4096, '[X]【 】［××］[[[[【【') },
    { id: 'directions', what: 'bracketed drafting directions among prose brackets, dense (“（此条可选）（以下简称…）[结合部门职责细化]”)', build: (b) => lines(b, 4096, '加强领导（此条可选）（以下简称“方案”）[结合部门职责细化]（如无此项，可删除）（根据实际情况，结合本单位职责可适当删减此条内容）（删删删删删删删删删删删删删删删删删删删删）') },
    { id: 'symbols-underscores', what: 'symbol and underscore placeholders (“○○△△□□ * _ ___”)', build: (b) => lines(b, 4096, '○○县△△□□建设 * 、深入_生态___') },
    { id: 'omissions-editorial', what: 'omission and editorial marks, dense (“……略……（待定）TODO”)', build: (b) => lines(b, 4096, '……略……（略）（待定）待补充。TODO，完善……') },
    { id: 'figure-blanks', what: 'one long line of blanks left for figures, dates and numbers, no running-text mark (“完成投资　亿元　增长　%　于　月　日　县政办发〔2025〕　号”)', build: (b) => lines(b, 256 * 1024, '完成投资　亿元　增长　%　于　月　日　第　次　县政办发〔2025〕　号　') },
    { id: 'missing-figures', what: 'units without their figure, dense (“保持%，由年每立方米，提高个百分点”)', build: (b) => lines(b, 4096, '保持%，由年每立方米，从年的天提高到天，提高个百分点，') },
    { id: 'half-width', what: 'half-width marks in Chinese text, dense (“中,文;中:文(中)?!”)', build: (b) => lines(b, 4096, '中,文;中:文(中)?!') },
    { id: 'repeated-marks', what: 'repeated marks and long runs (“。。。。，，，、、、……...--”)', build: (b) => lines(b, 8192, '。。。。，，，、、、。。。...—--') },
    { id: 'years-numerals', what: 'abbreviated years and mixed numerals (“24年底二〇二一年2021年”)', build: (b) => lines(b, 4096, '24年底二〇二一年2021年百分之五5%三月五日3月5日') },
    { id: 'name-variants', what: 'one name written many ways (“PM2.5 PM₂.₅ PM 2.5 PM_2.5”)', build: (b) => lines(b, 4096, 'PM2.5、PM₂.₅、PM 2.5、PM_2.5、') },
    { id: 'web-residue', what: 'web navigation, toolbars, spam and source notices on every line', build: (b) => fill(b, '首页 > 栏目 > 正文\n下载 打印 收藏 【字号：大 中 小】\n请点击👉联系老师👈加微信\n转载请注明:http://x.cn\n来源：北京日报\n') },
    { id: 'page-item-bars', what: 'distinct bars of page items and record fields on every line (“甲乙办公室　丙丁　浏览：12次”, “案卷号：12”, twelve spaced items)', build: (b) => fill(b, (i) => `${name(i)}办公室　${name(i + 3)}　${name(i + 5)}　浏览：${i}次\n案卷号：${i}\n立卷单位：${name(i)}档案馆\n${Array.from({ length: 12 }, (_, k) => name(i + k)).join(' ')} 发布时间：${i}\n关于${name(i)}的通知\n`) },
    { id: 'repeated-title', what: 'a title line repeated thousands of times', build: (b) => fill(b, '关于进一步加强生态环境保护工作的通知\n') },
    { id: 'ocr-subscripts', what: 'OCR confusions and split subscripts (“In类IO0%”, “PM\\n2.5\\n”)', build: (b) => fill(b, 'In类水质IO0%\nPM\n2.5\n年平均浓度\n') },
    { id: 'outdated-agencies', what: 'former agency names, dense (“市环保局、省安监局、”)', build: (b) => lines(b, 4096, '市环保局、省安监局、县卫生局、') },
    { id: 'mixed-forms', what: 'full names and contractions of one agency, dense', build: (b) => lines(b, 4096, '市发展和改革委员会、市发改委、') },
    { id: 'unknown-names', what: 'thousands of unknown agency-like names in clauses (“（市甲乙局、市甲丙局…负责）”)', build: (b) => fill(b, (i) => `（市${name(i)}局、市${name(i + 7)}办、县${name(i + 13)}委按职责分工负责）\n`) },
    { id: 'long-clause', what: 'one responsibility clause of thousands of units, duplicates and bad separators', build: (b) => '（' + fill(b, '市环保局，，市生态环境局、、市环保局、') + '按职责分工负责）\n' },
    { id: 'long-line', what: 'the seeds as one 2 MB line (no line breaks)', build: (b) => fill(b, seeds.replace(/\n+/g, '')) },
    { id: 'directives', what: 'a disable directive on every line', build: (b) => fill(b, '一、甲 <!-- gongwen-disable-line numbering-gap -->\n三、乙 <!-- gongwen-disable-next-line -->\n') },
  ];
}
