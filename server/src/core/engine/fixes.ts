import type { Finding, TextEdit } from '../model/findings';

/** Apply non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Positions of a text claimed by chosen edits. Each level sums up 64 entries of the level below, so
 * asking whether any position of a range is claimed takes a few hundred steps however long the range;
 * claimed ranges never overlap, so claiming costs their total length once.
 */
class ClaimedPositions {
  private static readonly BLOCK = 64;
  private readonly levels: Uint8Array[] = [];

  constructor(size: number) {
    for (let n = size; ; n = Math.ceil(n / ClaimedPositions.BLOCK)) {
      this.levels.push(new Uint8Array(n));
      if (n <= ClaimedPositions.BLOCK) break;
    }
  }

  claim(start: number, end: number): void {
    for (let level = 0, s = start, e = end; level < this.levels.length && s < e; level++) {
      this.levels[level].fill(1, s, e);
      s = Math.floor(s / ClaimedPositions.BLOCK);
      e = Math.floor((e - 1) / ClaimedPositions.BLOCK) + 1;
    }
  }

  any(start: number, end: number): boolean {
    const B = ClaimedPositions.BLOCK;
    // Partial blocks at both ends are read here; the whole blocks between them one level up.
    for (let level = 0, s = start, e = end; s < e; level++) {
      const here = this.levels[level];
      if (level === this.levels.length - 1) return here.subarray(s, e).includes(1);
      const headEnd = Math.min(e, Math.ceil(s / B) * B);
      const tailStart = Math.max(headEnd, Math.floor(e / B) * B);
      if (here.subarray(s, headEnd).includes(1) || here.subarray(tailStart, e).includes(1)) return true;
      s = headEnd / B;
      e = tailStart / B;
    }
    return false;
  }
}

/**
 * The safe fixes of these findings as one set of non-overlapping edits: each finding's fix is taken
 * whole or left for the next pass when an edit of it touches an edit already taken (overlaps it, or
 * is an insertion where it starts or inside it). Linear in the findings and edits, however many.
 */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const fixes: (readonly TextEdit[])[] = [];
  let size = 0;
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && !x.snippet);
    if (!fix) continue;
    fixes.push(fix.edits);
    for (const e of fix.edits) size = Math.max(size, e.end + 1);
  }
  if (!fixes.length) return [];
  // An insertion at p claims the position p: it conflicts with an edit starting there or running over it.
  const claimed = new ClaimedPositions(size);
  const chosen: TextEdit[] = [];
  for (const edits of fixes) {
    if (edits.some((e) => claimed.any(e.start, Math.max(e.end, e.start + 1)))) continue;
    for (const e of edits) {
      claimed.claim(e.start, Math.max(e.end, e.start + 1));
      chosen.push(e);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * One edit list that does what `first` and then `second` do: `first` is on some text, `between` is
 * what `first` made of it, `second` is on `between`; the result is on the text `first` was on. Edits
 * of `second` that touch or overlap what `first` wrote are merged with it into one edit; the others
 * are mapped back through `first`. The lists are non-overlapping, as `applyEdits` takes them; so is the result.
 */
export function composeEdits(between: string, first: readonly TextEdit[], second: readonly TextEdit[]): TextEdit[] {
  if (!second.length) return [...first];
  // What each edit of `first` wrote, as a range of `between`, with the range of `original` it replaced.
  type Span = { start: number; end: number; from?: TextEdit };
  const spans: Span[] = [];
  let delta = 0;
  for (const e of [...first].sort((a, b) => a.start - b.start)) {
    const start = e.start + delta;
    spans.push({ start, end: start + e.newText.length, from: e });
    delta += e.newText.length - (e.end - e.start);
  }
  const written = spans.slice();
  for (const e of second) spans.push({ start: e.start, end: e.end });
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  /** Offset in `original` of an offset of `between` that no edit of `first` wrote over. */
  let w = 0;
  let shift = 0;
  const back = (offset: number): number => {
    while (w < written.length && written[w].end <= offset) {
      shift += written[w].end - written[w].start - (written[w].from!.end - written[w].from!.start);
      w++;
    }
    return offset - shift;
  };
  const out: TextEdit[] = [];
  const sortedSecond = [...second].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < spans.length;) {
    // A cluster: spans that overlap or touch, in `between`.
    let end = spans[i].end;
    const members: Span[] = [spans[i]];
    let j = i + 1;
    while (j < spans.length && spans[j].start <= end) {
      end = Math.max(end, spans[j].end);
      members.push(spans[j]);
      j++;
    }
    const start = spans[i].start;
    const firstOnly = members.every((m) => m.from);
    if (firstOnly) {
      for (const m of members) out.push(m.from!);
    } else {
      const startIn = members.filter((m) => m.from && m.start === start).map((m) => m.from!.start);
      const endIn = members.filter((m) => m.from && m.end === end).map((m) => m.from!.end);
      // Reduced, not spread: a cluster can hold any number of edits.
      const from = startIn.length ? startIn.reduce((a, b) => Math.min(a, b)) : back(start);
      const to = endIn.length ? endIn.reduce((a, b) => Math.max(a, b)) : back(end);
      const inner: TextEdit[] = [];
      while (s < sortedSecond.length && sortedSecond[s].start < end + (sortedSecond[s].start === sortedSecond[s].end ? 1 : 0) && sortedSecond[s].start >= start) {
        inner.push({ start: sortedSecond[s].start - start, end: sortedSecond[s].end - start, newText: sortedSecond[s].newText });
        s++;
      }
      out.push({ start: from, end: to, newText: applyEdits(between.slice(start, end), inner) });
    }
    i = j;
  }
  return out;
}
