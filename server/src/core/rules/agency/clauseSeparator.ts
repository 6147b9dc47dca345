import type { Agency } from '../../agency/dictionary';
import { isCentral } from '../../agency/entries';
import type { Rule } from '../rule';
import { responsibilityClauses } from './clauses';
import { withAgencies } from './mentions';
import { fixTitle } from '../fixTitles';

/** Local government and party offices; offices of central bodies (税务局, 海关, 金融监管局); mass organisations and others. */
function unitGroup(a: Agency): 'local' | 'central' | 'other' {
  if (a.kind === '垂直管理' || isCentral(a.levels)) return 'central';
  return a.kind === '群团' || a.kind === '其他' ? 'other' : 'local';
}

export const agencyClauseSeparator: Rule = {
  id: 'agency-clause-separator',
  category: 'agency',
  defaultSeverity: 'warning',
  description: '责任分工括注中单位之间的分隔符有误：同类并列单位之间应用顿号“、”，不用逗号或连续的顿号（逗号分隔不同类别的单位时不提示）。',
  descriptionEn: 'Units in a responsibility clause must be separated by a single 、, not a comma or a doubled 、.',
  fixable: true,
  scope: 'paragraph',
  messages: {
    comma: '并列的责任单位“{before}”和“{unit}”之间应用顿号“、”，不用“{separator}”。',
    empty: '责任分工括注中多了一个“{separator}”：两个分隔符之间或列表首尾没有单位。请删除。',
  },
  messagesEn: {
    comma: 'Responsible units listed together, “{before}” and “{unit}”, are separated by an enumeration comma “、”, not “{separator}”.',
    empty: 'An extra “{separator}” in the responsibility clause: no unit between two separators or at the list\'s start or end. Delete it.',
  },
  check(doc, ctx) {
    const resources = withAgencies(ctx.resources);
    if (!resources) return;
    for (const clause of responsibilityClauses(doc, resources)) {
      for (let i = 1; i < clause.units.length; i++) {
        const separator = clause.separators[i];
        const before = clause.units[i - 1];
        const unit = clause.units[i];
        if (!/^[，,]$/.test(separator.text) || before.role || !before.agency || !unit.agency) continue;
        // `区资源生态局、区财金局，区税务局，人行平潭支行`: a comma between kinds of units groups them on purpose.
        if (unitGroup(before.agency) !== unitGroup(unit.agency)) continue;
        ctx.report({
          messageId: 'comma',
          data: { before: before.text, unit: unit.text, separator: separator.text },
          start: separator.start,
          end: separator.end,
          fixes: separator.crossesBreak ? [] : [{ ...fixTitle('toEnumerationComma'), edits: [{ start: separator.start, end: separator.end, newText: '、' }], safe: true }],
        });
      }
      for (const separator of clause.empty) {
        ctx.report({
          messageId: 'empty',
          data: { separator: separator.text },
          start: separator.start,
          end: separator.end,
          fixes: separator.crossesBreak ? [] : [{ ...fixTitle('deleteExtra', { text: separator.text }), edits: [{ start: separator.start, end: separator.end, newText: '' }], safe: true }],
        });
      }
    }
  },
};
