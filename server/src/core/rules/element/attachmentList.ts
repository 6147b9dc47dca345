import type { Rule } from '../rule';
import { fixTitle } from '../fixTitles';

const TRAILING_PUNCTUATION = /^[ \u3000]*([。．.，,；;、：:]+)/;

export const elementAttachmentList: Rule = {
  id: 'element-attachment-list',
  category: 'element',
  defaultSeverity: 'warning',
  description: '附件说明写法不当：多个附件用阿拉伯数字标注顺序号（“附件：1.××××”），顺序号连续；附件名称后不加标点符号；只有一个附件时不编顺序号（GB/T 9704—2012 7.3.4）。序号后的“1、”由 numbering-arabic-separator 报告。',
  descriptionEn: 'Attachment list: numbered 1. 2. … in order, no punctuation after a title, a single attachment unnumbered (GB/T 9704—2012 7.3.4).',
  fixable: true,
  messages: {
    trailing: '附件名称“{title}”后不加标点符号，删去“{mark}”（GB/T 9704—2012 7.3.4）。',
    single: '只有一个附件时不编顺序号：写作“附件：{title}”。',
    unnumbered: '有多个附件时，应使用阿拉伯数字标注附件顺序号，如“{expected}.{title}”（GB/T 9704—2012 7.3.4）。',
    sequence: '附件说明的顺序号不连续：此处应为“{expected}.”，实为“{number}”。',
  },
  messagesEn: {
    trailing: 'No punctuation after the attachment\'s name “{title}”: delete “{mark}” (GB/T 9704—2012 7.3.4).',
    single: 'A single attachment has no number: write “附件：{title}”.',
    unnumbered: 'Several attachments are numbered in Arabic numerals, as in “{expected}.{title}” (GB/T 9704—2012 7.3.4).',
    sequence: 'The attachment list\'s numbers are not continuous: “{expected}.” is expected here, not “{number}”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const items = doc.frame.attachmentList;
    items.forEach((item, i) => {
      // `number` is read from any marker; `marker` is kept for arabic ones (`1.`, `1、`), which carry the range.
      const marker = item.marker;
      const title = item.title;
      if (items.length === 1) {
        if (marker) ctx.report({ messageId: 'single', data: { title }, start: marker.start, end: marker.end, fixes: [{ ...fixTitle('removeNumber'), edits: [{ start: marker.start, end: item.titleStart, newText: '' }], safe: false }] });
      } else if (item.number === undefined) {
        ctx.report({ messageId: 'unnumbered', data: { expected: i + 1, title }, start: item.titleStart, end: item.titleEnd });
      } else if (marker && item.number !== i + 1) {
        ctx.report({
          messageId: 'sequence', data: { expected: i + 1, number: item.number }, start: marker.start, end: marker.end,
          fixes: [{ ...fixTitle('replace', { text: `${i + 1}.` }), edits: [{ start: marker.start, end: marker.end, newText: `${i + 1}.` }], safe: false }],
        });
      }
      // The item ends with its title: what a writer put after it is the text up to the line end.
      const after = TRAILING_PUNCTUATION.exec(text.slice(item.titleEnd, doc.lines.lineContentEnd(doc.lines.lineOf(item.titleEnd))));
      if (after) {
        const at = item.titleEnd + after.index + after[0].length - after[1].length;
        ctx.report({
          messageId: 'trailing', data: { title, mark: after[1] }, start: at, end: at + after[1].length,
          fixes: [{ ...fixTitle('remove', { text: after[1] }), edits: [{ start: at, end: at + after[1].length, newText: '' }], safe: true }],
        });
      }
    });
  },
};
