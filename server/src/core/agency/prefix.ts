import type { PlaceLevel, PlaceTable } from '../places/places';
import type { AgencyLevel } from './entries';
import { isHanCode } from '../text/chars';

/**
 * What stands before a local agency's name: a level character (`市`, `自治区`, `街道`), a list of
 * levels (`县（市、区）`), `管委会`, or a place name without its level (`浙江`, `平潭`, from the place
 * table). Pure helpers over the text, shared by the dictionary scan, the unknown-name scan and completion.
 */

/** Characters that end a place name and may stand right before a local agency (`长春市`, `延边州`, `阿拉善盟`, `城关镇`). */
export const PLACE_SUFFIXES = '省市县区州旗盟镇乡';

const LEVEL_OF_CHAR: Readonly<Record<string, AgencyLevel>> = { 省: '省', 市: '市', 州: '市', 盟: '市', 县: '县', 旗: '县', 区: '区', 镇: '乡镇', 乡: '乡镇' };
/** The same by character code: the scans read codes (a one-character string per Han character is what made them slow). */
const LEVEL_BY_CODE = new Map<number, AgencyLevel>(Object.entries(LEVEL_OF_CHAR).map(([c, l]) => [c.charCodeAt(0), l]));
const code = (c: string) => c.charCodeAt(0);
const [ZHI, QU, JIE, DAO, GUAN, WEI, HUI, ZHOU] = ['治', '区', '街', '道', '管', '委', '会', '州'].map(code);

/** Longer endings whose last character alone would give the wrong level (`自治区` is a province). */
const LEVEL_ENDINGS: readonly { readonly text: string; readonly level: AgencyLevel }[] = [
  { text: '特别行政区', level: '省' },
  { text: '自治区', level: '省' },
  { text: '自治州', level: '市' },
  { text: '自治县', level: '县' },
  { text: '自治旗', level: '县' },
];

/** A place name without its level, found by the place table (`浙江` → 省, `杭州` → 市, `平潭` → 县). */
export interface PlaceMatch {
  readonly start: number;
  readonly level: AgencyLevel;
}

/** Place names the prefix scan can recognise: the longest one ending at `end`. */
export interface PlaceIndex {
  endingAt(text: string, end: number): PlaceMatch | undefined;
  /** The level of a place name (official or short), or undefined when `name` is none. */
  levelOf(name: string): AgencyLevel | undefined;
}

export interface PlaceNameEntry {
  readonly name: string;
  readonly level: AgencyLevel;
}

interface PlaceNode {
  children?: Map<number, PlaceNode>;
  level?: AgencyLevel;
}

/** A reversed trie of place names (at least two characters each), for the longest name ending at a position. */
export function placeIndex(entries: readonly PlaceNameEntry[]): PlaceIndex {
  const root = new Map<number, PlaceNode>();
  for (const e of entries) {
    if (e.name.length < 2) continue;
    let level = root;
    let node: PlaceNode | undefined;
    for (let i = e.name.length - 1; i >= 0; i--) {
      const c = e.name.charCodeAt(i);
      node = level.get(c);
      if (!node) level.set(c, (node = { children: undefined, level: undefined }));
      if (i > 0) level = node.children ??= new Map();
    }
    // The higher level wins for a name two divisions share (`吉林` 省 and 市).
    if (!node!.level || rank(e.level) < rank(node!.level)) node!.level = e.level;
  }
  const find = (text: string, end: number, from: number): PlaceMatch | undefined => {
    let found: PlaceMatch | undefined;
    let node = root.get(text.charCodeAt(end - 1));
    for (let j = end - 1; node && j >= from;) {
      if (node.level && end - j >= 2) found = { start: j, level: node.level };
      if (--j < from || !node.children) break;
      node = node.children.get(text.charCodeAt(j));
    }
    return found;
  };
  return {
    endingAt: (text, end) => (end > 0 ? find(text, end, 0) : undefined),
    levelOf: (name) => {
      const found = find(name, name.length, 0);
      return found?.start === 0 ? found.level : undefined;
    },
  };
}

const LEVEL_OF_PLACE: Readonly<Record<PlaceLevel, AgencyLevel>> = { province: '省', prefecture: '市', county: '县' };
const indexes = new WeakMap<PlaceTable, PlaceIndex>();

/**
 * The place names of the division table that stand before an agency without their level (`浙江`,
 * `温州`, `平潭`): short names; official names end in a level character, which the prefix scan reads itself.
 * Built once per table.
 */
export function placeIndexOf(table: PlaceTable): PlaceIndex {
  let index = indexes.get(table);
  if (!index) {
    const entries: PlaceNameEntry[] = [];
    for (const p of table.places) {
      if (p.shortName) entries.push({ name: p.shortName, level: p.kind === '市辖区' ? '区' : p.kind === '直辖市' ? '省' : LEVEL_OF_PLACE[p.level] });
    }
    indexes.set(table, (index = placeIndex(entries)));
  }
  return index;
}

function rank(level: AgencyLevel): number {
  return ['国家', '省', '市', '县', '区', '乡镇'].indexOf(level);
}

/** A prefix found before a name: where it starts and the level it names. */
export interface FoundPrefix {
  readonly start: number;
  readonly level: AgencyLevel | undefined;
  /** The prefix is a place name from the place table, without a level character (`浙江`). */
  readonly placeName: boolean;
}

const OPEN_PARENS = '（(';
const CLOSE_PARENS = '）)';

/** The level of a level character at `at`, read with the characters before it (`自治区` → 省). */
function levelAt(text: string, at: number): AgencyLevel | undefined {
  const c = text.charCodeAt(at);
  const level = LEVEL_BY_CODE.get(c);
  if (!level) return undefined;
  // 自治区/州/县/旗 and 特别行政区: looked at only when the character before says so.
  const before = text.charCodeAt(at - 1);
  if (before === ZHI || (c === QU && before === code('政'))) {
    for (const e of LEVEL_ENDINGS) if (e.text.charCodeAt(e.text.length - 1) === c && text.startsWith(e.text, at + 1 - e.text.length)) return e.level;
  }
  return level;
}

export function isLevelChar(c: string): boolean {
  return LEVEL_OF_CHAR[c] !== undefined;
}

/**
 * A place prefix ending at `end`: a level character (`市`), `街道`, `管委会`, a bracket listing
 * levels (`县（市、区）`), or a place name from the table (`浙江`). Longest forms first.
 */
export function placePrefixBefore(text: string, end: number, places: PlaceIndex | undefined): FoundPrefix | undefined {
  if (end <= 0) return undefined;
  const last = text.charCodeAt(end - 1);
  if (last === DAO && text.charCodeAt(end - 2) === JIE) return { start: end - 2, level: '乡镇', placeName: false };
  if (last === HUI && text.charCodeAt(end - 2) === WEI && text.charCodeAt(end - 3) === GUAN) return { start: end - 3, level: '区', placeName: false };
  const level = levelAt(text, end - 1);
  // `温州`, `杭州`: 州 ends a place name without its level; the name is the prefix.
  if (level && last === ZHOU) {
    const place = places?.endingAt(text, end);
    if (place && place.start < end - 1 && opensName(text, place.start)) return { start: place.start, level: place.level, placeName: true };
  }
  if (level) return { start: end - 1, level, placeName: false };
  if (end > 1 && CLOSE_PARENS.includes(text[end - 1]) && isLevelChar(text[end - 2])) {
    // `各县（市、区）生态环境局`: the bracket lists levels.
    for (let k = end - 3; k >= Math.max(0, end - 12); k--) {
      if (OPEN_PARENS.includes(text[k])) {
        const outer = k > 0 ? levelAt(text, k - 1) : undefined;
        if (outer) return { start: k - 1, level: outer, placeName: false };
        break;
      }
    }
  }
  const place = places?.endingAt(text, end);
  // A place name without its level must open the name (`、浙江银保监局`); after another character it may be a word (`区资源生态局`: 资源 is a county).
  return place && opensName(text, place.start) ? { start: place.start, level: place.level, placeName: true } : undefined;
}

/** Words that may stand right before a name (`由市…`, `会同浙江…`, `请各区…`). */
const BEFORE_NAME = new Set('由请各和与及同向对经将把为给让交报送或从在等至并'.split(''));

/** A name may start at `at`: the text start, a character that is not Han, or a word that leads into a name. */
export function opensName(text: string, at: number): boolean {
  if (at <= 0) return true;
  const c = text.charCodeAt(at - 1);
  return !isHanCode(c) || BEFORE_NAME.has(text[at - 1]);
}

/** A party committee before a name: `市委`, `县（市、区）委`, `区党工委`, `镇党委`. */
export function partyPrefixBefore(text: string, end: number, places: PlaceIndex | undefined): FoundPrefix | undefined {
  if (text.startsWith('党工委', end - 3)) return placePrefixBefore(text, end - 3, places);
  if (text.startsWith('党委', end - 2)) return placePrefixBefore(text, end - 2, places);
  return text[end - 1] === '委' ? placePrefixBefore(text, end - 1, places) : undefined;
}

/**
 * A place name, as written, ending at `end` and at most `max` characters long: the place table's, or
 * Han characters ending in a level character (`浙江省`, `温州市`). For names inside a branch office's
 * name (`中国人民银行` + place + `分行`).
 */
export function placeNameBefore(text: string, end: number, places: PlaceIndex | undefined, parentEnd: (start: number) => boolean, max = 8): { start: number; level: AgencyLevel | undefined } | undefined {
  for (let start = end - 2; start >= Math.max(0, end - max); start--) {
    if (!parentEnd(start)) continue;
    const name = text.slice(start, end);
    if (!/^[\u3400-\u9fff]+$/.test(name)) return undefined;
    const level = places?.levelOf(name) ?? levelAt(text, end - 1);
    if (level) return { start, level };
  }
  return undefined;
}
