/**
 * Offsets ↔ LSP positions. JavaScript strings are UTF-16, so a string offset is already a
 * UTF-16 code unit count; a position's character is the offset minus its line start.
 * Line breaks are \r\n, \n and \r, as in LSP.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, found with indexOf (much faster than a character loop).
      for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the line's content, before its line break. Lines out of range clamp to the first or last line. */
  lineContentEnd(line: number): number {
    if (!(line >= 0)) return this.lineContentEnd(0);
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStarts[line]);
  }

  lineOf(offset: number): number {
    return lastAtOrBefore(this.lineStarts, offset);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    // A position inside a \r\n pair belongs at the end of the line's content.
    const character = Math.min(clamped, this.lineContentEnd(line)) - this.lineStarts[line];
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineContentEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }
}

/** True when the offset would split a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** `text.slice(start, end)` for messages and names: a cut inside a surrogate pair moves outward, never through it. */
export function sliceWhole(text: string, start: number, end: number): string {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  return text.slice(splitsSurrogatePair(text, from) ? from - 1 : from, splitsSurrogatePair(text, to) ? to + 1 : to);
}

/** Index of the last element ≤ value in an ascending array (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first element ≥ value in an ascending array (its length when none is). */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item for which `reached` holds, in items where it holds from some index on (its length when none does). */
export function firstIndexWhere<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
