import type { Rule } from '../rule';
import { offsetsOf } from '../hygiene';
import { fixTitle } from '../fixTitles';
import { charCodeTable } from '../../text/chars';

/**
 * A year in Chinese numerals written with 零, the circle ○ (U+25CB), a letter O or a digit 0 for the
 * numeral 〇: `二零二四年`, `二○二四年`, `二0二四年`. A year is a number used to name, not to count, so its
 * zero is 〇 (GB/T 15835—2011 5.2.5: “公元2012(年)” is written 二〇一二, not 二零一二). The fix writes 〇.
 * A converter that set the Arabic 0 or the letter O off with spaces (`二 0 一二年`, `二 O 一一 年`: Word and PDF
 * exports space out characters of another script) leaves the same year with blanks in it: the fix writes it
 * whole. A spaced year with the right 〇 (`二 〇 一二年`) is no wrong zero and is left alone.
 */
const DIGIT_CODES = charCodeTable('〇零○ＯOo0一二三四五六七八九');
const WRONG_ZERO = /[零○ＯOo0]/g;
const HAN_DIGIT = /[〇一二三四五六七八九]/;
/** Blanks a converter leaves around a numeral of another script: a space, a tab, an ideographic or no-break space. */
const BLANK = charCodeTable(' \t\u3000\u00a0');
/** At most this many blanks between two numerals of a year (or before 年). */
const MAX_BLANKS = 2;

/** The start of a year of four numerals ending before `at` (blanks allowed between them), or -1. */
function yearStart(text: string, at: number): number {
  let i = at;
  for (let n = 0; n < 4; n++) {
    let blanks = 0;
    while (blanks < MAX_BLANKS && BLANK[text.charCodeAt(i - 1)] === 1) { i--; blanks++; }
    if (DIGIT_CODES[text.charCodeAt(i - 1)] !== 1) return -1;
    i--;
  }
  return i;
}

/** A numeral right before `start`, or after a few blanks: the four are part of a longer run (a table of figures). */
function longerRun(text: string, start: number): boolean {
  let i = start;
  while (i > start - MAX_BLANKS && BLANK[text.charCodeAt(i - 1)] === 1) i--;
  return DIGIT_CODES[text.charCodeAt(i - 1)] === 1;
}

export const numberChineseZero: Rule = {
  id: 'number-chinese-zero',
  category: 'number',
  defaultSeverity: 'warning',
  description: '汉字年份中的“零”“○”应写作“〇”（如“二零二四年”应为“二〇二四年”）（GB/T 15835—2011 5.2.5）。',
  descriptionEn: 'A year in Chinese numerals with 零 or ○ for 〇 (二零二四年 for 二〇二四年).',
  fixable: true,
  scope: 'paragraph',
  messages: {
    zero: '年份“{written}”中的“{zero}”应写作“〇”：年份是编号，其中的零写作“〇”（GB/T 15835—2011 5.2.5），应为“{right}”。',
    zeroSpaced: '年份“{written}”中的“{zero}”应写作“〇”，数字间的空格应删去：年份是编号，其中的零写作“〇”（GB/T 15835—2011 5.2.5），应为“{right}”。',
  },
  messagesEn: {
    zero: '“{zero}” in the year “{written}” should be “〇”: a year is a code, and its zero is written “〇” (GB/T 15835—2011 5.2.5); write “{right}”.',
    zeroSpaced: '“{zero}” in the year “{written}” should be “〇”, and the spaces in it go: a year is a code, and its zero is written “〇” (GB/T 15835—2011 5.2.5); write “{right}”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    // From each 年 back over four numerals (blanks between them allowed): a year of four, not part of a longer run.
    for (const at of offsetsOf(doc, '年')) {
      // Character codes first: 年 is frequent, and most characters before it are no numerals.
      const last = text.charCodeAt(at - 1);
      if (DIGIT_CODES[last] !== 1 && BLANK[last] !== 1) continue;
      const start = yearStart(text, at);
      if (start < 0 || longerRun(text, start)) continue;
      const spanned = text.slice(start, at);
      const written = [...spanned].filter((c) => BLANK[c.charCodeAt(0)] !== 1).join('');
      const zeros = written.match(WRONG_ZERO);
      // A year in Han numerals opens with one (二○○○年); `20O0年` is an Arabic year (the OCR rule's).
      if (!zeros || !HAN_DIGIT.test(written[0]) || written[0] === '〇') continue;
      const right = written.replace(WRONG_ZERO, '〇');
      // Blanks before 年 belong to the year too: the fix writes it whole.
      let end = at;
      while (end > start && BLANK[text.charCodeAt(end - 1)] === 1) end--;
      const spaced = written.length !== spanned.length;
      ctx.report({
        messageId: spaced ? 'zeroSpaced' : 'zero', data: { written: spanned + '年', zero: [...new Set(zeros)].join('”“'), right: right + '年' }, start, end,
        fixes: [{ ...fixTitle('replace', { text: `${right}年` }), edits: [{ start, end: at, newText: right }], safe: true }],
      });
    }
  },
};
