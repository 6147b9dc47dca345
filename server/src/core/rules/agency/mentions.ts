import type { AgencyDictionary, AgencyMatch } from '../../agency/dictionary';
import { PLACE_SUFFIXES } from '../../agency/dictionary';
import { charCodeTable, isHanCode } from '../../text/chars';
import type { PolicyDocument } from '../../model/document';
import { CarriedScan, splicedByWindow } from '../rule';

/**
 * Agency names of one document, found once and shared by every agency rule, hover and completion.
 * Names are found in the text as it reads with page-number residue taken out, so `（市生态` /
 * `4、环境局` (seed 003) is still one name; offsets are mapped back to the document.
 */

export interface AgencyMention extends AgencyMatch {
  /** The name runs over a removed page break: it is shown, but no fix is offered. */
  readonly crossesBreak: boolean;
}

/** A name-shaped unit (`市林园局`) that is not in the dictionary. */
export interface UnknownAgency {
  readonly start: number;
  readonly end: number;
  /** Without the level character: `林园局`. */
  readonly name: string;
  readonly prefix: string;
}

/** The text without the page-number residue that splits it, and the way back to document offsets. */
export interface JoinedText {
  readonly text: string;
  /** Document offset of a joined offset where something starts (after a cut). */
  startOf(offset: number): number;
  /** Document offset of a joined offset where something ends (before a cut). */
  endOf(offset: number): number;
}

export interface AgencyScan {
  readonly joined: JoinedText;
  readonly mentions: readonly AgencyMention[];
  readonly unknown: readonly UnknownAgency[];
}

const joinedCache = new WeakMap<PolicyDocument, JoinedText>();
const scanCache = new WeakMap<PolicyDocument, WeakMap<AgencyDictionary, AgencyScan>>();

export function joinedText(doc: PolicyDocument): JoinedText {
  let joined = joinedCache.get(doc);
  if (joined) return joined;
  const cuts: { start: number; end: number }[] = [];
  for (const r of doc.pageNumberResidue) {
    if (!r.splitsText || r.line === 0) continue;
    const previousEnd = doc.lines.lineContentEnd(r.line - 1);
    if (previousEnd > doc.lines.lineStarts[r.line - 1]) cuts.push({ start: previousEnd, end: r.end });
  }
  if (cuts.length === 0) {
    joined = { text: doc.text, startOf: (o) => o, endOf: (o) => o };
  } else {
    // Joined from an array: a flat string, where `+=` would leave a rope that is slow to index.
    const pieces: string[] = [];
    let length = 0;
    let pos = 0;
    /** Joined offset of each cut and the characters removed up to and including it. */
    const at: number[] = [];
    const removed: number[] = [];
    let total = 0;
    for (const c of cuts) {
      pieces.push(doc.text.slice(pos, c.start));
      length += c.start - pos;
      at.push(length);
      total += c.end - c.start;
      removed.push(total);
      pos = c.end;
    }
    pieces.push(doc.text.slice(pos));
    const text = pieces.join('');
    const shift = (offset: number, inclusive: boolean) => {
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (inclusive ? at[mid] <= offset : at[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return offset + (lo > 0 ? removed[lo - 1] : 0);
    };
    joined = { text, startOf: (o) => shift(o, true), endOf: (o) => shift(o, false) };
  }
  joinedCache.set(doc, joined);
  return joined;
}

/** Characters that end an agency-like unit name. */
const UNIT_ENDINGS = '局委办厅';
/** Words ending in 局/委/办/厅 that are not units: `格局`, `交办`, `大厅`, `常委`. */
const NOT_UNITS = new Set([
  '格局', '布局', '大局', '全局', '开局', '变局', '新局', '结局', '困局', '僵局', '破局', '当局', '时局', '定局', '胜局', '终局', '残局', '棋局', '骗局', '饭局', '赌局', '分局',
  '交办', '督办', '承办', '主办', '协办', '举办', '查办', '转办', '批办', '代办', '创办', '开办', '兴办', '包办', '领办', '帮办', '速办', '快办', '通办', '网办', '掌办', '好办', '难办', '照办', '试办', '合办', '怎办', '必办', '要办', '去办', '来办', '在办', '已办', '待办', '可办', '就办', '即办', '易办', '能办', '联办', '集办', '一办',
  '大厅', '展厅', '餐厅', '客厅', '门厅', '舞厅', '前厅', '营业厅',
  '常委', '党委', '纪委', '编委', '村委', '居委', '团委', '市委', '省委', '县委', '区委', '主委', '监委', '政委',
]);
/** After a unit name in running text: `市林园局负责`, `市林园局牵头`, `市林园局等`. */
const UNIT_FOLLOWERS = '负牵配等和与及会按要在的作对为将已联共分是各组印关主党领协参';
const MAX_UNIT_BODY = 12;

const ENDING_CODES = charCodeTable(UNIT_ENDINGS);
const PLACE_CHARACTER = new RegExp(`[${PLACE_SUFFIXES}]`, 'g');
const FOLLOWER_CODES = charCodeTable(UNIT_FOLLOWERS);

/**
 * `市林园局`-shaped units: a level character that starts a name (text before it is not Han:
 * `、市…`, `（市…`), Han characters, and 局/委/办/厅 where the name ends.
 */
function unknownUnits(text: string, taken: readonly AgencyMatch[]): { start: number; end: number; prefix: string }[] {
  const out: { start: number; end: number; prefix: string }[] = [];
  let t = 0;
  const n = text.length;
  // Level characters are found by the regex engine's native loop; the checks run only there.
  PLACE_CHARACTER.lastIndex = 0;
  while (PLACE_CHARACTER.test(text)) {
    const i = PLACE_CHARACTER.lastIndex - 1;
    if (i > 0 && isHanCode(text.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_UNIT_BODY && isHanCode(text.charCodeAt(j)) && ENDING_CODES[text.charCodeAt(j)] === 0) j++;
    if (j >= n || ENDING_CODES[text.charCodeAt(j)] === 0 || j === i + 1) continue;
    const end = j + 1;
    if (NOT_UNITS.has(text.slice(j - 1, end)) || NOT_UNITS.has(text.slice(j - 2, end))) continue;
    if (end < n && isHanCode(text.charCodeAt(end)) && FOLLOWER_CODES[text.charCodeAt(end)] === 0) continue;
    while (t < taken.length && taken[t].end <= i) t++;
    if (t < taken.length && taken[t].start < end) continue;
    out.push({ start: i, end, prefix: text[i] });
  }
  return out;
}

/** Mentions and unknown units of a document for this dictionary (computed once per pair). */
export function agencyScan(doc: PolicyDocument, dictionary: AgencyDictionary): AgencyScan {
  let perDictionary = scanCache.get(doc);
  if (!perDictionary) scanCache.set(doc, (perDictionary = new WeakMap()));
  const cached = perDictionary.get(dictionary);
  if (cached) return cached;
  const joined = joinedText(doc);
  const matches = dictionary.scan(joined.text);
  const mentions = matches.map((m): AgencyMention => {
    const start = joined.startOf(m.start);
    const end = joined.endOf(m.end);
    // A literal, not a spread: one object shape for every mention, and several times faster to build.
    return {
      start, nameStart: joined.startOf(m.nameStart), end, prefix: m.prefix, surface: m.surface, form: m.form,
      agency: m.agency, former: m.former, crossesBreak: end - start !== m.end - m.start,
    };
  });
  const unknown = unknownUnits(joined.text, matches).map((u): UnknownAgency => {
    const start = joined.startOf(u.start);
    const end = joined.endOf(u.end);
    return { start, end, name: joined.text.slice(u.start + u.prefix.length, u.end), prefix: u.prefix };
  });
  const scan = { joined, mentions, unknown };
  perDictionary.set(dictionary, scan);
  return scan;
}

/** After an edit, the agency scan of the new draft from the previous draft's and the re-checked lines'. */
export const carriedAgencyScan: CarriedScan = {
  carry(previous, doc, window, resources) {
    const dictionary = resources.agencies;
    const before = dictionary && scanCache.get(previous)?.get(dictionary);
    if (!dictionary || !before || scanCache.get(doc)?.has(dictionary)) return;
    const inWindow = agencyScan(window.document, dictionary);
    const scan: AgencyScan = {
      joined: joinedText(doc),
      mentions: splicedByWindow(before.mentions, inWindow.mentions, window, (m) => m.start, (m, by) => ({ ...m, start: m.start + by, nameStart: m.nameStart + by, end: m.end + by })),
      unknown: splicedByWindow(before.unknown, inWindow.unknown, window, (u) => u.start, (u, by) => ({ ...u, start: u.start + by, end: u.end + by })),
    };
    let perDictionary = scanCache.get(doc);
    if (!perDictionary) scanCache.set(doc, (perDictionary = new WeakMap()));
    perDictionary.set(dictionary, scan);
  },
};
