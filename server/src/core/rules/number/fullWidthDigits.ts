import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';
import { fixTitle } from '../fixTitles';

/**
 * Full-width digits (`２０２４年`, `３．５％`): a Chinese input method left in full-width mode. Official
 * text writes Arabic numerals half-width; the fix converts the run (a full-width point between digits
 * becomes `.`). Heading markers (`１．`) are the numbering rules'.
 */
const FULL_WIDTH = /[０-９]+(?:．[０-９]+)?/g;

export const numberFullWidthDigits: Rule = {
  id: 'number-full-width-digits',
  category: 'number',
  defaultSeverity: 'warning',
  description: '阿拉伯数字写成了全角（如“２０２４年”应为“2024年”），应使用半角数字（参见 GB/T 15835—2011）。',
  descriptionEn: 'Arabic numerals in full-width form (２０２４ for 2024).',
  fixable: true,
  scope: 'paragraph',
  messages: {
    fullWidth: '全角数字“{written}”应写作半角“{right}”：阿拉伯数字使用半角形式（参见 GB/T 15835—2011）。',
  },
  messagesEn: {
    fullWidth: 'Full-width digits “{written}” should be half-width “{right}”: Arabic numerals are written half-width (see GB/T 15835—2011).',
  },
  check(doc, ctx) {
    const text = doc.text;
    if (!/[０-９]/.test(text)) return;
    const isProtected = protectedSpans(doc).cursor();
    FULL_WIDTH.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FULL_WIDTH.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (isProtected(start, end)) continue;
      const right = m[0].replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      ctx.report({
        messageId: 'fullWidth', data: { written: m[0], right }, start, end,
        fixes: [{ ...fixTitle('replace', { text: right }), edits: [{ start, end, newText: right }], safe: true }],
      });
    }
  },
};
