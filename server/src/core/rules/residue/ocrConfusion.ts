import type { Rule, RuleContext } from '../rule';
import type { Fix } from '../../model/findings';
import { charCodeTable, isHanCode } from '../../text/chars';
import { isChineseContextCode } from '../../text/chars';
import { insideChineseYear } from '../../text/chineseYears';
import { fixTitle } from '../fixTitles';

/**
 * What a scanner (OCR) reads wrong in Chinese official text, as classes:
 * - Roman numerals read as letters before 类/级: `In类`/`HI类` for `Ⅲ类`;
 * - digits read as look-alike letters in a figure: `2O19年`, `5l0人`, `IO0%`, `1S%` (O o → 0, I l → 1, S → 5, Z → 2);
 * - a percent sign read as slashes and dots or circles: `15°/o`, `15o/o`, `15./.`;
 * - a percent sign read as `00` after a rate (the telescope-govdoc scans): `供水一体化率达到7000` for `70%`;
 * - a full-width bracket read as a brace, a column rule or stroke as `|`, between Han characters;
 * - a Han character read as a Latin capital that looks like it (`加强I作` for `加强工作`).
 * Where the right reading follows from the garble alone it is in the message and offered as a fix, never
 * a safe one: the writer checks the original. The rest is reported without a reading.
 */

/** The classifiers a misread Roman numeral stands before. */
const CLASS_WORDS = ['类', '级'];
/** At most this many letters before 类/级 are read as one numeral. */
const ROMAN_LENGTH = 3;
const ROMAN: Readonly<Record<string, string | undefined>> = {
  In: 'Ⅲ', HI: 'Ⅲ', Hl: 'Ⅲ', lll: 'Ⅲ', Ill: 'Ⅲ', IlI: 'Ⅲ', IIl: 'Ⅲ',
  lI: 'Ⅱ', Il: 'Ⅱ', ll: 'Ⅱ', l: 'Ⅰ', lV: 'Ⅳ', Vl: 'Ⅵ', Vll: 'Ⅶ',
};
/** Letters a scanner reads for digits, and the digit each stands for. */
const DIGIT_OF: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', S: '5', Z: '2' };
/** A figure of digits and look-alike letters (a point may stand between digits). */
const FIGURE_CHARS = charCodeTable([...'0123456789.', ...Object.keys(DIGIT_OF)]);
/** Every character the pass below acts on: a figure's digit or look-alike letter (not its point), a brace, `|`, a stroke capital. */
const STARTS = /[0-9OoIlSZ{}|TLAB]/;
/** Units a figure stands before: there a look-alike letter at the figure's edge is a digit too (`IO0%`, `1O年`). */
const UNITS = charCodeTable([...'%％年月日万亿元个项家人次倍名天']);
/** S and Z read for 5 and 2 at a figure's edge only before these (a train `Z8次` or a road `S1线` is a code). */
const SZ_UNITS = charCodeTable([...'%％年万亿元']);
/** `15°/o`, `15o/o`, `15./.`, `15·/.`, `15°/。`: a percent sign read as two marks and a slash, after a digit. */
const SLASHED_PERCENT = /^[°o0·.]\/[o0.。]/;
/** A rate word before a figure that lost its % as `00` (`率达到7000`, `比重超过10000`, `占全国25.800`). */
const RATE_WORDS = ['率', '比例', '比重', '份额', '占'];
/** Words holding 率 or 占 that name no rate (`率先建成`, `率领`, `占地面积`). */
const NOT_RATE_WORDS = ['率先', '率领', '表率', '统率', '轻率', '草率', '占地', '占用'];
const RATE_REACH = 6;
/** Words of change before a rate (`增长500`, `分别下降3.600`, `压缩约5000`); `提高到`, `降至` name a level instead. */
const GROWTH_WORDS = [
  '增长', '下降', '增幅', '降幅', '涨幅', '上涨', '下跌', '上升', '提高', '降低', '提升', '回落', '下滑', '减少', '增加',
  '压缩', '压减', '缩减', '缩短', '扩大',
];
/** What a decimal with trailing zeros and no unit is, when not a rate (`调整系数为1.200`, `物价指数1.100`). */
const COEFFICIENT_WORDS = ['系数', '指数', '比值', '权重'];
/** `2000—2020年`: the first year of a span. */
const YEAR_SPAN_AFTER = /^[—–\-～~至到][0-9]{2,4}年/;
/** Conjunctions that end a list item as a comma does (`下降500和600`). */
const ITEM_ENDS = charCodeTable([...'和与及或']);
/** Comparisons a bound stands after (`不低于5000;`): with no unit after the figure, the bound is a rate. */
const COMPARISONS = ['超过', '低于', '高于', '大于', '小于', '少于', '多于', '不足'];
/**
 * What a figure stands before when it counts nothing: 以上/以内/左右… or 的 (`500以上的股权`, `9000的重点领域`).
 * A count takes a measure word first (`500家以上`, `3000名的`), so a bare figure here lost its unit.
 */
const BOUNDS_AFTER = ['以上', '以下', '以内', '左右', '之间', '上下', '的'];
/** Before a figure, what makes it a rank, a ratio or a code (`前100的`, `第100`, `1∶500的`, `/28600_`). */
const NOT_A_RATE_BEFORE = charCodeTable([...'前第满:：∶/-_#']);
/**
 * Words opening a proportion of a base (`按照服务费的3000给予补助`, `不得超过注册资本的3000`,
 * `达到净资产的5000`): `的` and a bare figure after one of them, in the same clause, is a share of that base.
 */
const PROPORTION_LEADS = ['按', '依照', '占', '达到', '相当于', ...COMPARISONS];
/** Leads whose object is the share itself (`按3000计算`, `赤字率拟按300安排`). */
const SHARE_LEADS = ['按', '按照', '依照'];
/** How far back in its clause a proportion's lead may stand. */
const CLAUSE_REACH = 30;
/** Marks that end a clause (a proportion's lead is looked for back to one) or a sentence (a parallel percentage is looked for within one). */
const CLAUSE_MARKS = charCodeTable([...'，,。；;：:！!？?\n\r']);
const SENTENCE_MARKS = charCodeTable([...'。；;！!？?\n\r']);
const SENTENCE_REACH = 80;
const BRACKETS: Readonly<Record<string, string | undefined>> = { '（': '）', '(': ')', '[': ']', '【': '】', '“': '”' };
/**
 * Characters a unit or measure word starts with (`3000万元`, `500千伏`, `300吨`, `1000余家`, `500强`): a
 * figure before one counts or measures something. Before any other Han character (`的3000给予`,
 * `按3000计算`, `41.600提升`) a figure has no unit.
 */
const UNIT_STARTS = charCodeTable([...'万亿千百十个人名家项元角次户座所辆台套件份条处门头只匹种类批支棵株亩公平立米吨克斤升瓦伏度秒时分周岁位篇本册部场届期轮起例张间栋层架艘列节班组队块片段倍年月日天号余多来强型路趟首页章款字折成番毫厘寸尺里顷桶箱包袋瓶盒车船宗笔单票封课科校床口级楼栏']);
/**
 * A percentage next to the figure, joined by a list mark (and the next item's name) or a change of level:
 * `5%和600`, `58%、材料5200`, `从75%提高到10000`, `3.600和1.3%`, `4.500—5%`.
 */
const JOIN = '(?:[、和与及或至到—～~－-]|[\\u4e00-\\u9fff]{1,2}[到至])';
const PERCENT_BEFORE = new RegExp(`[0-9][%％](?:左右|以上|以下)?(?:[、和与及或][\\u4e00-\\u9fff]{1,4}|${JOIN})$`);
const PERCENT_AFTER = new RegExp(`^${JOIN}[0-9]+(?:\\.[0-9]+)?[%％]`);
/** Capitals that look like a Han character or stroke (I 工/丨, O 口, T 丁/十, L 乚, A 人, B 日), alone between Han characters. */
const STROKE_CAPITALS = charCodeTable([...'IOTLAB']);
/** After a capital, what makes it a real term: a grade, a class, a shape (`O型`, `T恤`, `L形`). */
const TERM_AFTER = charCodeTable([...'级类等档型形股端轮证照区号组队段线光超盘恤币位版字座栋楼馆站']);
/** Before a capital, what makes it a grade: 创A, 评A (a scenic spot applying for an A grade). */
const TERM_BEFORE = charCodeTable([...'创评第']);

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Offsets of 类 and 级 in text order: `indexOf` finds them much faster than a scan for letters. */
function classWordOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const word of CLASS_WORDS) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) offsets.push(i);
  return offsets.sort((a, b) => a - b);
}

function replaceWith(start: number, end: number, right: string): Fix[] {
  return [{ ...fixTitle('replace', { text: right }), edits: [{ start, end, newText: right }], safe: false }];
}

type MessageId = 'roman' | 'digits' | 'percent' | 'percentZeros' | 'percentZerosUnread' | 'bracket' | 'stroke' | 'capital';

/** `right` is the reading shown; the fix writes `replacement` (the reading of [start, end) alone) over the range. */
function report(ctx: RuleContext, messageId: MessageId, start: number, end: number, written: string, right?: string, replacement = right): void {
  ctx.report({ messageId, data: right === undefined ? { written } : { written, right }, start, end, fixes: replacement === undefined ? [] : replaceWith(start, end, replacement) });
}

/** Roman numerals before 类/级, from each 类/级 back over the letters before it (a longer run of letters is a Latin word). */
function romanNumerals(text: string, ctx: RuleContext): void {
  for (const word of classWordOffsets(text)) {
    let start = word;
    while (start > word - ROMAN_LENGTH && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === word || isAsciiLetterCode(text.charCodeAt(start - 1))) continue;
    const written = text.slice(start, word);
    const right = ROMAN[written];
    if (right) report(ctx, 'roman', start, word, written + text[word], right + text[word], right);
  }
}

/**
 * A figure holding a look-alike letter: between two digits (`5l0`, `2O19`), or at its edge before a unit
 * (`IO0%`, `1O年`, `Z022年`), or a lone letter for a month or day (`4月I日`). Chemical names and codes
 * (`O3`, `CO2`, `S1`, train `Z8次`) hold no letter between digits, and O o I l at their edge only
 * before a unit (S and Z only before 年, %, 万, 亿, 元).
 */
function figure(text: string, start: number, end: number, ctx: RuleContext): void {
  while (end > start && text.charCodeAt(end - 1) === 0x2e) end--;
  const written = text.slice(start, end);
  let digits = 0;
  let inside = false;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (isDigitCode(c)) digits++;
    else if (c !== 0x2e && i > 0 && i < written.length - 1 && isDigitCode(written.charCodeAt(i - 1)) && isDigitCode(written.charCodeAt(i + 1))) inside = true;
  }
  const letters = written.replace(/[0-9.]/g, '').length;
  if (letters === 0) return;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // Part of a Latin word or code (`ISO9001`, `5G`, `A3O`), or a point before it (`v2.1O`).
  if (isAsciiLetterCode(before) || isAsciiLetterCode(after) || before === 0x2e) return;
  if (digits === 0) {
    if (!isDatePart(text, start, end)) return;
  } else if (!inside) {
    if (UNITS[after] !== 1) return;
    if (/[SZ]/.test(written) && SZ_UNITS[after] !== 1) return;
  }
  report(ctx, 'digits', start, end, written, written.replace(/[OoIlSZ]/g, (ch) => DIGIT_OF[ch]));
}

/** A lone look-alike letter for a month or day: between 年/月 and 月/日 (`4月I日`). */
function isDatePart(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return end === start + 1 && (before === 0x5e74 || before === 0x6708) && (after === 0x6708 || after === 0x65e5);
}

/** `15°/o`: the garbled sign after the figure's last digit; its end, or -1. */
function slashedPercent(text: string, at: number, ctx: RuleContext): number {
  const m = SLASHED_PERCENT.exec(text.slice(at, at + 3));
  if (!m || isDigitCode(text.charCodeAt(at + 3)) || isAsciiLetterCode(text.charCodeAt(at + 3))) return -1;
  // `0/0` after a digit is a fraction or a date (`10/0`? `2020/01`): only the marks no figure holds.
  if (m[0][0] === '0' && m[0][2] === '0') return -1;
  report(ctx, 'percent', at, at + 3, m[0], '%');
  return at + 3;
}

/**
 * `率达到7000`, `比重超过10000`, `普及率达到97.500`, `增长500，`, `70%、6000`: a figure ending in `00`
 * with no unit where a rate stands. The `00` is the sign (7000 → 70%, 97.500 → 97.5%); the place is a rate's:
 * - beside a percentage, as the next item of a list or the other end of a change (`下降5%和600`, `从34.600提升到49%`);
 * - before 以上/以内/左右/的 with no measure word (`控制在500以内`, `全市9000的重点领域`), which a count needs;
 * - a decimal: no measurement writes `1.800` without its unit;
 * - after a rate word, within a few characters, or a share of a base: `的` and the figure in a clause a
 *   proportion opens, or the figure right after 按 (`按照服务费的3000给予补助`, `利率4000给予贴息`, `按3000计算`);
 * - ending its phrase after a word of growth (not `提高到`, a level) or a comparison (`不低于5000;`), or after
 *   the same words as a percentage of its sentence (`超过20%…超过3000`, `（60%）+…（2000）`).
 */
function percentAsZeros(text: string, start: number, end: number, ctx: RuleContext): void {
  const written = text.slice(start, end);
  if (!/^[0-9]+(?:\.[0-9]+)?00$/.test(written) || /^0+$/.test(written) || !standsAsRate(text, start, end, written.includes('.'))) return;
  const number = written.slice(0, -2);
  // 10000 → 100%; a decimal keeps its point (97.500 → 97.5%). `10000.8000` is two figures run together: no reading.
  if (number.includes('.') && number.split('.')[0].endsWith('00')) report(ctx, 'percentZerosUnread', start, end, written);
  else report(ctx, 'percentZeros', start, end, written, `${number}%`);
}

function standsAsRate(text: string, start: number, end: number, decimal: boolean): boolean {
  const after = text.charCodeAt(end);
  const before = text.charCodeAt(start - 1);
  if (isAsciiLetterCode(after) || isDigitCode(after) || after === 0x25 || after === 0xff05 || after === 0x2e || isAsciiLetterCode(before)) return false;
  if (PERCENT_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PERCENT_AFTER.test(text.slice(end, end + 12))) return true;
  if (YEAR_SPAN_AFTER.test(text.slice(end, end + 6))) return false;
  if (NOT_A_RATE_BEFORE[before] === 1) return false;
  if (BOUNDS_AFTER.some((w) => text.startsWith(w, end))) return true;
  if (isHanCode(after) && UNIT_STARTS[after] === 1) return false;
  let i = start - 1;
  while (i >= 0 && start - i <= RATE_REACH && isHanCode(text.charCodeAt(i))) i--;
  const words = text.slice(i + 1, start);
  const has = (list: readonly string[]) => list.some((w) => words.includes(w));
  if (decimal && !has(COEFFICIENT_WORDS)) return true;
  if ((has(RATE_WORDS) && !has(NOT_RATE_WORDS)) || isShareOfBase(text, start)) return true;
  // Before any other Han character the figure ends no phrase, and a comparison or a change before it may be of a count.
  if (isHanCode(after) && ITEM_ENDS[after] !== 1) return false;
  return has(COMPARISONS) || (has(GROWTH_WORDS) && !/[到至为]$/.test(words)) || parallelsPercentage(text, start, end);
}

/** `的` before the figure and a proportion's lead earlier in its clause, or a lead right before it. */
function isShareOfBase(text: string, start: number): boolean {
  if (SHARE_LEADS.some((w) => text.endsWith(w, start))) return true;
  if (text.charCodeAt(start - 1) !== 0x7684 /* 的 */) return false;
  let i = start - 2;
  while (i >= 0 && start - i <= CLAUSE_REACH && CLAUSE_MARKS[text.charCodeAt(i)] !== 1) i--;
  const clause = text.slice(i + 1, start - 1);
  return PROPORTION_LEADS.some((w) => clause.includes(w));
}

/**
 * A percentage of the same sentence after the same two characters (`超过20%`, `超过3000`), or alone in
 * the same brackets (`（60%）`, `（2000）`): the figure is the same kind of item, a rate.
 */
function parallelsPercentage(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  const close = text[end];
  const enclosed = BRACKETS[open] !== undefined && BRACKETS[open] === close;
  const lead = text.slice(start - 2, start);
  if (!enclosed && !/[\u4e00-\u9fff]/.test(lead)) return false;
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && SENTENCE_MARKS[text.charCodeAt(from - 1)] !== 1) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && SENTENCE_MARKS[text.charCodeAt(to)] !== 1) to++;
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(/(?<![0-9.])[0-9]+(?:\.[0-9]+)?[%％]/g)) {
    const at = from + m.index;
    if (enclosed ? text[at - 1] === open && text[at + m[0].length] === close : text.slice(at - 2, at) === lead) return true;
  }
  return false;
}

/** A run of figure characters from `start`: its digits and look-alikes, a garbled % after its last digit, a lost % as 00. */
function figureRun(text: string, start: number, ctx: RuleContext): number {
  let end = start;
  while (end < text.length && FIGURE_CHARS[text.charCodeAt(end)] === 1) end++;
  let lastDigit = end;
  while (lastDigit > start && !isDigitCode(text.charCodeAt(lastDigit - 1))) lastDigit--;
  if (lastDigit > start) {
    const sign = slashedPercent(text, lastDigit, ctx);
    if (sign >= 0) {
      figure(text, start, lastDigit, ctx);
      return sign;
    }
    percentAsZeros(text, start, lastDigit, ctx);
  }
  figure(text, start, end, ctx);
  return end;
}

export const residueOcrConfusion: Rule = {
  id: 'residue-ocr-confusion',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '扫描识别（OCR）错误：数字、百分号、括号或汉字被识别成字母或符号（如“In类”应为“Ⅲ类”，“2O19年”应为“2019年”，“15°/o”“率达到7000”中的百分号，汉字间的“|”“}”“I”）。',
  descriptionEn: 'OCR confusions: digits, percent signs, brackets or Han characters read as letters or marks (In类, 2O19年, 15°/o, 7000 for 70%, 加强I作).',
  fixable: false,
  scope: 'paragraph',
  messages: {
    roman: '疑似扫描识别错误：“{written}”中的罗马数字被识别成了字母，应为“{right}”。请核对原件。',
    digits: '疑似扫描识别错误：数字“{written}”中混有字母，应为“{right}”。请核对原件。',
    percent: '疑似扫描识别错误：数字后的“{written}”是识别错的百分号，应为“{right}”。请核对原件。',
    percentZeros: '疑似扫描识别错误：比率“{written}”没有单位，可能是百分号被识别成了“00”（应为“{right}”）。请核对原件。',
    percentZerosUnread: '疑似扫描识别错误：比率“{written}”没有单位，可能是百分号被识别成了“00”。请核对原件。',
    bracket: '疑似扫描识别错误：中文文本中的“{written}”应为“{right}”。请核对原件。',
    stroke: '疑似扫描识别错误：汉字之间的“{written}”不是中文正文中的字符，可能是识别错的笔画、汉字或标点。请核对原件。',
    capital: '疑似扫描识别错误：汉字之间的字母“{written}”可能是识别错的汉字（如“I”为“工”，“O”为“口”）。请核对原件。',
  },
  messagesEn: {
    roman: 'Probable scanning error: the Roman numeral in “{written}” was read as letters; it should be “{right}”. Check the original.',
    digits: 'Probable scanning error: the number “{written}” contains letters; it should be “{right}”. Check the original.',
    percent: 'Probable scanning error: “{written}” after the number is a misread percent sign; it should be “{right}”. Check the original.',
    percentZeros: 'Probable scanning error: the ratio “{written}” has no unit; the percent sign may have been read as “00” (it should be “{right}”). Check the original.',
    percentZerosUnread: 'Probable scanning error: the ratio “{written}” has no unit; the percent sign may have been read as “00”. Check the original.',
    bracket: 'Probable scanning error: “{written}” in Chinese text should be “{right}”. Check the original.',
    stroke: 'Probable scanning error: “{written}” between Chinese characters is no character of Chinese body text; it may be a misread stroke, character or punctuation mark. Check the original.',
    capital: 'Probable scanning error: the letter “{written}” between Chinese characters may be a misread character (“I” for “工”, “O” for “口”). Check the original.',
  },
  check(doc, ctx) {
    const text = doc.text;
    romanNumerals(text, ctx);
    // One pass for the rest: figures, signs after them, and marks or capitals between Han characters. The
    // regex engine finds the few characters any of them starts with (Chinese text holds few ASCII letters and digits).
    const starts = new RegExp(STARTS.source, 'g');
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
      const i = m.index;
      const c = text.charCodeAt(i);
      if (isDigitCode(c) && FIGURE_CHARS[text.charCodeAt(i - 1)] !== 1) {
        starts.lastIndex = figureRun(text, i, ctx);
        continue;
      }
      if (FIGURE_CHARS[c] === 1 && FIGURE_CHARS[text.charCodeAt(i - 1)] !== 1) {
        // A run that opens with a look-alike letter (`IO0%`, `Z022年`, `I日`) may still be a figure.
        let end = i;
        while (end < text.length && FIGURE_CHARS[text.charCodeAt(end)] === 1) end++;
        if (/[0-9]/.test(text.slice(i, end)) || isDatePart(text, i, end)) {
          starts.lastIndex = figureRun(text, i, ctx);
          continue;
        }
      }
      if (c === 0x7d /* } */ || c === 0x7b /* { */) {
        // A bracket read as a brace: Han text on one side, Chinese text on the other (`（一}`, `工作}，`).
        const before = text.charCodeAt(i - 1);
        const after = text.charCodeAt(i + 1);
        if ((isHanCode(before) && isChineseContextCode(after)) || (isChineseContextCode(before) && isHanCode(after))) report(ctx, 'bracket', i, i + 1, text[i], c === 0x7d ? '）' : '（');
        continue;
      }
      if (!isHanCode(text.charCodeAt(i - 1)) || !isHanCode(text.charCodeAt(i + 1))) continue;
      if (c === 0x7c /* | */) report(ctx, 'stroke', i, i + 1, '|');
      else if (STROKE_CAPITALS[c] === 1 && TERM_AFTER[text.charCodeAt(i + 1)] !== 1 && TERM_BEFORE[text.charCodeAt(i - 1)] !== 1) {
        // The O of a year in Chinese numerals (`二O一一年`) stands for 〇, not for a misread 口: number-chinese-zero
        // reports it, with the year's right form.
        if (c === 0x4f && insideChineseYear(text, i)) continue;
        report(ctx, 'capital', i, i + 1, text[i]);
      }
    }
  },
};
