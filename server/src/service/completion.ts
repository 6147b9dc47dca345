import type { Agency, AgencyDictionary } from '../core/agency/dictionary';
import { PLACE_SUFFIXES, levelOfPrefix } from '../core/agency/dictionary';
import type { AgencyLevel } from '../core/agency/entries';
import type { PolicyDocument } from '../core/model/document';

/** Characters after which an editor asks for completions: a level (`市`), a party committee (`市委`), a clause separator. */
export const COMPLETION_TRIGGERS: readonly string[] = [...PLACE_SUFFIXES, '委', '、', '（', '('];

/** One agency to offer: what it inserts over [start, end) and how the list shows and filters it. */
export interface AgencyCompletion {
  readonly label: string;
  readonly detail: string;
  readonly documentation?: string;
  readonly filterText: string;
  readonly sortText: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

const MAX_TYPED = 12;
const LATIN_TYPED = /[A-Za-z]+$/;
const HAN_TYPED = /[\u3400-\u9fff]+$/;
const CLAUSE_OPENERS = '（(、，,';

interface CompletionSite {
  /** Where the typed part starts (replaced by the completion). */
  readonly start: number;
  readonly typed: string;
  /** `市`, `市委`, or `` inside a clause; what to put before a name that needs one. */
  readonly prefix: string;
  readonly level?: AgencyLevel;
  readonly inClause: boolean;
}

function completionSite(doc: PolicyDocument, offset: number): CompletionSite | undefined {
  const lineStart = doc.lines.lineStarts[doc.lines.lineOf(offset)];
  const before = doc.text.slice(Math.max(lineStart, offset - 200), offset);
  // Latin letters are pinyin initials (`市fgw`); Han characters typed after the prefix are part of a name (`市发改`).
  let typed = LATIN_TYPED.exec(before)?.[0] ?? '';
  if (!typed) {
    const han = (HAN_TYPED.exec(before)?.[0] ?? '').slice(-MAX_TYPED);
    let cut = -1;
    for (let k = han.length - 1; k >= 0 && cut < 0; k--) if (PLACE_SUFFIXES.includes(han[k]) || (han[k] === '委' && k > 0 && PLACE_SUFFIXES.includes(han[k - 1]))) cut = k;
    typed = cut >= 0 ? han.slice(cut + 1) : han;
  }
  const start = offset - typed.length;
  const head = before.slice(0, before.length - typed.length);
  const last = head.slice(-1);
  const party = last === '委' && head.length >= 2 && PLACE_SUFFIXES.includes(head[head.length - 2]);
  if (party) return { start, typed, prefix: head.slice(-2), level: levelOfPrefix(head.slice(-2)), inClause: false };
  if (last && PLACE_SUFFIXES.includes(last)) return { start, typed, prefix: last, level: levelOfPrefix(last), inClause: false };
  // Inside `（市生态环境局、|…负责）`: an open bracket on this line, a list separator before the cursor.
  const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
  if (open >= 0 && last && CLAUSE_OPENERS.includes(last) && !/[）)]/.test(head.slice(open))) {
    const after = doc.text.slice(offset, doc.lines.lineContentEnd(doc.lines.lineOf(offset)));
    const listed = head.slice(open + 1);
    if (/负责|牵头/.test(after.split(/[）)]/)[0]) || /[、]/.test(listed)) {
      // Take the level of the unit listed just before (`市`), so the new unit reads the same way.
      const previous = /([省市县区州旗盟])委?[^、，,（(]*[、，,]$/.exec(listed);
      const prefix = previous ? previous[1] : '';
      return { start, typed, prefix, level: levelOfPrefix(prefix), inClause: true };
    }
  }
  return undefined;
}

function matches(agency: Agency, typed: string): boolean {
  if (!typed) return true;
  if (/^[A-Za-z]+$/.test(typed)) return agency.initials.some((i) => i.startsWith(typed.toLowerCase()));
  return [agency.name, ...agency.variants, ...agency.abbreviations].some((f) => f.includes(typed));
}

/**
 * Agencies to offer at an offset: after `市`/`省`/`县`/`区`/`市委`, or inside a responsibility clause;
 * undefined where no agency name is being written.
 */
export function agencyCompletions(doc: PolicyDocument, offset: number, dictionary: AgencyDictionary): AgencyCompletion[] | undefined {
  const site = completionSite(doc, offset);
  if (!site) return undefined;
  const items: AgencyCompletion[] = [];
  for (const a of dictionary.agencies) {
    const local = !(a.levels.length === 1 && a.levels[0] === '国家');
    if (site.level && !site.inClause) {
      if (!local || !a.levels.includes(site.level)) continue;
      const wantsParty = site.prefix.endsWith('委');
      if (wantsParty ? !a.prefixes.includes('party') : !a.prefixes.includes('place')) continue;
    }
    if (site.inClause && site.level && local && !a.levels.includes(site.level)) continue;
    if (a.name.length < 2 || !matches(a, site.typed)) continue;
    const clausePrefix = site.inClause && local ? (a.prefixes.includes('place') ? site.prefix : site.prefix && `${site.prefix}委`) : '';
    items.push({
      label: a.name,
      detail: [a.abbreviations.length ? `简称 ${a.abbreviations.join('、')}` : '', a.levels.join('/'), a.kind].filter(Boolean).join(' · '),
      documentation: a.note,
      // Initials that fit what was typed come first, so a client's own filter matches from the start.
      filterText: [...a.initials.filter((i) => /^[A-Za-z]/.test(site.typed) && i.startsWith(site.typed.toLowerCase())), a.name, ...a.abbreviations, ...a.variants, ...a.initials].join(' '),
      sortText: `${a.origin === 'builtin' ? 1 : 0}${a.abbreviations.some((s) => s.startsWith(site.typed)) || a.name.startsWith(site.typed) ? 0 : 1}${a.name}`,
      start: site.start,
      end: offset,
      newText: clausePrefix + a.name,
    });
  }
  return items;
}
