import type { DocumentFrame, FrameElementKind, ZoneKind } from '../../model/frame';
import { zoneAt } from '../../model/frame';
import { firstIndexWhere } from '../../text/lineIndex';
import type { Rule } from '../rule';
import { documentDefinitions } from './definitions';
import type { AgencyMention } from './mentions';
import { agencyScan, withAgencies } from './mentions';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

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

function mostFrequent(mentions: readonly AgencyMention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** Parts of a document that must carry full names: 版头, title, 落款 (joint signatures too), 版记 with the 印发 line. */
const FULL_NAME_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['header', 'title', 'signature', 'imprint']);
const FULL_NAME_ELEMENTS: ReadonlySet<FrameElementKind> = new Set<FrameElementKind>(['issuer-mark', 'issuer-signature', 'print-line', 'title']);

/** A test for “this mention lies in a part that must carry full names”: zones, then the elements of those kinds (sorted, searched). */
function fullNameParts(frame: DocumentFrame): (m: AgencyMention) => boolean {
  const spans = frame.elements.filter((e) => FULL_NAME_ELEMENTS.has(e.kind));
  return (m) => {
    if (FULL_NAME_ZONES.has(zoneAt(frame, m.start).kind)) return true;
    // The last element starting at or before the mention; elements of these kinds do not nest.
    const i = firstIndexWhere(spans, (e) => e.start > m.start) - 1;
    return i >= 0 && m.end <= spans[i].end;
  };
}

/** The name a form abbreviates: its base for a derived form, else the agency's name. */
function fullNameOf(m: AgencyMention): string {
  return (m.form === 'derived' && m.agency!.derived.find((d) => d.text === m.surface)?.base) || m.agency!.name;
}

export const agencyMixedForms: Rule = {
  id: 'agency-mixed-forms',
  category: 'agency',
  defaultSeverity: 'hint',
  description: '同一机构在一份文件的正文中既写全称又写简称（如“市发展和改革委员会”与“市发改委”），宜统一；版头、标题、落款和版记须用全称，不计在内。',
  descriptionEn: 'The same agency is written both in full and abbreviated in the body of one document (header, title, signature and imprint, which need full names, are left out).',
  fixable: false,
  messages: {
    mixed: '“{written}”与“{example}”是同一机构，本文件正文全称 {full} 处、简称 {short} 处混用；建议统一为“{target}”。',
  },
  messagesEn: {
    mixed: '“{written}” and “{example}” are the same agency; the body uses the full name {full} times and the short form {short} times. Use “{target}” throughout.',
  },
  check(doc, ctx) {
    const resources = withAgencies(ctx.resources);
    if (!resources) return;
    const scan = agencyScan(doc, resources);
    const introduced = documentDefinitions(doc, scan).introduced;
    // One group per agency and level (`市发改委` and `省发改委` are different units).
    const groups = new Map<string, AgencyMention[]>();
    const inFullNamePart = fullNameParts(doc.frame);
    for (const m of scan.mentions) {
      if (!m.agency || inFullNamePart(m)) continue;
      const key = `${m.agency.name}|${m.level ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(m);
      else groups.set(key, [m]);
    }
    for (const mentions of groups.values()) {
      if (mentions.length < 2) continue;
      const full = mentions.filter((m) => m.form === 'name');
      const short = mentions.filter((m) => (m.form === 'abbreviation' || m.form === 'derived') && contractionPieces(m.surface, fullNameOf(m)) >= 3);
      if (!full.length || !short.length) continue;
      // `（以下简称“市发改委”）` introduces the abbreviation on purpose.
      if (short.some((m) => introduced.has(m.prefix + m.surface) || introduced.has(m.surface))) continue;
      const [minority, majority] = full.length > short.length ? [short, full] : [full, short];
      const target = mostFrequent(majority);
      const example = majority.find((m) => m.surface === target)!;
      const first = minority[0];
      const fixable = minority.every((m) => !m.crossesBreak);
      ctx.report({
        messageId: 'mixed',
        data: { written: first.prefix + first.surface, example: example.prefix + target, target: first.prefix + target, full: full.length, short: short.length, count: minority.length },
        start: first.start,
        end: first.end,
        fixes: fixable ? [{ ...(minority.length > 1 ? fixTitle('unifyAll', { text: first.prefix + target, count: minority.length }) : fixTitle('unify', { text: first.prefix + target })), edits: minority.map((m) => ({ start: m.nameStart, end: m.end, newText: target })), safe: false }] : [],
        related: [
          related(example.start, example.end, 'writtenHere', { text: example.prefix + target }),
          ...minority.slice(1, 21).map((m) => related(m.start, m.end, 'writtenSame', { text: m.prefix + m.surface })),
        ],
      });
    }
  },
};
