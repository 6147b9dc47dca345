import type { Agency } from '../../agency/dictionary';
import { levelOfPrefix } from '../../agency/dictionary';
import type { Rule } from '../rule';
import type { AgencyMention } from './mentions';
import { agencyScan } from './mentions';

/**
 * How many pieces of the full name an abbreviation keeps (`发改委` from `发展和改革委员会`: 3).
 * One or two pieces (`市政府`, `发展改革委`) are regular short forms that formal texts mix freely;
 * only contractions of three or more pieces (or none: `规自局`) are worth unifying.
 */
export function contractionPieces(abbreviation: string, full: string): number {
  let pieces = 0;
  let j = 0;
  let adjacent = false;
  for (const ch of abbreviation) {
    const k = full.indexOf(ch, j);
    if (k < 0) return Infinity;
    if (!(adjacent && k === j)) pieces++;
    adjacent = true;
    j = k + 1;
  }
  return pieces;
}

/** Names introduced as `（以下简称“市发改委”）`. */
function introducedAbbreviations(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf('简称“'); i >= 0; i = text.indexOf('简称“', i + 3)) {
    const close = text.indexOf('”', i + 3);
    if (close > 0 && close - i < 40) out.add(text.slice(i + 3, close));
  }
  return out;
}

function mostFrequent(mentions: readonly AgencyMention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

export const agencyMixedForms: Rule = {
  id: 'agency-mixed-forms',
  category: 'agency',
  defaultSeverity: 'hint',
  description: '同一机构在一份文件中既写全称又写简称（如“市发展和改革委员会”与“市发改委”），宜统一。',
  descriptionEn: 'The same agency is written both in full and abbreviated in one document.',
  fixable: false,
  check(doc, ctx) {
    const dictionary = ctx.resources.agencies;
    if (!dictionary) return;
    const scan = agencyScan(doc, dictionary);
    const introduced = introducedAbbreviations(scan.joined.text);
    // One group per agency and level (`市发改委` and `省发改委` are different units).
    const groups = new Map<Agency, Map<string, AgencyMention[]>>();
    for (const m of scan.mentions) {
      if (!m.agency) continue;
      let byLevel = groups.get(m.agency);
      if (!byLevel) groups.set(m.agency, (byLevel = new Map()));
      const level = levelOfPrefix(m.prefix) ?? '';
      const group = byLevel.get(level);
      if (group) group.push(m);
      else byLevel.set(level, [m]);
    }
    for (const mentions of [...groups.values()].flatMap((byLevel) => [...byLevel.values()])) {
      if (mentions.length < 2 || !mentions.some((m) => m.form === 'name')) continue;
      const full = mentions.filter((m) => m.form === 'name');
      const short = mentions.filter((m) => m.form === 'abbreviation' && contractionPieces(m.surface, m.agency!.name) >= 3);
      if (!short.length) continue;
      // `（以下简称“市发改委”）` introduces the abbreviation on purpose.
      if (short.some((m) => introduced.has(m.prefix + m.surface) || introduced.has(m.surface))) continue;
      const [minority, majority] = full.length > short.length ? [short, full] : [full, short];
      const target = mostFrequent(majority);
      const example = majority.find((m) => m.surface === target)!;
      for (const m of minority) {
        ctx.report({
          message: `“${m.prefix}${m.surface}”与“${example.prefix}${target}”是同一机构，本文件全称 ${full.length} 处、简称 ${short.length} 处混用；建议统一为“${m.prefix}${target}”。`,
          start: m.start,
          end: m.end,
          fixes: m.crossesBreak ? [] : [{ title: `统一为“${m.prefix}${target}”`, edits: [{ start: m.nameStart, end: m.end, newText: target }], safe: false }],
          related: [{ start: example.start, end: example.end, message: `此处写作“${example.prefix}${target}”` }],
        });
      }
    }
  },
};
