import { zoneAt } from '../../model/frame';
import type { Rule } from '../rule';
import { reportList } from './lists';

/** The draft's date as YYYY-MM-DD where the frame read it. */
export function draftDate(date: { year?: number; month?: number; day?: number } | undefined): string | undefined {
  if (!date?.year) return undefined;
  const two = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

/**
 * The unit's own terms. Document scope: a term may apply only to some parts of the 公文 (its zones in
 * the frame) and between two dates (read against the draft's date; an undated draft gets every term).
 */
export const wordUnitTerm: Rule = {
  id: 'word-unit-term',
  category: 'word',
  defaultSeverity: 'warning',
  description: '本单位词表：工作区 .gongwen/terms.json 中列出的本单位禁用或应改写的词语。',
  descriptionEn: 'A word the unit’s own lexicon (.gongwen/terms.json) lists as to be replaced or avoided.',
  fixable: false,
  messages: {
    replace: '“{wrong}”应为“{right}”（本单位词表）：{reason}',
    avoid: '“{wrong}”（本单位词表）：{reason}',
  },
  messagesEn: {
    replace: '“{wrong}” should be “{right}” (unit lexicon): {reason}',
    avoid: '“{wrong}” (unit lexicon): {reason}',
  },
  check(doc, ctx) {
    if (!ctx.resources.words?.hasUnitTerms) return;
    const dated = draftDate(doc.frame.date);
    reportList(doc, ctx, '本单位', ({ start, entry }) => {
      if (dated && ((entry.from && dated < entry.from) || (entry.until && dated > entry.until))) return false;
      return !entry.scope || entry.scope.includes(zoneAt(doc.frame, start).kind);
    });
  },
};
