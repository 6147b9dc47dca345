import type { AgencyDictionary, AgencyMatch } from '../../agency/dictionary';
import type { AgencyLevel } from '../../agency/entries';
import type { PlaceIndex } from '../../agency/prefix';
import { PLACE_SUFFIXES, opensName, placeIndexOf, placePrefixBefore } from '../../agency/prefix';
import { charCodeTable, isHanCode } from '../../text/chars';
import type { PolicyDocument } from '../../model/document';
import type { CarriedScan, RuleResources } from '../rule';
import { splicedByWindow } from '../rule';

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
  /** Start of the prefix (`市`, `浙江省`, `市委`), or of the name when it is listed after another (`、财攻局`). */
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  /** Without the prefix: `林园局`. */
  readonly name: string;
  readonly prefix: string;
  readonly level: AgencyLevel | undefined;
  readonly crossesBreak: boolean;
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
const UNIT_ENDINGS = '局委办厅部会院府';
/** Words ending in 局/委/办/厅/部/会/院/府 that are not units: `格局`, `交办`, `大厅`, `常委`, `干部`, `社会`, `医院`, `首府`. */
const NOT_UNITS = new Set([
  '格局', '布局', '大局', '全局', '开局', '变局', '新局', '结局', '困局', '僵局', '破局', '当局', '时局', '定局', '胜局', '终局', '残局', '棋局', '骗局', '饭局', '赌局', '分局',
  '交办', '督办', '承办', '主办', '协办', '举办', '查办', '转办', '批办', '代办', '创办', '开办', '兴办', '包办', '领办', '帮办', '速办', '快办', '通办', '网办', '掌办', '好办', '难办', '照办', '试办', '合办', '怎办', '必办', '要办', '去办', '来办', '在办', '已办', '待办', '可办', '就办', '即办', '易办', '能办', '联办', '集办', '一办',
  '大厅', '展厅', '餐厅', '客厅', '门厅', '舞厅', '前厅', '营业厅',
  '常委', '党委', '纪委', '编委', '村委', '居委', '团委', '市委', '省委', '县委', '区委', '主委', '监委', '政委',
  '干部', '全部', '内部', '外部', '局部', '总部', '本部', '东部', '西部', '南部', '北部', '中部', '支部', '腹部', '头部', '底部', '顶部',
  '社会', '大会', '全会', '协会', '学会', '工会', '商会', '机会', '都会', '例会', '晚会', '聚会', '开会', '年会', '峰会', '展会', '博览会',
  '医院', '学院', '剧院', '影院', '庭院', '住院', '书院', '寺院', '院落', '首府', '学府', '王府', '官府',
]);
/** After a unit name in running text: `市林园局负责`, `市林园局牵头`, `市林园局等`, `区管委会办公室`, `区管委会文件`. */
const UNIT_FOLLOWERS = '负牵配等和与及会按要在的作对为将已联共分是各组印关主党领协参办文';
const MAX_UNIT_BODY = 12;
/** What a zone's name ends with before a unit of its administration (`平潭综合实验区行政审批局`, `高新技术产业开发区财政局`). */
const ZONE_ENDINGS = ['实验区', '试验区', '开发区', '示范区', '合作区', '新区', '片区', '园区'];

const ENDING_CODES = charCodeTable(UNIT_ENDINGS);
const PLACE_CODES = charCodeTable(PLACE_SUFFIXES);
const LIST_SEPARATOR = '、'.charCodeAt(0);
const PLACE_CHARACTER = new RegExp(`[${PLACE_SUFFIXES}]`, 'g');
const FOLLOWER_CODES = charCodeTable(UNIT_FOLLOWERS);
/** After a level character, these make a word with it (`省级`, `市直`, `区属`, `县域`, `市内`), not a name. */
const NOT_A_PREFIX_CODES = charCodeTable('级直属域内外情');

/**
 * `市林园局`-shaped units the dictionary does not know: a level character that starts a name (text
 * before it is not Han, a word that leads into a name, or a place name: `、市…`, `由市…`, `浙江省…`),
 * or a name listed right after a known one or another unit (`区经发局、财攻局`); then Han characters up
 * to a unit ending (UNIT_ENDINGS). After `市委` / `区党工委` the name is a party department's (`组识部`).
 * One pass, in text order.
 */
function unknownUnits(text: string, taken: readonly AgencyMatch[], dictionary: AgencyDictionary, places: PlaceIndex | undefined): Omit<UnknownAgency, 'crossesBreak'>[] {
  const n = text.length;
  /**
   * Where a name can open: after a level character, or right after a listed name. `at`: where a known
   * name would start if the level character is part of it (`市场监督管理局`).
   */
  const openings: { start: number; at: number; bodyStart: number; level: AgencyLevel | undefined }[] = [];
  /** The level of an opening, read when a unit is found there (most openings hold none). */
  const levelOf = (o: (typeof openings)[number]) => (o.at === o.bodyStart ? o.level : placePrefixBefore(text, o.at + 1, places)?.level);
  PLACE_CHARACTER.lastIndex = 0;
  // Level characters are found by the regex engine's native loop; the checks run only there.
  while (PLACE_CHARACTER.test(text)) {
    const i = PLACE_CHARACTER.lastIndex - 1;
    let start = i;
    if (!opensName(text, i)) {
      const place = places?.endingAt(text, i);
      // A zone's name ending in 区 (`平潭综合实验区`, `福州新区`) opens a name as a place does: the known names after it are found so.
      if (place && opensName(text, place.start)) start = place.start;
      else if (!ZONE_ENDINGS.some((z) => text.startsWith(z, i + 1 - z.length))) continue;
    }
    // `省级`, `市直`, `区属`, `县域`: the level character is part of a word, no name follows.
    if (NOT_A_PREFIX_CODES[text.charCodeAt(i + 1)] === 1) continue;
    const party = text.startsWith('党工委', i + 1) ? 3 : text[i + 1] === '委' ? 1 : 0;
    openings.push({ start, at: i, bodyStart: i + 1 + party, level: undefined });
  }
  const listed = taken.filter((m) => m.level !== undefined && text.charCodeAt(m.end) === LIST_SEPARATOR).map((m) => ({ start: m.end + 1, at: m.end + 1, bodyStart: m.end + 1, level: m.level }));
  const all = mergeByStart(openings, listed);

  /**
   * The end of a unit from `bodyStart`: the first unit ending followed by a boundary, within
   * MAX_UNIT_BODY Han characters (`人民政府办公厅`: the 办 of 办公 is no end).
   */
  const unitEnd = (bodyStart: number): number | undefined => {
    if (!isHanCode(text.charCodeAt(bodyStart))) return undefined;
    for (let j = bodyStart + 1; j < n && j - bodyStart <= MAX_UNIT_BODY && isHanCode(text.charCodeAt(j)); j++) {
      if (ENDING_CODES[text.charCodeAt(j)] === 0) continue;
      const end = j + 1;
      if (end < n && isHanCode(text.charCodeAt(end)) && FOLLOWER_CODES[text.charCodeAt(end)] === 0) continue;
      // `社会`, `格局`: a word, not the end of a name; a longer name may go on after it (`区社会事业局`).
      if (NOT_UNITS.has(text.slice(j - 1, end)) || NOT_UNITS.has(text.slice(j - 2, end))) continue;
      return end;
    }
    return undefined;
  };
  const out: Omit<UnknownAgency, 'crossesBreak'>[] = [];
  let t = 0;
  let lastEnd = 0;
  for (let k = 0; k < all.length; k++) {
    let { start, at, bodyStart } = all[k];
    let level: AgencyLevel | undefined;
    while (start >= lastEnd) {
      const end = unitEnd(bodyStart);
      if (end === undefined) break;
      while (t < taken.length && taken[t].end <= start) t++;
      if (t < taken.length && taken[t].start < end) break;
      // `×××市场监督管理局`: the level character begins a known name.
      if (dictionary.lookup(text.slice(at, end))) break;
      level ??= levelOf(all[k]);
      out.push({ start, nameStart: bodyStart, end, name: text.slice(bodyStart, end), prefix: text.slice(start, bodyStart), level });
      lastEnd = end;
      // `区经发局、财攻局`: the next listed name, unless a level character opens it (its own opening).
      if (text.charCodeAt(end) !== LIST_SEPARATOR || PLACE_CODES[text.charCodeAt(end + 1)] === 1) break;
      start = at = bodyStart = end + 1;
    }
  }
  return out;
}

/** Two lists sorted by start, merged. */
function mergeByStart<T extends { readonly start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** Resources with an agency dictionary: what the agency scan needs. */
export type AgencyResources = RuleResources & { readonly agencies: AgencyDictionary };

/** The resources if they hold an agency dictionary (rules do nothing without one). */
export function withAgencies(resources: RuleResources): AgencyResources | undefined {
  return resources.agencies ? (resources as AgencyResources) : undefined;
}

/**
 * Mentions and unknown units of a document (computed once per document and dictionary; the division
 * table is the process's, the same for every call).
 */
export function agencyScan(doc: PolicyDocument, resources: AgencyResources): AgencyScan {
  const dictionary = resources.agencies;
  let perDictionary = scanCache.get(doc);
  if (!perDictionary) scanCache.set(doc, (perDictionary = new WeakMap()));
  const cached = perDictionary.get(dictionary);
  if (cached) return cached;
  const joined = joinedText(doc);
  const places = resources.places && placeIndexOf(resources.places);
  const matches = dictionary.scan(joined.text, places);
  const mentions = matches.map((m): AgencyMention => {
    const start = joined.startOf(m.start);
    const end = joined.endOf(m.end);
    // A literal, not a spread: one object shape for every mention, and several times faster to build.
    return {
      start, nameStart: joined.startOf(m.nameStart), end, prefix: m.prefix, level: m.level, place: m.place, surface: m.surface, form: m.form,
      pattern: m.pattern, agency: m.agency, former: m.former, crossesBreak: end - start !== m.end - m.start,
    };
  });
  const unknown = unknownUnits(joined.text, matches, dictionary, places).map((u): UnknownAgency => {
    const start = joined.startOf(u.start);
    const end = joined.endOf(u.end);
    return { start, nameStart: joined.startOf(u.nameStart), end, name: u.name, prefix: u.prefix, level: u.level, crossesBreak: end - start !== u.end - u.start };
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
    const inWindow = agencyScan(window.document, { ...resources, agencies: dictionary });
    const scan: AgencyScan = {
      joined: joinedText(doc),
      mentions: splicedByWindow(before.mentions, inWindow.mentions, window, (m) => m.start, (m, by) => ({ ...m, start: m.start + by, nameStart: m.nameStart + by, end: m.end + by })),
      unknown: splicedByWindow(before.unknown, inWindow.unknown, window, (u) => u.start, (u, by) => ({ ...u, start: u.start + by, nameStart: u.nameStart + by, end: u.end + by })),
    };
    let perDictionary = scanCache.get(doc);
    if (!perDictionary) scanCache.set(doc, (perDictionary = new WeakMap()));
    perDictionary.set(dictionary, scan);
  },
};
