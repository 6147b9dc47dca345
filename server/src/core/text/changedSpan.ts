/** Where two versions of a text differ: [start, previousEnd) of the previous one became [start, end) of the new one. */
export interface ChangedSpan {
  readonly start: number;
  readonly previousEnd: number;
  readonly end: number;
}

/** Compared a block at a time (a substring shares the string's memory), then character by character. */
const BLOCK = 4096;

/**
 * The span that differs between `previous` and `text`, found from their common start and common end;
 * undefined when they are equal. An editor's change events could tell the same, but the texts are
 * the truth: this holds however many changes were merged into one version.
 */
export function changedSpan(previous: string, text: string): ChangedSpan | undefined {
  if (previous === text) return undefined;
  const shorter = Math.min(previous.length, text.length);
  let start = 0;
  while (start + BLOCK <= shorter && previous.substring(start, start + BLOCK) === text.substring(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && previous.charCodeAt(start) === text.charCodeAt(start)) start++;
  const limit = shorter - start;
  let common = 0;
  while (common + BLOCK <= limit && previous.substring(previous.length - common - BLOCK, previous.length - common) === text.substring(text.length - common - BLOCK, text.length - common)) common += BLOCK;
  while (common < limit && previous.charCodeAt(previous.length - 1 - common) === text.charCodeAt(text.length - 1 - common)) common++;
  return { start, previousEnd: previous.length - common, end: text.length - common };
}
