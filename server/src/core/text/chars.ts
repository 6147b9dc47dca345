/**
 * The character classes of the product, one definition each, for the parser and every rule: Han
 * characters, Chinese context, whitespace, sentence ends, web addresses. Tests read UTF-16 code units
 * (`text.charCodeAt(i)`): the hot loops avoid `text[i]`, which allocates a string for every non-ASCII character.
 */
import type { Span } from './lineIndex';

/**
 * A Han character: CJK unified ideographs, extension A, compatibility ideographs, and the high surrogates
 * D840–D87F that start the extension planes (U+20000–U+2FFFF).
 */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

/** Full-width CJK punctuation, the curly quotes, ellipsis, dash and middle dot Chinese text uses. */
function isChinesePunctuationCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c === 0x201c || c === 0x201d ||
    c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014 || c === 0xb7;
}

/** A Han character or Chinese punctuation: the text around it is Chinese. */
export function isChineseContextCode(c: number): boolean {
  return isHanCode(c) || isChinesePunctuationCode(c);
}

/** The same for a character as a string (undefined: before the start or after the end of the text). */
export function isChineseContext(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isChineseContextCode(ch.charCodeAt(0));
}

const URL_START = /(?:https?:\/\/|www\.)[!-~]+/y;
/** Punctuation right after an address belongs to the sentence (`…/9732.html,请`), not to the address. */
const URL_TRAILING = /[,;:!?.)]+$/;

/**
 * Web addresses in a text, in order: `http://`, `https://` or `www.` and the printable ASCII after it,
 * without the sentence punctuation that follows (an address is copied verbatim; rules leave it alone).
 */
export function urlSpans(text: string): Span[] {
  const starts: number[] = [];
  for (const prefix of ['http', 'www.']) for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) starts.push(i);
  starts.sort((a, b) => a - b);
  const spans: Span[] = [];
  let scanned = 0;
  for (const start of starts) {
    if (start < scanned) continue;
    URL_START.lastIndex = start;
    const m = URL_START.exec(text);
    if (!m) continue;
    const end = start + m[0].replace(URL_TRAILING, '').length;
    spans.push({ start, end });
    scanned = start + m[0].length;
  }
  return spans;
}

/** Punctuation that closes a sentence or clause in Chinese running text. */
export const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Space, tab, ideographic space, no-break space, BOM, by UTF-16 code unit (`text[i]` would allocate for non-ASCII). */
export function isWhitespaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** A lookup table by UTF-16 code unit (1 = member): the fast test for hot per-character loops. */
export function charCodeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

export const SENTENCE_END_CODES = charCodeTable(SENTENCE_END);
/** Clause and sentence punctuation: none stands between a short title and the run-in heading after it. */
export const CLAUSE_PUNCTUATION_CODES = charCodeTable(['。', '！', '？', '；', '，', '、', '：', ',', ';', ':', '!', '?']);
