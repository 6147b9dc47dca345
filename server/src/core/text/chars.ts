/** Character classes shared by the parser and the rules. */

export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * Han character by UTF-16 code unit (`text.charCodeAt(i)`): the hot loops avoid `text[i]`, which
 * allocates a string for every non-ASCII character. High surrogates D840–D87F start the Han
 * extension planes (U+20000–U+2FFFF).
 */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
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
