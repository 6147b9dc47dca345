import type { Rule } from '../rule';
import { fixTitle } from '../fixTitles';

export const numberingMarkerPunctuation: Rule = {
  id: 'numbering-marker-punctuation',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '序号后标点错误：“（一）、”“①、”多了顿号，“一.”应为“一、”，“三加强”缺少顿号，“一是，”不加逗号（GB/T 15834—2011 附录 B.3）。',
  descriptionEn: 'Wrong punctuation after a heading marker or an enumeration word.',
  fixable: true,
  messages: {
    extraMark: '序号后标点多余：“{marker}{mark}”中括号或圈码序号后不再加“{mark}”（GB/T 15834—2011 B.3）。请删除。',
    chineseSeparator: '序号后标点错误：汉字序号“{marker}”后应用顿号，写作“{expected}”（GB/T 15834—2011 B.3）。',
    missingSeparator: '序号后缺少顿号：汉字序号“{marker}”后应加顿号，写作“{expected}”（GB/T 15834—2011 B.3）。',
    enumerationComma: '“{item}”后不加逗号，直接接内容（GB/T 15834—2011 B.3）。请删除“{mark}”。',
  },
  messagesEn: {
    extraMark: 'Extra punctuation after a number: no “{mark}” follows a bracketed or circled number such as “{marker}{mark}” (GB/T 15834—2011 B.3). Delete it.',
    chineseSeparator: 'Wrong punctuation after a number: a Chinese numeral “{marker}” is followed by an enumeration comma, “{expected}” (GB/T 15834—2011 B.3).',
    missingSeparator: 'Missing punctuation after a number: a Chinese numeral “{marker}” is followed by an enumeration comma, “{expected}” (GB/T 15834—2011 B.3).',
    enumerationComma: 'No comma after “{item}”: the text follows directly (GB/T 15834—2011 B.3). Delete “{mark}”.',
  },
  check(doc, ctx) {
    for (const h of doc.headings) {
      const m = h.marker;
      if (!m) continue;
      if (m.trailing) {
        ctx.report({
          messageId: 'extraMark',
          data: { marker: m.text, mark: m.trailing.text },
          start: m.start,
          end: m.trailing.end,
          fixes: [{ ...fixTitle('delete', { text: m.trailing.text }), edits: [{ start: m.trailing.start, end: m.trailing.end, newText: '' }], safe: true }],
        });
      }
      if (m.scheme === 'chinese' && m.separator === '') {
        // `三加强…`, read as a heading only where the run expects it: the fix is offered, not applied by fix-all.
        const expected = `${m.text}、`;
        ctx.report({
          messageId: 'missingSeparator',
          data: { marker: m.text, expected },
          start: m.start,
          end: m.end,
          fixes: [{ ...fixTitle('replace', { text: expected }), edits: [{ start: m.start, end: m.end, newText: expected }], safe: false }],
        });
      } else if (m.scheme === 'chinese' && m.separator !== '、') {
        const expected = `${doc.text.slice(m.start, m.numeralEnd)}、`;
        ctx.report({
          messageId: 'chineseSeparator',
          data: { marker: m.text, expected },
          start: m.start,
          end: m.end,
          fixes: [{ ...fixTitle('replace', { text: expected }), edits: [{ start: m.numeralEnd, end: m.end, newText: '、' }], safe: true }],
        });
      }
    }
    for (const e of doc.enumerations) {
      if (e.style !== 'shi' && e.style !== 'yao') continue;
      for (const item of e.items) {
        const next = doc.text[item.end];
        if (next === '，' || next === ',') {
          ctx.report({
            messageId: 'enumerationComma',
            data: { item: item.text, mark: next },
            start: item.start,
            end: item.end + 1,
            fixes: [{ ...fixTitle('delete', { text: next }), edits: [{ start: item.end, end: item.end + 1, newText: '' }], safe: true }],
          });
        }
      }
    }
  },
};
