import type { ChangedSpan } from './changedSpan';
import { firstAtOrAfter } from './lineIndex';

/**
 * Every position of a needle in a text, found once (indexOf is fast), then read per line or
 * paragraph. Searching per line with indexOf alone would rescan the rest of the text whenever
 * a needle does not occur again: quadratic on long drafts.
 */
export class Occurrences {
  private readonly positions: number[];
  /** Index of the first position ≥ the last query's `from`: the parser asks line after line. */
  private hint = 0;

  /** Searches the text, or takes positions already found (`edited`). */
  constructor(text: string, needle: string, positions?: number[]) {
    if (positions) {
      this.positions = positions;
      return;
    }
    this.positions = [];
    for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + needle.length)) this.positions.push(p);
  }

  /**
   * The positions in an edited text (see `ChangedSpan`): those wholly before the change are kept,
   * those after it move by its length, and only the changed span is searched. (Needles never
   * overlap themselves, so the positions are the same as a search of the whole text finds.)
   */
  edited(text: string, needle: string, change: ChangedSpan): Occurrences {
    const ps = this.positions;
    const out: number[] = [];
    for (let i = 0; i < ps.length && ps[i] + needle.length <= change.start; i++) out.push(ps[i]);
    const from = Math.max(0, change.start - needle.length + 1);
    for (let p = text.indexOf(needle, from); p >= 0 && p < change.end; p = text.indexOf(needle, p + needle.length)) out.push(p);
    const delta = change.end - change.previousEnd;
    // A position found in the changed span may overlap the first moved one only if the needle overlapped itself.
    for (let j = firstAtOrAfter(ps, change.previousEnd); j < ps.length; j++) out.push(ps[j] + delta);
    return new Occurrences(text, needle, out);
  }

  /** Every position, in order (not copied). */
  get all(): readonly number[] {
    return this.positions;
  }

  /**
   * Index into `all` of the first position ≥ from. Read the positions of a span with
   * `for (let i = o.firstIndex(from); i < o.all.length && o.all[i] < end; i++)`: nothing is allocated.
   */
  firstIndex(from: number): number {
    const ps = this.positions;
    const n = ps.length;
    let lo = this.hint;
    // Queries in text order step forward from the previous answer; any other query searches.
    // (Every index is checked against the length: a read past the end deoptimises the loop.)
    if (lo > 0 && ps[lo - 1] >= from) lo = firstAtOrAfter(ps, from);
    else if (lo < n && ps[lo] < from) lo = lo + 1 < n && ps[lo + 1] >= from ? lo + 1 : firstAtOrAfter(ps, from);
    this.hint = lo;
    return lo;
  }
}

/** Lazily built occurrence tables of one text, shared by the parser's scans. */
export class OccurrenceIndex {
  private readonly tables = new Map<string, Occurrences>();

  constructor(private readonly text: string) {}

  all(needle: string): readonly number[] {
    return this.of(needle).all;
  }

  /** The tables of an edited text, each patched from this text's (see `Occurrences.edited`). */
  edited(text: string, change: ChangedSpan): OccurrenceIndex {
    const index = new OccurrenceIndex(text);
    for (const [needle, table] of this.tables) index.tables.set(needle, table.edited(text, needle, change));
    return index;
  }

  /** The table of one needle, searched on first use. */
  of(needle: string): Occurrences {
    let t = this.tables.get(needle);
    if (!t) {
      t = new Occurrences(this.text, needle);
      this.tables.set(needle, t);
    }
    return t;
  }
}
