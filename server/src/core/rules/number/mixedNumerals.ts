import type { Rule } from '../rule';
import type { PolicyDocument } from '../../model/document';
import { formatChineseNumeral, parseChineseNumeral } from '../../parser/numerals';
import { offsetsOf } from '../hygiene';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';
import { elementsOf } from '../../model/frame';

/**
 * The same kind of figure written in Chinese numerals in one place and Arabic in another
 * (`二〇二一年` / `2021年`, `百分之三十` / `30%`, `十月一日` / `10月1日`). GB/T 15835—2011 4.3:
 * figures of one kind in one text take one form. The minority form is reported.
 */
interface Kind {
  readonly name: string;
  /** A literal every Chinese form contains, searched with indexOf (a character-class regex is slow on a long text). */
  readonly anchor: string;
  /** The Chinese form around an anchor at `at`, matched sticky from a few characters before it. */
  readonly chinese: RegExp;
  readonly lookBack: number;
  /** The Arabic occurrences in text order. */
  arabic(doc: PolicyDocument): Occurrence[];
  /** The Arabic form of a Chinese occurrence, if it converts cleanly. */
  toArabic(s: string): string | undefined;
  toChinese(s: string): string | undefined;
}

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly written: string;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * `2021年` (19xx/20xx, no digit before), found from each 年 with `indexOf`: a regular expression
 * with a look-behind is tried at every position of the text.
 */
function arabicYears(doc: PolicyDocument): Occurrence[] {
  const text = doc.text;
  const out: Occurrence[] = [];
  for (const at of offsetsOf(doc, '年')) {
    const start = at - 4;
    if (start < 0 || isDigitCode(text.charCodeAt(start - 1))) continue;
    const century = text.charCodeAt(start) * 0x100 + text.charCodeAt(start + 1);
    if (century !== 0x3139 && century !== 0x3230) continue;
    if (!isDigitCode(text.charCodeAt(start + 2)) || !isDigitCode(text.charCodeAt(start + 3))) continue;
    out.push({ start, end: at + 1, written: text.slice(start, at + 1) });
  }
  return out;
}

const PERCENT_FIGURE = /^[0-9]+(?:\.[0-9]+)?$/;

/** `30%`, `2.5％` (no digit or point before), found from each percent sign. */
function arabicPercentages(doc: PolicyDocument): Occurrence[] {
  const text = doc.text;
  const signs = [...offsetsOf(doc, '%'), ...offsetsOf(doc, '％')].sort((a, b) => a - b);
  const out: Occurrence[] = [];
  for (const sign of signs) {
    let start = sign;
    for (let c = text.charCodeAt(start - 1); isDigitCode(c) || c === 0x2e; c = text.charCodeAt(start - 1)) start--;
    if (start < sign && PERCENT_FIGURE.test(text.slice(start, sign))) out.push({ start, end: sign + 1, written: text.slice(start, sign + 1) });
  }
  return out;
}

/** `10月1日` (one or two digits each, no digit before), found from each 月. */
function arabicDates(doc: PolicyDocument): Occurrence[] {
  const text = doc.text;
  const out: Occurrence[] = [];
  for (const month of offsetsOf(doc, '月')) {
    let start = month;
    while (isDigitCode(text.charCodeAt(start - 1))) start--;
    if (start === month || month - start > 2) continue;
    let dayEnd = month + 1;
    while (isDigitCode(text.charCodeAt(dayEnd))) dayEnd++;
    if (dayEnd === month + 1 || dayEnd - month - 1 > 2 || text.charCodeAt(dayEnd) !== 0x65e5) continue;
    out.push({ start, end: dayEnd + 1, written: text.slice(start, dayEnd + 1) });
  }
  return out;
}

const POSITIONAL = '〇一二三四五六七八九';

const KINDS: readonly Kind[] = [
  {
    name: '年份',
    anchor: '年',
    chinese: /[〇零一二三四五六七八九]{4}年/y,
    lookBack: 4,
    arabic: arabicYears,
    toArabic: (s) => s.slice(0, 4).replace(/[〇零一二三四五六七八九]/g, (c) => String(c === '零' ? 0 : POSITIONAL.indexOf(c))) + '年',
    toChinese: (s) => s.slice(0, 4).replace(/[0-9]/g, (d) => POSITIONAL[Number(d)]) + '年',
  },
  {
    name: '百分数',
    anchor: '百分之',
    chinese: /百分之[一二三四五六七八九十百零]+/y,
    lookBack: 0,
    arabic: arabicPercentages,
    toArabic: (s) => {
      const n = parseChineseNumeral(s.slice(3));
      return Number.isNaN(n) ? undefined : `${n}%`;
    },
    toChinese: (s) => {
      const n = Number(s.slice(0, -1));
      return Number.isInteger(n) && n <= 100 ? `百分之${formatChineseNumeral(n)}` : undefined;
    },
  },
  {
    name: '月日',
    anchor: '月',
    chinese: /(?:十[一二]|[一二三四五六七八九十])月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日/y,
    lookBack: 2,
    arabic: arabicDates,
    toArabic: (s) => {
      const [month, day] = s.slice(0, -1).split('月');
      const mm = parseChineseNumeral(month);
      const dd = parseChineseNumeral(day);
      return Number.isNaN(mm) || Number.isNaN(dd) ? undefined : `${mm}月${dd}日`;
    },
    toChinese: (s) => {
      const [month, day] = s.slice(0, -1).split('月');
      return `${formatChineseNumeral(Number(month))}月${formatChineseNumeral(Number(day))}日`;
    },
  },
];

/** `到二〇三五年`, `二〇五〇年` are fixed formulations of the national goals (4.2.3), written so in the plans themselves. */
const FIXED = new Set(['二〇三五年', '二〇五〇年']);
const CHINESE_DIGIT = /[〇零一二三四五六七八九十]/;

/** A formulation of the national goals spans a few characters around its fixed year (`从二〇二〇年到二〇三五年`). */
const FORMULATION_REACH = 8;

/** Part of a longer numeral (`二十一月`) or a fixed formulation (the year itself, or a year in its phrase): not a figure of this kind. */
function standalone(text: string, start: number, written: string): boolean {
  if (FIXED.has(written) || (CHINESE_DIGIT.test(text[start - 1] ?? '') && CHINESE_DIGIT.test(written[0]))) return false;
  const around = text.slice(Math.max(0, start - FORMULATION_REACH), start + written.length + FORMULATION_REACH);
  return ![...FIXED].some((year) => around.includes(year));
}

/** Every Chinese form starts with one of these: other start positions are not tried. */
const CHINESE_FORM_START: ReadonlySet<number> = new Set([...'〇零一二三四五六七八九十百'].map((c) => c.charCodeAt(0)));

function chineseOccurrences(kind: Kind, doc: PolicyDocument): Occurrence[] {
  const text = doc.text;
  const out: Occurrence[] = [];
  let lastEnd = 0;
  for (const at of offsetsOf(doc, kind.anchor)) {
    // The form may start up to lookBack characters before the anchor (`十二月` before 月).
    for (let start = Math.max(lastEnd, at - kind.lookBack); start <= at; start++) {
      if (!CHINESE_FORM_START.has(text.charCodeAt(start))) continue;
      kind.chinese.lastIndex = start;
      const m = kind.chinese.exec(text);
      if (!m) continue;
      if (standalone(text, start, m[0])) out.push({ start, end: start + m[0].length, written: m[0] });
      lastEnd = start + m[0].length;
      break;
    }
  }
  return out;
}

/**
 * The 成文日期 and the print line's date: their form is element-date's (in Chinese numerals before GB/T 9704—2012,
 * as GB/T 9704—1999 had it; reported there after it), so a 落款 `二〇〇九年八月三十日` over a body's `2012年` is not a mix.
 */
function frameDateSpans(doc: PolicyDocument): readonly { readonly start: number; readonly end: number }[] {
  return [...elementsOf(doc.frame, 'date'), ...elementsOf(doc.frame, 'print-line')];
}

export const numberMixedNumerals: Rule = {
  id: 'number-mixed-numerals',
  category: 'number',
  defaultSeverity: 'information',
  description: '同类数字汉字、阿拉伯数字混用（如“二〇二一年”与“2021年”并存）（GB/T 15835—2011 4.3 同类别同形式）。',
  descriptionEn: 'Figures of one kind written both in Chinese and in Arabic numerals in one document.',
  fixable: false,
  messages: {
    mixed: '{kind}写法不统一：此处为“{written}”，文中另有 {count} 处用{otherForm}（如“{other}”）。同类数字应统一形式（GB/T 15835—2011 4.3）。',
  },
  messagesEn: {
    mixed: 'Numbers of one kind written two ways: “{written}” here, while {count} others in the text are written like “{other}”. Write numbers of one kind the same way (GB/T 15835—2011 4.3).',
  },
  check(doc, ctx) {
    const frameDates = frameDateSpans(doc);
    for (const kind of KINDS) {
      const chinese = chineseOccurrences(kind, doc).filter((o) => !frameDates.some((d) => o.start >= d.start && o.end <= d.end));
      if (chinese.length === 0) continue;
      const arabic = kind.arabic(doc);
      if (arabic.length === 0) continue;
      // Ties go to Arabic numerals, the usual form for statistics in official documents.
      const reportChinese = chinese.length <= arabic.length;
      const minority = reportChinese ? chinese : arabic;
      const majority = reportChinese ? arabic : chinese;
      // Worded once per written form (its shared data is then also filled into the message once).
      const otherSpan = [related(majority[0].start, majority[0].end, 'otherForm', { text: majority[0].written })];
      const worded = new Map<string, { readonly data: Readonly<Record<string, string | number>>; readonly converted: string | undefined; readonly title: ReturnType<typeof fixTitle> | undefined }>();
      for (const o of minority) {
        let w = worded.get(o.written);
        if (!w) {
          const converted = reportChinese ? kind.toArabic(o.written) : kind.toChinese(o.written);
          w = {
            data: { kind: kind.name, written: o.written, count: majority.length, otherForm: reportChinese ? '阿拉伯数字' : '汉字数字', other: majority[0].written },
            converted,
            title: converted ? fixTitle('replace', { text: converted }) : undefined,
          };
          worded.set(o.written, w);
        }
        const { converted, title } = w;
        ctx.report({
          messageId: 'mixed',
          data: w.data,
          start: o.start,
          end: o.end,
          fixes: converted && title ? [{ title: title.title, titleId: title.titleId, titleData: title.titleData, edits: [{ start: o.start, end: o.end, newText: converted }], safe: false }] : [],
          related: otherSpan,
        });
      }
    }
  },
};
