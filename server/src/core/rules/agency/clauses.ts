import type { AgencyDictionary } from '../../agency/dictionary';
import { levelOfPrefix } from '../../agency/dictionary';
import type { PolicyDocument } from '../../model/document';
import { agencyScan } from './mentions';

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

const CLAUSE = /[（(]([^（()）\r\n]{1,400}?)负责(?:落实)?[）)]/g;
const CLOSING = /(?:按照?职责分工|按职责|分别|共同|具体|各自)+$/;
const ROLE = /(?:牵头|配合|参与|指导|督促|主责|等)$/;
const SEPARATOR = /[、，,；;]/;

/** The span (in a list sorted by position) that ends exactly at `end`. */
function endingAt<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], end: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < end) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo]?.end === end ? spans[lo] : undefined;
}

const cache = new WeakMap<PolicyDocument, WeakMap<AgencyDictionary, readonly ResponsibilityClause[]>>();

export function responsibilityClauses(doc: PolicyDocument, dictionary: AgencyDictionary): readonly ResponsibilityClause[] {
  let perDictionary = cache.get(doc);
  if (!perDictionary) cache.set(doc, (perDictionary = new WeakMap()));
  const cached = perDictionary.get(dictionary);
  if (cached) return cached;
  const scan = agencyScan(doc, dictionary);
  const { joined } = scan;
  const text = joined.text;
  const clauses: ResponsibilityClause[] = [];
  const span = (start: number, end: number) => {
    const s = joined.startOf(start);
    const e = joined.endOf(end);
    return { start: s, end: e, crossesBreak: e - s !== end - start };
  };
  CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE.exec(text))) {
    const bodyStart = m.index + 1;
    const listText = m[1].replace(CLOSING, '');
    const units: ClauseUnit[] = [];
    const separators: ClauseSeparator[] = [];
    const empty: ClauseSeparator[] = [];
    const cuts: number[] = [];
    for (let k = 0; k < listText.length; k++) if (SEPARATOR.test(listText[k])) cuts.push(k);
    const separatorAt = (k: number): ClauseSeparator => ({ ...span(bodyStart + k, bodyStart + k + 1), text: listText[k] });
    for (let i = 0; i <= cuts.length; i++) {
      const from = i === 0 ? 0 : cuts[i - 1] + 1;
      const raw = listText.slice(from, i < cuts.length ? cuts[i] : listText.length);
      const value = raw.trim();
      if (!value) {
        // Nothing between two separators, before the first or after the last one.
        if (cuts.length) empty.push(separatorAt(i === 0 ? cuts[0] : cuts[i - 1]));
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
        ...span(unitStart, unitEnd), text: name, role,
        key: named && last.agency ? `${last.agency.name}|${levelOfPrefix(last.prefix) ?? ''}` : name,
        isAgency: named || unknown,
      });
      separators.push(i === 0 ? { ...span(bodyStart, bodyStart), text: '' } : separatorAt(cuts[i - 1]));
    }
    if (units.some((u) => u.isAgency)) clauses.push({ ...span(m.index, m.index + m[0].length), units, separators, empty });
  }
  perDictionary.set(dictionary, clauses);
  return clauses;
}
