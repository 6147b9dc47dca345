import type { Rule } from '../rule';
import { excerpt } from '../hygiene';
import { quoteFormItems } from './quoteForms';
import { fixTitle } from '../fixTitles';

/** Each quotation in the wrong form on its own: off by default (the summary rule covers them), for users who want each one marked. */
export const punctuationQuoteFormEach: Rule = {
  id: 'punctuation-quote-form-each',
  category: 'punctuation',
  defaultSeverity: 'hint',
  offByDefault: true,
  description: '逐处标出写法不规范的引号（英文直引号、中英文引号混配、直角引号、双撇号〝〞；默认关闭，需要时在设置中开启）。',
  descriptionEn: 'Each quotation in the wrong form (off by default; switch on in settings).',
  fixable: true,
  scope: 'paragraph',
  messages: {
    straight: '引号写法不规范：{written}用了英文直引号，中文文本应为{right}（GB/T 15834—2011 4.8）。',
    mixed: '引号不配对：{written}以中文引号和英文直引号配对，应为{right}（GB/T 15834—2011 4.8）。',
    corner: '引号写法不规范：{written}用了直角引号，横排中文文本应为{right}（GB/T 15834—2011 4.8）。',
    prime: '引号写法不规范：{written}用了双撇号〝〞（文字转换时常见），中文文本应为{right}（GB/T 15834—2011 4.8）。',
  },
  messagesEn: {
    straight: 'Quotation marks not written the Chinese way: {written} uses straight English quotes; Chinese text uses {right} (GB/T 15834—2011 4.8).',
    mixed: 'Unpaired quotation marks: {written} pairs a Chinese quotation mark with a straight English one; write {right} (GB/T 15834—2011 4.8).',
    corner: 'Quotation marks not written the Chinese way: {written} uses corner brackets; horizontal Chinese text uses {right} (GB/T 15834—2011 4.8).',
    prime: 'Quotation marks not written the Chinese way: {written} uses double primes 〝〞 (common after a text conversion); Chinese text uses {right} (GB/T 15834—2011 4.8).',
  },
  check(doc, ctx) {
    const text = doc.text;
    for (const item of quoteFormItems(doc)) {
      let right = '';
      let at = item.start;
      for (const e of item.edits) {
        right += text.slice(at, e.start) + e.newText;
        at = e.end;
      }
      right += text.slice(at, item.end);
      const first = item.edits[0];
      ctx.report({
        messageId: item.kind,
        data: { written: excerpt(text, item.start, item.end, 24), right: excerpt(right, 0, right.length, 24) },
        start: first.start,
        end: first.end,
        fixes: [{ ...fixTitle('replaceShown', { text: excerpt(right, 0, right.length, 12) }), edits: item.edits, safe: true }],
      });
    }
  },
};
