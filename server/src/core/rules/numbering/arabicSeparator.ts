import type { Rule } from '../rule';
import { fixTitle } from '../fixTitles';

export const numberingArabicSeparator: Rule = {
  id: 'numbering-arabic-separator',
  category: 'numbering',
  defaultSeverity: 'hint',
  description: '阿拉伯数字序号后应用下脚点“1.”，不用顿号“1、”（GB/T 15834—2011 附录 B.3）。',
  descriptionEn: 'An arabic heading number takes a point (1.), not 、.',
  fixable: true,
  messages: {
    point: '阿拉伯数字序号“{marker}”后应用下脚点，写作“{fixed}”（GB/T 15834—2011 B.3）。',
  },
  messagesEn: {
    point: 'An Arabic numeral “{marker}” used as a number is followed by a full stop point: write “{fixed}” (GB/T 15834—2011 B.3).',
  },
  check(doc, ctx) {
    // Headings, and the items of a 附件说明 (`附件：1、…`), in text order.
    const markers = [...doc.headings.map((h) => h.marker), ...doc.frame.attachmentList.map((i) => i.marker)]
      .filter((m) => m !== undefined).sort((a, b) => a.start - b.start);
    for (const m of markers) {
      if (m.scheme !== 'arabic' || m.separator !== '、') continue;
      const fixed = doc.text.slice(m.start, m.numeralEnd) + '.';
      ctx.report({
        messageId: 'point', data: { marker: m.text, fixed }, start: m.start, end: m.end,
        fixes: [{ ...fixTitle('replace', { text: fixed }), edits: [{ start: m.numeralEnd, end: m.end, newText: '.' }], safe: true }],
      });
    }
  },
};
