import type { Rule } from '../rule';
import { offsetsOf } from '../hygiene';
import { fixTitle } from '../fixTitles';
import { chineseYearBefore, YEAR_BLANK_CODES, YEAR_NUMERAL_CODES } from '../../text/chineseYears';

/**
 * A year in Chinese numerals written with 零, the circle ○ (U+25CB), a letter O or a digit 0 for the
 * numeral 〇: `二零二四年`, `二○二四年`, `二0二四年`. A year is a number used to name, not to count, so its
 * zero is 〇 (GB/T 15835—2011 5.2.5: “公元2012(年)” is written 二〇一二, not 二零一二). The fix writes 〇.
 * A converter that set the Arabic 0 or the letter O off with spaces (`二 0 一二年`, `二 O 一一 年`: Word and PDF
 * exports space out characters of another script) leaves the same year with blanks in it: the fix writes it
 * whole. A spaced year with the right 〇 (`二 〇 一二年`) is no wrong zero and is left alone.
 */
const WRONG_ZERO = /[零○ＯOo0]/g;

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
      if (YEAR_NUMERAL_CODES[last] !== 1 && YEAR_BLANK_CODES[last] !== 1) continue;
      const year = chineseYearBefore(text, at);
      if (!year) continue;
      const { start, spanned, written } = year;
      const zeros = written.match(WRONG_ZERO);
      if (!zeros) continue;
      const right = written.replace(WRONG_ZERO, '〇');
      // Blanks before 年 belong to the year too: the fix writes it whole.
      let end = at;
      while (end > start && YEAR_BLANK_CODES[text.charCodeAt(end - 1)] === 1) end--;
      const spaced = written.length !== spanned.length;
      ctx.report({
        messageId: spaced ? 'zeroSpaced' : 'zero', data: { written: spanned + '年', zero: [...new Set(zeros)].join('”“'), right: right + '年' }, start, end,
        fixes: [{ ...fixTitle('replace', { text: `${right}年` }), edits: [{ start, end: at, newText: right }], safe: true }],
      });
    }
  },
};
