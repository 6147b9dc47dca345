import type { Rule } from '../rule';
import { agencyScan } from './mentions';

const SUGGESTIONS = 3;

export const agencyUnknown: Rule = {
  id: 'agency-unknown',
  category: 'agency',
  defaultSeverity: 'information',
  description: '形似机构名称（如“市××局”）但不在机构名称词典中，可能写错或使用了非规范简称。',
  descriptionEn: 'An agency-like name (市…局/委/办/厅) that is not in the agency dictionary.',
  fixable: false,
  scope: 'paragraph',
  check(doc, ctx) {
    const dictionary = ctx.resources.agencies;
    if (!dictionary) return;
    for (const u of agencyScan(doc, dictionary).unknown) {
      const written = u.prefix + u.name;
      const near = dictionary.nearest(u.name, SUGGESTIONS);
      const hint = near.length ? `相近的规范名称：${near.map((n) => `“${n}”`).join('、')}。` : '';
      ctx.report({
        message: `“${written}”不在机构名称词典中。${hint}请核对名称；确认无误的，可用快速修复“添加到工作区机构词典”。`,
        start: u.start,
        end: u.end,
        data: { name: u.name },
      });
    }
  },
};
