import type { Marker, NumberingScheme } from '../model/document';
import type { OccurrenceIndex } from '../text/occurrences';
import { charCodeTable } from '../text/chars';
import { CHINESE_NUMERAL_CHARS, parseArabic, parseChineseNumeral, parseCircled, CIRCLED } from './numerals';

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,6}`;
const AR = '[0-9０-９]{1,3}';

// Sticky patterns matched at a line's content start. Order matters: regulation style first.
const REGULATION = new RegExp(`第(${CN}|${AR})(部分|章|节|条)`, 'y');
const CHINESE = new RegExp(`(${CN})(、|[.．](?![0-9０-９]))`, 'y');
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

/**
 * Candidate markers inside a line (after `from`), for headings that a conversion ran into one
 * line. Only the 一、 and （一） styles: the others are too common inside running text.
 * Found from the punctuation's occurrence table: a regex tried at every position costs more
 * than the rest of the parse.
 */
export function inlineMarkerCandidates(text: string, from: number, end: number, occurrences: OccurrenceIndex): readonly Marker[] {
  let result: Marker[] | undefined;
  const commas = occurrences.of('、');
  const ps = commas.all;
  for (let i = commas.firstIndex(from); i < ps.length && ps[i] < end; i++) {
    const p = ps[i];
    let q = p;
    while (q > from && p - q < 6 && NUMERAL_CODES[text.charCodeAt(q - 1)] === 1) q--;
    if (q === p || NUMERAL_CODES[text.charCodeAt(q - 1)] === 1) continue;
    const marker = matchMarker(text, q, end);
    if (marker?.scheme === 'chinese') (result ??= []).push(marker);
  }
  for (const open of OPENING_BRACKETS) {
    const table = occurrences.of(open);
    const qs = table.all;
    for (let i = table.firstIndex(from); i < qs.length && qs[i] < end; i++) {
      const p = qs[i];
      if (NUMERAL_CODES[text.charCodeAt(p + 1)] !== 1) continue;
      const marker = matchMarker(text, p, end);
      if (marker?.scheme === 'chinese-paren') (result ??= []).push(marker);
    }
  }
  // Most lines hold none: answered without allocating.
  return result ? result.sort((a, b) => a.start - b.start) : NO_MARKERS;
}

const OPENING_BRACKETS = ['（', '('];
const NO_MARKERS: readonly Marker[] = Object.freeze([]);

/** The marker moved by `by` code units. */
export function shiftMarker(m: Marker, by: number): Marker {
  return {
    ...m, start: m.start + by, end: m.end + by, numeralStart: m.numeralStart + by, numeralEnd: m.numeralEnd + by,
    ...(m.trailing ? { trailing: { ...m.trailing, start: m.trailing.start + by, end: m.trailing.end + by } } : {}),
  };
}
