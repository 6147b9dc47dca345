import type { Marker, NumberingScheme } from '../model/document';
import type { OccurrenceIndex } from '../text/occurrences';
import { charCodeTable } from '../text/chars';
import { CHINESE_NUMERAL_CHARS, parseArabic, parseChineseNumeral, parseCircled, CIRCLED } from './numerals';

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,6}`;
const AR = '[0-9０-９]{1,3}';

// Sticky patterns matched at a line's content start. Order matters: regulation style first.
const REGULATION = new RegExp(`第(${CN}|${AR})(部分|章|节|条)`, 'y');
const CHINESE = new RegExp(`(${CN})(、|[.．])`, 'y'); // `一.2025年`: a Chinese numeral and a point never read as a decimal
const CHINESE_PAREN = new RegExp(`([（(])(${CN})([）)])`, 'y');
const ARABIC_PAREN = new RegExp(`([（(])(${AR})([）)])`, 'y');
const ARABIC = new RegExp(`(${AR})(、|[.．](?![0-9０-９]))`, 'y');
/** （一） before （1）, 一、 before 1.: the order in which a line start is tried. */
const BRACKETED: readonly [RegExp, 'chinese-paren' | 'arabic-paren'][] = [[CHINESE_PAREN, 'chinese-paren'], [ARABIC_PAREN, 'arabic-paren']];
const SEPARATED: readonly [RegExp, 'chinese' | 'arabic'][] = [[CHINESE, 'chinese'], [ARABIC, 'arabic']];
const CIRCLED_RE = new RegExp(`([${CIRCLED}])`, 'y');
/** Punctuation wrongly written right after a marker that already carries its own (`（一）、`, `①.`). */
const TRAILING = /[、.．，,:：]/y;

const REGULATION_SCHEME: Readonly<Record<string, NumberingScheme>> = {
  部分: 'part', 章: 'chapter', 节: 'section', 条: 'article',
};

/** The numeral of `第…条` is all digits or all Chinese numerals (the pattern allows nothing else). */
function numeral(s: string): { value: number; kind: 'chinese' | 'arabic' } {
  const arabic = parseArabic(s);
  return Number.isNaN(arabic) ? { value: parseChineseNumeral(s), kind: 'chinese' } : { value: arabic, kind: 'arabic' };
}

function trailingAt(text: string, pos: number, end: number): Marker['trailing'] {
  TRAILING.lastIndex = pos;
  if (pos < end && TRAILING.test(text)) return { text: text[pos], start: pos, end: pos + 1 };
  return undefined;
}

/** What a marker can start with: 第, a bracket, a numeral or digit, a circled number. */
const MARKER_FIRST = charCodeTable(`第（(${CHINESE_NUMERAL_CHARS}0123456789０１２３４５６７８９${CIRCLED}`);

/** The heading marker starting exactly at `pos`, if any. `end` bounds the line. */
export function matchMarker(text: string, pos: number, end: number): Marker | undefined {
  // Most lines start with none of them: answered without trying six patterns.
  if (pos >= end || MARKER_FIRST[text.charCodeAt(pos)] !== 1) return undefined;
  let m: RegExpExecArray | null;

  REGULATION.lastIndex = pos;
  if ((m = REGULATION.exec(text)) && m.index + m[0].length <= end) {
    const n = numeral(m[1]);
    if (!Number.isFinite(n.value) || n.value === 0) return undefined;
    return {
      scheme: REGULATION_SCHEME[m[2]], value: n.value, text: m[0], start: pos, end: pos + m[0].length,
      numeralStart: pos + 1, numeralEnd: pos + 1 + m[1].length, numeralKind: n.kind,
    };
  }

  for (const [re, scheme] of BRACKETED) {
    re.lastIndex = pos;
    if ((m = re.exec(text)) && m.index + m[0].length <= end) {
      const numeralKind = scheme === 'arabic-paren' ? 'arabic' : 'chinese';
      const value = numeralKind === 'arabic' ? parseArabic(m[2]) : parseChineseNumeral(m[2]);
      if (!Number.isFinite(value) || value === 0) return undefined;
      const markerEnd = pos + m[0].length;
      return {
        scheme, value, text: m[0], start: pos, end: markerEnd,
        numeralStart: pos + 1, numeralEnd: pos + 1 + m[2].length, numeralKind,
        open: m[1], close: m[3], trailing: trailingAt(text, markerEnd, end),
      };
    }
  }

  for (const [re, scheme] of SEPARATED) {
    re.lastIndex = pos;
    if ((m = re.exec(text)) && m.index + m[0].length <= end) {
      const numeralKind = scheme === 'arabic' ? 'arabic' : 'chinese';
      const value = numeralKind === 'arabic' ? parseArabic(m[1]) : parseChineseNumeral(m[1]);
      if (!Number.isFinite(value) || value === 0) return undefined;
      return {
        scheme, value, text: m[0], start: pos, end: pos + m[0].length,
        numeralStart: pos, numeralEnd: pos + m[1].length, numeralKind, separator: m[2],
      };
    }
  }

  CIRCLED_RE.lastIndex = pos;
  if ((m = CIRCLED_RE.exec(text)) && pos < end) {
    return {
      scheme: 'circled', value: parseCircled(m[1]), text: m[1], start: pos, end: pos + 1,
      numeralStart: pos, numeralEnd: pos + 1, numeralKind: 'circled', trailing: trailingAt(text, pos + 1, end),
    };
  }
  return undefined;
}

const NUMERAL_CODES = charCodeTable(CHINESE_NUMERAL_CHARS);
export const DIGIT_CODES = charCodeTable('0123456789０１２３４５６７８９');

/**
 * The standard levels a drafter writes in each other's style: 一、/（一）, （一）/1., 1./（1）, （一）/（1）. Symmetric;
 * each level's neighbours in the order the parser tries them.
 */
export const NEIGHBOUR_LEVELS: Partial<Readonly<Record<NumberingScheme, readonly NumberingScheme[]>>> = {
  chinese: ['chinese-paren'],
  'chinese-paren': ['chinese', 'arabic', 'arabic-paren'],
  arabic: ['chinese-paren', 'arabic-paren'],
  'arabic-paren': ['arabic', 'chinese-paren'],
};

/** Are the two levels neighbours, written in each other's style by slip (`NEIGHBOUR_LEVELS`)? */
export function neighbouringLevels(a: NumberingScheme, b: NumberingScheme): boolean {
  return NEIGHBOUR_LEVELS[a]?.includes(b) ?? false;
}
/** `9.2025年底前完成`: an arabic marker whose point is followed by a figure. Only the sequence can tell it from a decimal. */
const ARABIC_BEFORE_FIGURE = new RegExp(`(${AR})([.．])(?=[0-9０-９])`, 'y');

/**
 * The marker at `pos` read as `9.` even though a figure follows its point (`9.2025年底前`). A caller
 * takes it only where the sequence expects that number (between `8.` and `10.`).
 */
export function matchMarkerBeforeFigure(text: string, pos: number, end: number): Marker | undefined {
  ARABIC_BEFORE_FIGURE.lastIndex = pos;
  const m = ARABIC_BEFORE_FIGURE.exec(text);
  if (!m || pos + m[0].length > end) return undefined;
  const value = parseArabic(m[1]);
  if (!Number.isFinite(value) || value === 0) return undefined;
  return {
    scheme: 'arabic', value, text: m[0], start: pos, end: pos + m[0].length,
    numeralStart: pos, numeralEnd: pos + m[1].length, numeralKind: 'arabic', separator: m[2],
  };
}

/** `二，加强…`: a Chinese numeral and a comma where its 、 belongs. */
const CHINESE_COMMA = new RegExp(`(${CN})([，,])`, 'y');

/** `三加强组织领导`: a Chinese numeral without its 、, the title right after it. */
const CHINESE_BARE = new RegExp(`(${CN})(?=[\\u3400-\\u9fff0-9０-９])`, 'y');
/**
 * What makes a numeral at a line start a word or a figure, not a marker without its 、: a counted thing or a time
 * (`三项`, `两个`, `三年来`, `一季度`, `五位一体`), an enumeration word (`一是`, `二要`), a word or a place name (`一方面`,
 * `三大`, `一批`, `三农`, `一流`, `一些`, `一带一路`, `二氧化碳`, `三明市`, `四川省`).
 */
const WORD_AFTER_NUMERAL = charCodeTable('是要大项条个年月日号时季度周天级种次类批届期方部点位名家中小重者则来农线化些成倍份层段套轮支座所户人元岁流带体切直般样起定致律道同把门' +
  // Place names and words a numeral starts (三明, 三亚, 三峡, 四川, 四平, 六安, 六盘水, 七台河, 九江, 十堰, 二氧化碳, 三角).
  '明亚峡川平安盘台江堰氧角');
/** Characters that end a title or make the line a sentence (a title may hold 、 and brackets). */
const OUT_OF_TITLE = charCodeTable('，：；,:;！？!?');
/** How long the title of a marker without its 、 may be. */
const BARE_TITLE = 30;

/**
 * `三加强组织领导`: a Chinese numeral starting the line without its 、, before a title of up to 30 characters that ends
 * the line or a full stop (no comma, colon or semicolon before it). Only where the open run expects the number,
 * like the other sequence-only markers: prose starts lines with numerals (`三年来，…`, `一方面…`), never in a short
 * title line that continues a run.
 */
function matchBareChinese(text: string, pos: number, end: number): Marker | undefined {
  CHINESE_BARE.lastIndex = pos;
  const m = CHINESE_BARE.exec(text);
  if (!m || NUMERAL_CODES[text.charCodeAt(pos - 1)] === 1) return undefined;
  const numeralEnd = pos + m[1].length;
  if (WORD_AFTER_NUMERAL[text.charCodeAt(numeralEnd)] === 1) return undefined;
  let p = numeralEnd;
  while (p < end && p - numeralEnd <= BARE_TITLE && text[p] !== '。' && OUT_OF_TITLE[text.charCodeAt(p)] !== 1) p++;
  if (p - numeralEnd < 4 || p - numeralEnd > BARE_TITLE || (p < end && text[p] !== '。')) return undefined;
  const value = parseChineseNumeral(m[1]);
  if (!Number.isFinite(value) || value === 0) return undefined;
  return {
    scheme: 'chinese', value, text: m[1], start: pos, end: numeralEnd,
    numeralStart: pos, numeralEnd, numeralKind: 'chinese', separator: '',
  };
}

/**
 * A line-start marker only the sequence makes a heading, never one that starts a run: `9.` before a figure
 * (`9.2025年底前`), a Chinese numeral with a comma for its 、 (`二，加强…` between `一、` and `三、`; prose never
 * starts a line with a numeral and a comma, and the numbering rules then report the separator), or one without
 * its 、 before a short title (`三加强组织领导`, `matchBareChinese`).
 */
export function matchSequenceOnlyMarker(text: string, pos: number, end: number): Marker | undefined {
  const figure = matchMarkerBeforeFigure(text, pos, end);
  if (figure) return figure;
  CHINESE_COMMA.lastIndex = pos;
  if (!CHINESE_COMMA.test(text)) return matchBareChinese(text, pos, end);
  return matchChineseComma(text, pos, end);
}

/** `二，` at `pos`: a Chinese numeral with a comma for its 、 (not the end of a longer numeral). */
function matchChineseComma(text: string, pos: number, end: number): Marker | undefined {
  CHINESE_COMMA.lastIndex = pos;
  const m = CHINESE_COMMA.exec(text);
  if (!m || pos + m[0].length > end || NUMERAL_CODES[text.charCodeAt(pos - 1)] === 1) return undefined;
  const value = parseChineseNumeral(m[1]);
  if (!Number.isFinite(value) || value === 0) return undefined;
  return {
    scheme: 'chinese', value, text: m[0], start: pos, end: pos + m[0].length,
    numeralStart: pos, numeralEnd: pos + m[1].length, numeralKind: 'chinese', separator: m[2],
  };
}

/**
 * A candidate inside a line; `sequenceOnly`: a marker only the sequence makes a heading, never one that starts a run:
 * `9.` before a figure (see `matchMarkerBeforeFigure`), `五，` with a comma for its 、 (see `matchChineseComma`).
 */
export interface InlineCandidate {
  readonly marker: Marker;
  readonly sequenceOnly: boolean;
}

/**
 * Candidate markers inside a line (after `from`), for headings that a conversion ran into one line:
 * every style (一、 （一） 1. 1、 （1） 第X章/节/条). Whether one starts a heading is the parser's
 * decision (what stands before it, whether its number continues the run). Found from the
 * punctuation's occurrence tables: a regex tried at every position costs more than the rest of the parse.
 */
/** Which styles a scan looks for beyond 一、 and （一） (which it always does). */
export interface InlineStyles {
  readonly arabic: boolean;
  readonly arabicParen: boolean;
  readonly regulation: boolean;
}

export function inlineMarkerCandidates(text: string, from: number, end: number, occurrences: OccurrenceIndex, styles: InlineStyles): readonly InlineCandidate[] {
  const result: InlineCandidate[] = [];
  const add = (marker: Marker | undefined, sequenceOnly = false) => {
    if (marker) result.push({ marker, sequenceOnly });
  };
  // 一、 and 1、: the numeral before the comma.
  const commas = occurrences.of('、');
  for (let i = commas.firstIndex(from), ps = commas.all; i < ps.length && ps[i] < end; i++) {
    const p = ps[i];
    let q = p;
    const table = NUMERAL_CODES[text.charCodeAt(p - 1)] === 1 ? NUMERAL_CODES : DIGIT_CODES;
    if (table === DIGIT_CODES && !styles.arabic) continue;
    while (q > from && p - q < 6 && table[text.charCodeAt(q - 1)] === 1) q--;
    if (q === p) continue;
    // A longer run of numerals or digits (`二〇二一、`, a phone number) is not a marker; digits glued to
    // a figure are tried from each start the run allows (the parser keeps the one the sequence expects).
    if (table === NUMERAL_CODES) {
      if (NUMERAL_CODES[text.charCodeAt(q - 1)] === 1) continue;
      const m = matchMarker(text, q, end);
      if (m?.scheme === 'chinese') add(m);
    } else {
      for (let s = Math.max(q, p - 3); s < p; s++) {
        const m = matchMarker(text, s, end);
        if (m?.scheme === 'arabic') add(m);
      }
    }
  }
  // 二. 二． and 二，: a Chinese numeral with a point or a comma for its 、; the comma's only where the run expects it.
  for (const [mark, sequenceOnly] of CHINESE_WRONG_SEPARATORS) {
    const table = occurrences.of(mark);
    for (let i = table.firstIndex(from), ps = table.all; i < ps.length && ps[i] < end; i++) {
      const p = ps[i];
      if (NUMERAL_CODES[text.charCodeAt(p - 1)] !== 1) continue;
      let q = p;
      while (q > from && p - q < 6 && NUMERAL_CODES[text.charCodeAt(q - 1)] === 1) q--;
      if (NUMERAL_CODES[text.charCodeAt(q - 1)] === 1) continue;
      const m = sequenceOnly ? matchChineseComma(text, q, end) : matchMarker(text, q, end);
      if (m?.scheme === 'chinese' && m.end === p + 1) add(m, sequenceOnly);
    }
  }
  // 1. and 1．: the digits before the point, also glued to a figure or word before them.
  for (const point of styles.arabic ? POINTS : NONE) {
    const table = occurrences.of(point);
    for (let i = table.firstIndex(from), ps = table.all; i < ps.length && ps[i] < end; i++) {
      const p = ps[i];
      if (DIGIT_CODES[text.charCodeAt(p - 1)] !== 1) continue;
      let q = p;
      while (q > from && p - q < 6 && DIGIT_CODES[text.charCodeAt(q - 1)] === 1) q--;
      // `…。9.2025年底前`: read before a figure only after a sentence end, bracket or space (a decimal never is).
      if (DIGIT_CODES[text.charCodeAt(p + 1)] === 1) {
        if (p - q <= 3 && FIGURE_BOUNDARY[text.charCodeAt(q - 1)] === 1) add(matchMarkerBeforeFigure(text, q, end), true);
        continue;
      }
      for (let s = Math.max(q, p - 3); s < p; s++) add(matchMarker(text, s, end));
    }
  }
  for (const open of OPENING_BRACKETS) {
    const table = occurrences.of(open);
    for (let i = table.firstIndex(from), qs = table.all; i < qs.length && qs[i] < end; i++) {
      const p = qs[i];
      const c = text.charCodeAt(p + 1);
      if (NUMERAL_CODES[c] !== 1 && (DIGIT_CODES[c] !== 1 || !styles.arabicParen)) continue;
      const marker = matchMarker(text, p, end);
      if (marker?.scheme === 'chinese-paren' || marker?.scheme === 'arabic-paren') add(marker);
    }
  }
  const di = styles.regulation ? occurrences.of('第') : undefined;
  for (let i = di ? di.firstIndex(from) : 0, ps = di ? di.all : NONE_POSITIONS; i < ps.length && ps[i] < end; i++) {
    const c = text.charCodeAt(ps[i] + 1);
    if (NUMERAL_CODES[c] !== 1 && DIGIT_CODES[c] !== 1) continue;
    const marker = matchMarker(text, ps[i], end);
    if (marker && (marker.scheme === 'part' || marker.scheme === 'chapter' || marker.scheme === 'section' || marker.scheme === 'article')) add(marker);
  }
  return result.length > 1 ? result.sort((a, b) => a.marker.start - b.marker.start || b.marker.end - a.marker.end) : result;
}

const OPENING_BRACKETS = ['（', '('];
const CHINESE_WRONG_SEPARATORS: readonly (readonly [string, boolean])[] = [['.', false], ['．', false], ['，', true]];
const POINTS = ['.', '．'];
const NONE: readonly string[] = [];
const NONE_POSITIONS: readonly number[] = [];

/**
 * Markers of any style starting in [from, to) (a short window right after a heading's title, where a
 * heading of a lower level runs in: `第一章　总则　　第一条`, `三、参加人员1.片区…`). Read position by position:
 * the window is a few characters.
 */
export function windowCandidates(text: string, from: number, to: number, end: number): readonly InlineCandidate[] {
  const result: InlineCandidate[] = [];
  for (let p = from; p < to && p < end; p++) {
    if (MARKER_FIRST[text.charCodeAt(p)] !== 1 || MARKER_FIRST[text.charCodeAt(p - 1)] === 1) continue;
    const marker = matchMarker(text, p, end);
    if (marker && marker.scheme !== 'circled') result.push({ marker, sequenceOnly: false });
  }
  return result;
}
/** What may stand before `9.` read before a figure: a sentence end, a closing bracket, a space. */
const FIGURE_BOUNDARY = charCodeTable(['。', '！', '？', '；', '!', '?', ';', '）', ')', '”', '】', '》', ' ', '\u3000', '\t']);

/**
 * The marker moved by `by` code units. Written out field by field: a re-parse moves every marker after
 * an edit, and spreading the object cost several times as much.
 */
export function shiftMarker(m: Marker, by: number): Marker {
  const moved: Mutable<Marker> = {
    scheme: m.scheme, value: m.value, text: m.text, start: m.start + by, end: m.end + by,
    numeralStart: m.numeralStart + by, numeralEnd: m.numeralEnd + by, numeralKind: m.numeralKind,
  };
  // A key a parse wrote stays, even holding undefined (`trailing` where none follows): the moved marker equals a fresh one.
  if ('open' in m) moved.open = m.open;
  if ('close' in m) moved.close = m.close;
  if ('separator' in m) moved.separator = m.separator;
  if ('trailing' in m) moved.trailing = m.trailing && { text: m.trailing.text, start: m.trailing.start + by, end: m.trailing.end + by };
  return moved;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
