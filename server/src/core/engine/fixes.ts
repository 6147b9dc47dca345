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
 * The safe fixes of these findings as one set of non-overlapping edits. A fix whose edits touch
 * an earlier chosen fix is left for the next pass.
 */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const overlaps = (e: TextEdit) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === e.end && c.start === e.start) || (c.start === c.end && e.start === c.start));
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && !x.snippet);
    if (!fix || fix.edits.some(overlaps)) continue;
    chosen.push(...fix.edits);
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
