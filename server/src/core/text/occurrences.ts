import { firstAtOrAfter } from './lineIndex';

/**
 * Every position of a needle in a text, found once (indexOf is fast), then read per line or
 * paragraph. Searching per line with indexOf alone would rescan the rest of the text whenever
 * a needle does not occur again: quadratic on long drafts.
 */
const NONE: readonly number[] = Object.freeze([]);

export class Occurrences {
  private readonly positions: number[] = [];

  constructor(text: string, needle: string) {
    for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + needle.length)) this.positions.push(p);
  }

  /** Every position, in order (not copied). */
  get all(): readonly number[] {
    return this.positions;
  }

  /** Index of the first position ≥ the last query's `from`: the parser asks line after line. */
  private hint = 0;

  /** Positions p with from ≤ p < end, in order. */
  between(from: number, end: number): readonly number[] {
    const ps = this.positions;
    let lo = this.hint;
    // Queries in text order step forward from the previous answer; any other query searches.
    if (lo > 0 && ps[lo - 1] >= from) lo = firstAtOrAfter(ps, from);
    else if (lo < ps.length && ps[lo] < from) lo = ps[lo + 1] >= from ? lo + 1 : firstAtOrAfter(ps, from);
    this.hint = lo;
    // Most lines hold none of a needle: answer them without allocating.
    if (lo >= ps.length || ps[lo] >= end) return NONE;
    const out: number[] = [];
    for (let i = lo; i < ps.length && ps[i] < end; i++) out.push(ps[i]);
    return out;
  }
}

/** Lazily built occurrence tables of one text, shared by the parser's scans. */
export class OccurrenceIndex {
  private readonly tables = new Map<string, Occurrences>();

  constructor(private readonly text: string) {}

  between(needle: string, from: number, end: number): readonly number[] {
    return this.table(needle).between(from, end);
  }

  all(needle: string): readonly number[] {
    return this.table(needle).all;
  }

  private table(needle: string): Occurrences {
    let t = this.tables.get(needle);
    if (!t) {
      t = new Occurrences(this.text, needle);
      this.tables.set(needle, t);
    }
    return t;
  }
}
