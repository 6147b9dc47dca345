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

/** Punctuation that closes a sentence or clause in Chinese running text. */
export const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Characters a title line may end with and still be a title (not a sentence). */
export const CLAUSE_PUNCTUATION = new Set(['。', '！', '？', '；', '，', '、', '：', ',', ';', ':', '!', '?']);

export function isWhitespace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff';
}

/** A lookup table by UTF-16 code unit (1 = member): the fast test for hot per-character loops. */
export function charCodeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
