import type { Rule } from '../rule';
import type { TextEdit } from '../../model/findings';
import { KIND_NAME, KIND_NAME_EN, QuoteFormKind, quoteFormItems } from './quoteForms';
import { fixTitle } from '../fixTitles';

/**
 * One finding per document for quotations in the wrong form (`"十四五"`, `“蒙速办"`, `「…」`): a draft
 * pasted from elsewhere has them throughout (the 包头 notice closes 71 quotations with `"`), and one
 * summary with a fix-all serves the writer better than 71 rows. Per-quotation findings are the rule
 * `punctuation-quote-form-each` (off unless switched on).
 */
export const punctuationQuoteForm: Rule = {
  id: 'punctuation-quote-form',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '引号写法不规范：英文直引号"…"、中英文引号混配“…"、直角引号「」『』、双撇号〝〞，全文汇总为一条提示，可一键全部改为中文引号“”‘’（GB/T 15834—2011 4.8）。',
  descriptionEn: 'Quotations in the wrong form (straight "…", “…", corner 「」, double primes 〝〞): one summary finding per document with a convert-all fix.',
  fixable: true,
  messages: {
    summary: '引号写法不规范：文中有 {count} 处引号不是中文引号（{detail}），此处为第一处。横排中文文本用双引号“”，引号内再用引号时用单引号‘’（GB/T 15834—2011 4.8）。可一键全部改为中文引号。',
  },
  messagesEn: {
    summary: 'Quotation marks not written the Chinese way: {count} quotation marks in the text are not Chinese quotation marks ({detailEn}); this is the first. Horizontal Chinese text uses double marks “”, and single marks ‘’ for quotes inside quotes (GB/T 15834—2011 4.8). Change them all with one fix.',
  },
  check(doc, ctx) {
    const items = quoteFormItems(doc);
    if (items.length === 0) return;
    const counts = new Map<QuoteFormKind, number>();
    for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const detail = sorted.map(([kind, n]) => `${KIND_NAME[kind]} ${n} 处`).join('、');
    const detailEn = sorted.map(([kind, n]) => `${KIND_NAME_EN[kind]} ${n}`).join(', ');
    const first = items[0];
    let edits: TextEdit[] | undefined;
    ctx.report({
      messageId: 'summary',
      data: { count: items.length, detail, detailEn },
      start: first.edits[0].start,
      end: first.edits[0].end,
      fixes: [{
        ...fixTitle('convertAllQuotes'),
        // Built when the fix is used: a pasted draft can hold thousands of quotations.
        get edits(): TextEdit[] {
          edits ??= items.flatMap((item) => item.edits);
          return edits;
        },
        safe: true,
      }],
    });
  },
};
