import type { Agency } from '../core/agency/dictionary';
import type { AgencyLevel } from '../core/agency/entries';
import { isCentral } from '../core/agency/entries';
import type { PlaceIndex } from '../core/agency/prefix';
import { PLACE_SUFFIXES, isLevelChar, opensName, placeIndexOf, placePrefixBefore } from '../core/agency/prefix';
import type { PolicyDocument } from '../core/model/document';
import type { AgencyResources } from '../core/rules/agency/mentions';
import { agencyScan } from '../core/rules/agency/mentions';
import { KIND_NAMES_EN, LEVEL_NAMES_EN } from '../core/agency/entries';
import type { UiLanguage } from './language';

/**
 * Agency completion that knows where a name is being written. It offers names only inside a
 * responsibility clause (`（市生态环境局、|…负责）`, `责任单位：`) or after a level that starts a name
 * (`由市|生态`, `（县|`) plus at least one character of a known name or pinyin initials (`市fgw`); never
 * after a level that is part of a word (`全市`, `打造美丽城市`). Ranked by how the typed characters
 * match (start of the full name, start of a short form, initials, anywhere), then by how often the
 * document already names the agency. Pure: offsets in, ranked items out.
 */

/** Characters after which an editor asks for completions: a level, a party committee, a clause separator. */
export const COMPLETION_TRIGGERS: readonly string[] = [...PLACE_SUFFIXES, '委', '、', '（', '(', '：'];

export interface AgencyCompletionSite {
  /** Where the typed part starts (replaced by the completion). */
  readonly start: number;
  readonly end: number;
  readonly typed: string;
  /** The level written before the typed part (`市`, `市委`), or undefined inside a clause without one. */
  readonly prefix?: string;
  readonly level?: AgencyLevel;
  /** After `市委` / `区党工委`: a party department is being written. */
  readonly party: boolean;
  readonly inClause: boolean;
  /** Inside a clause without a level: the level of the unit listed before (`市`), put before a local name. */
  readonly listedPrefix: string;
}

/** How the typed text matches an agency, best first. */
export type MatchTier = 'name-start' | 'form-start' | 'initials' | 'inside' | 'none-typed';
const TIERS: readonly MatchTier[] = ['name-start', 'form-start', 'initials', 'inside', 'none-typed'];

export interface RankedAgency {
  readonly agency: Agency;
  readonly tier: MatchTier;
  /** How often the document already names this agency. */
  readonly used: number;
  /** What to insert over [site.start, site.end). */
  readonly newText: string;
  /** The form the typed text matched, first in the filter text so an editor's own filter agrees. */
  readonly matched: string;
}

export interface AgencyCompletion {
  readonly label: string;
  readonly detail: string;
  readonly documentation?: string;
  readonly filterText: string;
  readonly sortText: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /** Only the first item, and only where the match is strong: Enter must not take a guess. */
  readonly preselect: boolean;
}

const MAX_TYPED = 12;
const LATIN_TYPED = /[A-Za-z]+$/;
const HAN_TYPED = /[\u3400-\u9fff]+$/;
const CLAUSE_LABEL = /(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门)[：:]([^。；;]*)$/;
const CLAUSE_SEPARATORS = '（(、，,';

function forms(a: Agency): string[] {
  return [a.name, ...a.variants, ...a.abbreviations, ...a.derived.map((d) => d.text)];
}

/** A level at `at` opens a name when what stands before it is no part of a word (`全市`, `城市`), or is a place (`浙江省`). */
function levelOpensName(text: string, at: number, lineStart: number, places: PlaceIndex | undefined): boolean {
  if (at <= lineStart || opensName(text, at)) return true;
  const place = places?.endingAt(text, at);
  return !!place && opensName(text, place.start);
}

/** The clause the position is in: the units listed before it (`市生态环境局、`), or undefined outside one. */
function clauseBefore(doc: PolicyDocument, from: number, start: number, offset: number): string | undefined {
  const text = doc.text;
  const head = text.slice(from, start);
  const label = CLAUSE_LABEL.exec(head);
  if (label && (label[1] === '' || /[、，,]$/.test(label[1]))) return label[1];
  const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
  const last = head.slice(-1);
  if (open < 0 || !last || !CLAUSE_SEPARATORS.includes(last) || /[）)]/.test(head.slice(open))) return undefined;
  const line = doc.lines.lineOf(offset);
  const after = text.slice(offset, doc.lines.lineContentEnd(line));
  const inside = head.slice(open + 1);
  return /负责|牵头|配合/.test(after.split(/[）)]/)[0]) || /[、]/.test(inside) ? inside : undefined;
}

/** Where an agency name is being written at `offset`, or undefined in ordinary prose. */
export function agencyCompletionSite(doc: PolicyDocument, offset: number, places?: PlaceIndex): AgencyCompletionSite | undefined {
  const text = doc.text;
  const lineStart = doc.lines.lineStarts[doc.lines.lineOf(offset)];
  const from = Math.max(lineStart, offset - 200);
  const before = text.slice(from, offset);
  // Latin letters are pinyin initials (`市fgw`); Han characters after the level are part of a name (`市发改`).
  const latin = LATIN_TYPED.exec(before)?.[0] ?? '';
  const run = latin ? '' : (HAN_TYPED.exec(before)?.[0] ?? '').slice(-MAX_TYPED);
  const runStart = offset - (latin || run).length;
  const clause = clauseBefore(doc, from, runStart, offset);
  const levelSite = (at: number, end: number, typed: string): AgencyCompletionSite => ({
    start: offset - typed.length, end: offset, typed, prefix: text.slice(at, end), level: placePrefixBefore(text, at + 1, places)?.level,
    party: end - at > 1, inClause: clause !== undefined, listedPrefix: '',
  });

  // After a level: the last level character (or `市委`, `区党工委`) before what is typed.
  if (latin) {
    const at = runStart - 1;
    if (at >= lineStart && isLevelChar(text[at]) && (clause !== undefined || levelOpensName(text, at, lineStart, places))) return levelSite(at, at + 1, latin);
    if (at > lineStart && text[at] === '委' && isLevelChar(text[at - 1])) return levelSite(at - 1, at + 1, latin);
  }
  for (let k = run.length - 1; k >= 0; k--) {
    const at = runStart + k;
    if (!isLevelChar(text[at])) continue;
    const end = text.startsWith('党工委', at + 1) ? at + 4 : text[at + 1] === '委' && at + 1 < offset ? at + 2 : at + 1;
    const typed = text.slice(end, offset);
    // In a clause the list may open right after the level (`（县|`); in prose a character must follow.
    if (clause !== undefined && at === runStart) return levelSite(at, end, typed);
    if (typed && levelOpensName(text, at, lineStart, places)) return levelSite(at, end, typed);
    // `县市场监管`: this 市 is part of the name; an earlier level may open it.
  }
  if (clause === undefined) return undefined;
  // The level of the unit listed just before (`市`), so the new unit reads the same way.
  const previous = /([省市县区州旗盟镇乡])(?:委|党工委)?[^、，,（(]*[、，,]$/.exec(clause);
  const listedPrefix = previous ? previous[1] : '';
  const typed = latin || run;
  return { start: runStart, end: offset, typed, level: listedPrefix ? placePrefixBefore(listedPrefix, 1, undefined)?.level : undefined, party: false, inClause: true, listedPrefix };
}

/** How `typed` matches the agency, or undefined when it does not. */
function tierOf(a: Agency, typed: string): { tier: MatchTier; matched: string } | undefined {
  if (!typed) return { tier: 'none-typed', matched: a.name };
  if (/^[A-Za-z]+$/.test(typed)) {
    const i = a.initials.find((x) => x.startsWith(typed.toLowerCase()));
    return i ? { tier: 'initials', matched: i } : undefined;
  }
  const all = forms(a);
  if (a.name.startsWith(typed) || a.variants.some((v) => v.startsWith(typed))) return { tier: 'name-start', matched: [a.name, ...a.variants].find((f) => f.startsWith(typed))! };
  const start = all.find((f) => f.startsWith(typed));
  if (start) return { tier: 'form-start', matched: start };
  const inside = all.find((f) => f.includes(typed));
  return inside ? { tier: 'inside', matched: inside } : undefined;
}

/** The agencies to offer at a site, best first. */
export function rankAgencies(site: AgencyCompletionSite, agencies: readonly Agency[], used: ReadonlyMap<Agency, number>): RankedAgency[] {
  const out: RankedAgency[] = [];
  for (const a of agencies) {
    const local = !isCentral(a.levels);
    if (site.prefix !== undefined) {
      // After a level only local offices of that level, of the kind the prefix asks for.
      if (!local || (site.level && !a.levels.includes(site.level))) continue;
      if (site.party ? !a.prefixes.includes('party') : !a.prefixes.includes('place')) continue;
    } else if (site.level && local && !a.levels.includes(site.level)) continue;
    if (a.name.length < 2 || a.prefixes.includes('branch')) continue;
    const match = tierOf(a, site.typed);
    // Outside a clause the typed characters must open a name: `由市场监管` is prose, not 市 + 场监管.
    if (!match || (!site.inClause && match.tier === 'inside')) continue;
    const clausePrefix = local && site.listedPrefix ? (a.prefixes.includes('place') ? site.listedPrefix : `${site.listedPrefix}委`) : '';
    out.push({ agency: a, tier: match.tier, used: used.get(a) ?? 0, newText: clausePrefix + a.name, matched: match.matched });
  }
  const rank = (r: RankedAgency) => TIERS.indexOf(r.tier);
  return out.sort((x, y) => rank(x) - rank(y) || y.used - x.used || (x.agency.origin === 'builtin' ? 1 : 0) - (y.agency.origin === 'builtin' ? 1 : 0) || x.agency.name.length - y.agency.name.length || (x.agency.name < y.agency.name ? -1 : x.agency.name > y.agency.name ? 1 : 0));
}

/** A strong match: two or more typed characters opening the name or a short form, or three initials. */
function isStrong(site: AgencyCompletionSite, top: RankedAgency | undefined): boolean {
  if (!top) return false;
  if (top.tier === 'initials') return site.typed.length >= 3;
  return (top.tier === 'name-start' || top.tier === 'form-start') && site.typed.length >= 2;
}

/** Agencies already listed in the clause before the cursor: not offered again. */
function listedInClause(doc: PolicyDocument, site: AgencyCompletionSite, resources: AgencyResources): Set<Agency> {
  const lineStart = doc.lines.lineStarts[doc.lines.lineOf(site.start)];
  const open = Math.max(doc.text.lastIndexOf('（', site.start), doc.text.lastIndexOf('(', site.start), doc.text.lastIndexOf('：', site.start), lineStart);
  const out = new Set<Agency>();
  for (const m of agencyScan(doc, resources).mentions) if (m.agency && m.start >= open && m.end <= site.start) out.add(m.agency);
  return out;
}

/** Completion items at `offset`, or undefined where no agency name is being written. */
export function agencyCompletions(doc: PolicyDocument, offset: number, resources: AgencyResources, language: UiLanguage = 'zh'): AgencyCompletion[] | undefined {
  const site = agencyCompletionSite(doc, offset, resources.places && placeIndexOf(resources.places));
  if (!site) return undefined;
  const used = new Map<Agency, number>();
  for (const m of agencyScan(doc, resources).mentions) if (m.agency) used.set(m.agency, (used.get(m.agency) ?? 0) + 1);
  const listed = site.inClause ? listedInClause(doc, site, resources) : new Set<Agency>();
  const ranked = rankAgencies(site, resources.agencies.agencies.filter((a) => !listed.has(a)), used);
  // Nothing fits what is typed: the list stays closed.
  if (!ranked.length) return undefined;
  const strong = isStrong(site, ranked[0]);
  return ranked.map((r, i) => {
    const a = r.agency;
    const shorts = resources.agencies.shortForms(a);
    return {
      label: a.name,
      detail: (language === 'zh'
        ? [shorts.length ? `简称 ${shorts.join('、')}` : '', a.levels.join('/'), a.kind, r.used ? `本文已用 ${r.used} 次` : '']
        : [shorts.length ? `short form ${shorts.join(', ')}` : '', a.levels.map((l) => LEVEL_NAMES_EN[l]).join('/'), KIND_NAMES_EN[a.kind], r.used ? `used ${r.used} ${r.used === 1 ? 'time' : 'times'} in this document` : '']
      ).filter(Boolean).join(' · '),
      documentation: a.note,
      filterText: [...new Set([r.matched, a.name, ...forms(a).slice(1), ...a.initials])].join(' '),
      // Our order, whatever the editor's own sort: the index padded.
      sortText: String(i).padStart(4, '0'),
      start: site.start,
      end: site.end,
      newText: r.newText,
      preselect: strong && i === 0,
    };
  });
}
