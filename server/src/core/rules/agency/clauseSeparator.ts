import type { Rule } from '../rule';
import { responsibilityClauses } from './clauses';

export const agencyClauseSeparator: Rule = {
  id: 'agency-clause-separator',
  category: 'agency',
  defaultSeverity: 'warning',
  description: '责任分工括注中单位之间的分隔符有误：并列单位之间应用顿号“、”，不用逗号或连续的顿号。',
  descriptionEn: 'Units in a responsibility clause must be separated by a single 、, not a comma or a doubled 、.',
  fixable: true,
  scope: 'paragraph',
  check(doc, ctx) {
    const dictionary = ctx.resources.agencies;
    if (!dictionary) return;
    for (const clause of responsibilityClauses(doc, dictionary)) {
      for (let i = 1; i < clause.units.length; i++) {
        const separator = clause.separators[i];
        const before = clause.units[i - 1];
        const unit = clause.units[i];
        if (!/^[，,]$/.test(separator.text) || before.role || !before.isAgency || !unit.isAgency) continue;
        ctx.report({
          message: `并列的责任单位“${before.text}”和“${unit.text}”之间应用顿号“、”，不用“${separator.text}”。`,
          start: separator.start,
          end: separator.end,
          fixes: separator.crossesBreak ? [] : [{ title: '改为顿号“、”', edits: [{ start: separator.start, end: separator.end, newText: '、' }], safe: true }],
        });
      }
      for (const separator of clause.empty) {
        ctx.report({
          message: `责任分工括注中多了一个“${separator.text}”：两个分隔符之间或列表首尾没有单位。请删除。`,
          start: separator.start,
          end: separator.end,
          fixes: separator.crossesBreak ? [] : [{ title: `删除多余的“${separator.text}”`, edits: [{ start: separator.start, end: separator.end, newText: '' }], safe: true }],
        });
      }
    }
  },
};
