/**
 * The character classes of the product, one definition each, for the parser and every rule: Han
 * characters, Chinese context, whitespace, sentence ends. Tests read UTF-16 code units
 * (`text.charCodeAt(i)`): the hot loops avoid `text[i]`, which allocates a string for every non-ASCII character.
 */

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

/** Punctuation that closes a sentence or clause in Chinese running text. */
export const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Space, tab, ideographic space, no-break space, BOM, by UTF-16 code unit (`text[i]` would allocate for non-ASCII). */
export function isWhitespaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** An Arabic digit, ASCII or full-width (`5`, `５`). */
export function isArabicDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
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
