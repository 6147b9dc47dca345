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
      const from = startIn.length ? Math.min(...startIn) : back(start);
      const to = endIn.length ? Math.max(...endIn) : back(end);
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
