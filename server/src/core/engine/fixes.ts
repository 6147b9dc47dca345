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
 * what `first` made of it, `second` is on `between`; the result is on the text `first` was on. An edit
 * of `second` that overlaps what `first` wrote is merged with it into one edit; the others (touching
 * ones included) are mapped back through `first` and stay as small as they were. The lists are
 * non-overlapping, as `applyEdits` takes them; so is the result.
 */
export function composeEdits(between: string, first: readonly TextEdit[], second: readonly TextEdit[]): TextEdit[] {
  if (!second.length) return [...first];
  // Every edit as a range of `between`: what an edit of `first` wrote there, or what an edit of `second` replaces.
  type Span = { readonly start: number; readonly end: number; readonly first?: TextEdit; readonly second?: TextEdit };
  const written: Span[] = [];
  let delta = 0;
  for (const e of [...first].sort((a, b) => a.start - b.start)) {
    const start = e.start + delta;
    written.push({ start, end: start + e.newText.length, first: e });
    delta += e.newText.length - (e.end - e.start);
  }
  const spans: Span[] = [...written, ...second.map((e) => ({ start: e.start, end: e.end, second: e }))].sort((a, b) => a.start - b.start || a.end - b.end);
  /**
   * Offset in the original text of an offset of `between` outside what `first` wrote, asked in ascending
   * order. Where `first` deleted text the offset is ambiguous: an edit's start maps after the deletion,
   * its end before it, so the two never overlap.
   */
  let w = 0;
  let shift = 0;
  const back = (offset: number, isEnd: boolean): number => {
    for (; w < written.length; w++) {
      const x = written[w];
      if (x.end > offset || (isEnd && x.end === offset && x.start === x.end)) break;
      shift += x.end - x.start - (x.first!.end - x.first!.start);
    }
    return offset - shift;
  };
  const out: TextEdit[] = [];
  // Two insertions at one offset (or an insertion where the next edit starts) become one edit, as applyEdits wants them.
  const push = (e: TextEdit) => {
    const last = out[out.length - 1];
    if (last && last.start === last.end && e.start === last.start) out[out.length - 1] = { start: last.start, end: e.end, newText: last.newText + e.newText };
    else out.push(e);
  };
  for (let i = 0; i < spans.length;) {
    // A cluster: spans that overlap (an empty span overlaps only a span it lies strictly inside).
    const start = spans[i].start;
    let end = spans[i].end;
    let j = i + 1;
    while (j < spans.length && spans[j].start < end) end = Math.max(end, spans[j++].end);
    const members = spans.slice(i, j);
    i = j;
    if (members.length === 1) {
      const [m] = members;
      push(m.first ?? { start: back(m.start, false), end: back(m.end, m.end > m.start), newText: m.second!.newText });
      continue;
    }
    // What the first edits replaced, widened by what the second ones replace beyond them.
    const firsts = members.filter((m) => m.first);
    const from = firsts[0].start === start ? firsts[0].first!.start : back(start, false);
    const last = firsts[firsts.length - 1];
    const to = last.end === end ? last.first!.end : back(end, true);
    const inner = members.filter((m) => m.second).map((m) => ({ start: m.start - start, end: m.end - start, newText: m.second!.newText }));
    push({ start: from, end: to, newText: applyEdits(between.slice(start, end), inner) });
  }
  return out;
}
