import type { Rule } from '../rule';
import { responsibilityClauses } from './clauses';
import { withAgencies } from './mentions';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

export const agencyClauseDuplicate: Rule = {
  id: 'agency-clause-duplicate',
  category: 'agency',
  defaultSeverity: 'warning',
  description: '责任分工括注中同一单位列了两次（含全称与简称各列一次）。',
  descriptionEn: 'A responsibility clause lists the same unit twice.',
  fixable: true,
  scope: 'paragraph',
  messages: {
    repeated: '责任单位“{unit}”在本括注中重复列出。请删除重复的一处。',
    sameUnit: '责任单位“{unit}”与前面的“{earlier}”是同一单位，重复列出。请删除其中一处。',
  },
  messagesEn: {
    repeated: 'The responsible unit “{unit}” is listed twice in this clause. Delete one.',
    sameUnit: 'The responsible unit “{unit}” is the same as “{earlier}” before it, listed twice. Delete one.',
  },
  check(doc, ctx) {
    const resources = withAgencies(ctx.resources);
    if (!resources) return;
    for (const clause of responsibilityClauses(doc, resources)) {
      clause.units.forEach((unit, i) => {
        const first = clause.units.findIndex((u) => u.key === unit.key);
        if (first === i || !unit.isAgency) return;
        const earlier = clause.units[first];
        const separator = clause.separators[i];
        const same = earlier.text === unit.text;
        // Deleting the repeat together with the separator before it leaves the list well formed.
        const canFix = !unit.crossesBreak && !separator.crossesBreak && separator.text !== '' && !unit.role;
        ctx.report({
          messageId: same ? 'repeated' : 'sameUnit',
          data: { unit: unit.text, earlier: earlier.text },
          start: unit.start,
          end: unit.end,
          fixes: canFix ? [{ ...fixTitle('deleteRepeated', { text: unit.text }), edits: [{ start: separator.start, end: unit.end, newText: '' }], safe: same }] : [],
          related: [related(earlier.start, earlier.end, 'firstListed', { text: earlier.text })],
        });
      });
    }
  },
};
