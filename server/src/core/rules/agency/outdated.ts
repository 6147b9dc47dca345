import { levelOfPrefix } from '../../agency/dictionary';
import type { Fix } from '../../model/findings';
import type { Rule } from '../rule';
import { agencyScan } from './mentions';

export const agencyOutdated: Rule = {
  id: 'agency-outdated',
  category: 'agency',
  defaultSeverity: 'warning',
  description: '机构旧称：机构改革后已更名或撤并的名称（如“环保局”应为“生态环境局”）。',
  descriptionEn: 'An agency name replaced in an institutional reform (e.g. 环保局 → 生态环境局).',
  fixable: false,
  scope: 'paragraph',
  check(doc, ctx) {
    const dictionary = ctx.resources.agencies;
    if (!dictionary) return;
    for (const m of agencyScan(doc, dictionary).mentions) {
      if (!m.former) continue;
      const written = m.prefix + m.surface;
      const succession = dictionary.successor(m.former, levelOfPrefix(m.prefix));
      if (!succession) {
        ctx.report({ message: `“${written}”是旧称（${m.former.year}年起不再使用），请改用现名称。`, start: m.start, end: m.end });
        continue;
      }
      const first = succession.steps[0];
      const when = `${first.year}年${first.approximate ? '前后' : ''}起`;
      const path = succession.steps.length > 1
        ? `，历次更名：${succession.steps.map((s, i) => `${s.year}年${s.approximate ? '前后' : ''}改为“${i + 1 < succession.steps.length ? succession.steps[i + 1].name : succession.name}”`).join('，')}`
        : '';
      const note = [m.former.note, ...succession.steps.slice(1).map((s) => s.note)].filter(Boolean).join('');
      const replacement = succession.name;
      const fixes: Fix[] = [];
      if (!m.crossesBreak) {
        fixes.push({ title: `改为“${m.prefix}${replacement}”`, edits: [{ start: m.nameStart, end: m.end, newText: replacement }], safe: false });
        // `卫计委` → `卫健委`, `卫生计生委` → `卫生健康委`: the new abbreviation of the same length.
        const short = [...succession.agency.abbreviations].sort((a, b) => Math.abs(a.length - m.surface.length) - Math.abs(b.length - m.surface.length))[0];
        if (m.form === 'abbreviation' && short && succession.name === succession.agency.name) {
          fixes.push({ title: `改为简称“${m.prefix}${short}”`, edits: [{ start: m.nameStart, end: m.end, newText: short }], safe: false });
        }
      }
      ctx.report({
        message: `“${written}”是旧称，${when}改为“${m.prefix}${replacement}”（${first.reform ?? `${first.year}年机构改革`}${path}）。${note}请核对后改用现名称。`,
        start: m.start,
        end: m.end,
        fixes,
        data: { successor: replacement },
      });
    }
  },
};
