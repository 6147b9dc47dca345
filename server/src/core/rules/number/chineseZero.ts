import type { Rule } from '../rule';
import { offsetsOf } from '../hygiene';
import { fixTitle } from '../fixTitles';
import { charCodeTable } from '../../text/chars';

/**
 * A year in Chinese numerals written with 零, the circle ○ (U+25CB), a letter O or a digit 0 for the
 * numeral 〇: `二零二四年`, `二○二四年`, `二0二四年`. A year is a number used to name, not to count, so its
 * zero is 〇 (GB/T 15835—2011 5.2.5: “公元2012(年)” is written 二〇一二, not 二零一二). The fix writes 〇.
 */
const DIGIT_CODES = charCodeTable('〇零○ＯOo0一二三四五六七八九');
const WRONG_ZERO = /[零○ＯOo0]/g;
const HAN_DIGIT = /[〇一二三四五六七八九]/;

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
  },
  messagesEn: {
    zero: '“{zero}” in the year “{written}” should be “〇”: a year is a code, and its zero is written “〇” (GB/T 15835—2011 5.2.5); write “{right}”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    // From each 年 back over four numerals: a year of four, not part of a longer run.
    for (const at of offsetsOf(doc, '年')) {
      const start = at - 4;
      if (start < 0 || DIGIT_CODES[text.charCodeAt(start - 1)] === 1) continue;
      // Character codes first: 年 is frequent, and most four characters before it are no numerals.
      let numerals = true;
      for (let i = start; i < at && numerals; i++) numerals = DIGIT_CODES[text.charCodeAt(i)] === 1;
      if (!numerals) continue;
      const written = text.slice(start, at);
      const zeros = written.match(WRONG_ZERO);
      // A year in Han numerals opens with one (二○○○年); `20O0年` is an Arabic year (the OCR rule's).
      if (!zeros || !HAN_DIGIT.test(written[0]) || written[0] === '〇') continue;
      const right = written.replace(WRONG_ZERO, '〇');
      ctx.report({
        messageId: 'zero', data: { written: written + '年', zero: [...new Set(zeros)].join('”“'), right: right + '年' }, start, end: at,
        fixes: [{ ...fixTitle('replace', { text: `${right}年` }), edits: [{ start, end: at, newText: right }], safe: true }],
      });
    }
  },
};
