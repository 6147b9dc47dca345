import type { Rule } from '../rule';
import { whitelisted } from './lists';
import { draftDate } from './unitTerm';
import { fixTitle } from '../fixTitles';
import { retiredHits } from './scan';

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `“四位一体”总体布局` → `‘四位一体’总体布局`, to stand inside “…”. */
function inner(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

export const wordFormulationRetired: Rule = {
  id: 'word-formulation-retired',
  category: 'word',
  defaultSeverity: 'warning',
  description: '已停用的提法：某日起已改用新表述（如“以习近平同志为总书记的党中央”自2016年10月27日起应为“以习近平同志为核心的党中央”）；成文日期在此之前的文件不报。',
  descriptionEn: 'A retired formulation, wrong from a given date (the draft’s own date decides; undated drafts get a hint).',
  fixable: false,
  messages: {
    retired: '“{written}”已停用：自{from}起应为“{right}”。{reason}',
    undated: '“{written}”自{from}起已停用，应为“{right}”；成文日期在此之前的文件可不改。{reason}',
  },
  messagesEn: {
    retired: '“{written}” is no longer used: since {from} it is “{right}”. {reason}',
    undated: '“{written}” has been retired since {from}: write “{right}”; a document dated before that may keep it. {reason}',
  },
  check(doc, ctx) {
    const formulations = ctx.resources.formulations;
    if (!formulations) return;
    const dated = draftDate(doc.frame.date);
    for (const h of retiredHits(doc, ctx.resources)) {
      const r = h.value;
      if ((dated && dated < r.from) || whitelisted(doc, ctx, h.start, h.end)) continue;
      ctx.report({
        messageId: dated ? 'retired' : 'undated',
        // Quotation marks inside the message's own quotation are single ones (GB/T 15834—2011 4.1.3.2).
        data: { written: inner(r.text), from: chineseDate(r.from), right: inner(r.replacement), reason: r.reason },
        start: h.start,
        end: h.end,
        severity: dated ? undefined : 'hint',
        fixes: [{ ...fixTitle('replace', { text: r.replacement }), edits: [{ start: h.start, end: h.end, newText: r.replacement }], safe: false }],
      });
    }
  },
};
