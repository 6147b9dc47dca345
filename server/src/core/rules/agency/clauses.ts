import type { Agency, AgencyDictionary } from '../../agency/dictionary';
import type { PolicyDocument } from '../../model/document';
import type { AgencyResources } from './mentions';
import { agencyScan } from './mentions';
import { firstIndexWhere } from '../../text/lineIndex';

/**
 * Responsibility clauses: `（市生态环境局、市发改委、市规自局按职责分工负责）` after a task.
 * Offsets here are document offsets; a part that runs over a removed page break is marked.
 */

export interface ClauseUnit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Same unit, however written: agency and level for a known name, else the text. */
  readonly key: string;
  /** A known or agency-shaped name (not `有关市直部门`). */
  readonly isAgency: boolean;
  /** The dictionary's agency, when the unit is a known current name. */
  readonly agency?: Agency;
  /** Ends with 牵头/配合/参与/等: a comma after it is regular (`市发改委牵头，市工信局…`). */
  readonly role: boolean;
  readonly crossesBreak: boolean;
}

export interface ClauseSeparator {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly crossesBreak: boolean;
}

export interface ResponsibilityClause {
  readonly start: number;
  readonly end: number;
  readonly units: readonly ClauseUnit[];
  /** separators[i] stands before units[i]; separators[0] is empty (the opening bracket). */
  readonly separators: readonly ClauseSeparator[];
  /** Separators with no unit between them or before the closing words: `、、`, `市发改委、按职责分工负责`. */
  readonly empty: readonly ClauseSeparator[];
}

const MAX_CLAUSE = 400;
/** （ ( ) ） CR LF: a clause body holds none of them. Compared as char codes: this loop is hot. */
const isClauseBreak = (c: number) => c === 0xff08 || c === 0x28 || c === 0x29 || c === 0xff09 || c === 13 || c === 10;

/**
 * `（…负责）` / `（…负责落实）`: found from each 负责 back to its opening bracket. A regex from every
 * bracket forward tried up to 400 characters at each one, the slowest step of the agency rules.
 */
function* clauseBodies(text: string): Generator<{ open: number; bodyStart: number; bodyEnd: number; end: number }> {
  for (let p = text.indexOf('负责'); p >= 0; p = text.indexOf('负责', p + 2)) {
    let q = p + 2;
    if (text.startsWith('落实', q)) q += 2;
    if (text[q] !== '）' && text[q] !== ')') continue;
    let o = p - 1;
    const min = Math.max(0, p - MAX_CLAUSE - 1);
    while (o >= min && !isClauseBreak(text.charCodeAt(o))) o--;
    if (o >= 0 && (text[o] === '（' || text[o] === '(') && p - o - 1 >= 1 && p - o - 1 <= MAX_CLAUSE) yield { open: o, bodyStart: o + 1, bodyEnd: p, end: q + 1 };
  }
}
const CLOSING = /(?:按照?职责分工|按职责|分别|共同|具体|各自)+$/;
const ROLE = /(?:牵头|配合|参与|指导|督促|主责|等)$/;
const SEPARATORS = new Set(['、', '，', ',', '；', ';']);

/** The span (in a list sorted by position) that ends exactly at `end`. */
function endingAt<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], end: number): T | undefined {
  const i = firstIndexWhere(spans, (s) => s.end >= end);
  return spans[i]?.end === end ? spans[i] : undefined;
}

const cache = new WeakMap<PolicyDocument, WeakMap<AgencyDictionary, readonly ResponsibilityClause[]>>();

export function responsibilityClauses(doc: PolicyDocument, resources: AgencyResources): readonly ResponsibilityClause[] {
  const dictionary = resources.agencies;
  let perDictionary = cache.get(doc);
  if (!perDictionary) cache.set(doc, (perDictionary = new WeakMap()));
  const cached = perDictionary.get(dictionary);
  if (cached) return cached;
  const scan = agencyScan(doc, resources);
  const { joined } = scan;
  const text = joined.text;
  const clauses: ResponsibilityClause[] = [];
  // Object literals, not spreads: a spread builds a slow dictionary-mode object, the hot spot here.
  const separatorAt = (bodyStart: number, k: number, text: string): ClauseSeparator => {
    const start = joined.startOf(bodyStart + k);
    const end = joined.endOf(bodyStart + k + (text ? 1 : 0));
    return { start, end, text, crossesBreak: end - start !== (text ? 1 : 0) };
  };
  for (const { open, bodyStart, bodyEnd, end } of clauseBodies(text)) {
    const listText = text.slice(bodyStart, bodyEnd).replace(CLOSING, '');
    const units: ClauseUnit[] = [];
    const separators: ClauseSeparator[] = [];
    const empty: ClauseSeparator[] = [];
    const cuts: number[] = [];
    for (let k = 0; k < listText.length; k++) if (SEPARATORS.has(listText[k])) cuts.push(k);
    for (let i = 0; i <= cuts.length; i++) {
      const from = i === 0 ? 0 : cuts[i - 1] + 1;
      const raw = listText.slice(from, i < cuts.length ? cuts[i] : listText.length);
      const value = raw.trim();
      if (!value) {
        // Nothing between two separators, before the first or after the last one.
        if (cuts.length) {
          const k = i === 0 ? cuts[0] : cuts[i - 1];
          empty.push(separatorAt(bodyStart, k, listText[k]));
        }
        continue;
      }
      const unitStart = bodyStart + from + (raw.length - raw.trimStart().length);
      const role = ROLE.test(value);
      const name = value.replace(ROLE, '');
      const unitEnd = unitStart + name.length;
      const docStart = joined.startOf(unitStart);
      const docEnd = joined.endOf(unitEnd);
      const last = endingAt(scan.mentions, docEnd);
      const named = !!last && last.start >= docStart;
      const unknown = endingAt(scan.unknown, docEnd)?.start === docStart;
      units.push({
        start: docStart, end: docEnd, text: name, role,
        key: named && last.agency ? `${last.agency.name}|${last.level ?? ''}` : name,
        isAgency: named || unknown,
        agency: named ? last.agency : undefined,
        crossesBreak: docEnd - docStart !== unitEnd - unitStart,
      });
      separators.push(i === 0 ? separatorAt(bodyStart, 0, '') : separatorAt(bodyStart, cuts[i - 1], listText[cuts[i - 1]]));
    }
    if (units.some((u) => u.isAgency)) {
      const start = joined.startOf(open);
      const clauseEnd = joined.endOf(end);
      clauses.push({ start, end: clauseEnd, units, separators, empty });
    }
  }
  perDictionary.set(dictionary, clauses);
  return clauses;
}
