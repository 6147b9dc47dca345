import type { Finding, TextEdit } from '../model/findings';
import type { AnalysisConfig } from '../config/config';
import type { RuleResources } from '../rules/rule';
import { analyzeText } from './analyze';

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
 * Apply safe fixes until nothing changes (at most `maxPasses`). `edits` are all of them as one set of
 * non-overlapping edits of the original text (a later pass may edit what an earlier one wrote), for a
 * caller that shows the fixes rather than applying them (tracked changes in Word).
 */
export function fixAll(text: string, config: AnalysisConfig, resources: RuleResources = {}, maxPasses = 10): { text: string; passes: number; applied: number; edits: TextEdit[] } {
  let current = text;
  // Where each character of `current` was in the original text; -1 for one a fix wrote.
  let origin = new Int32Array(text.length);
  for (let i = 0; i < origin.length; i++) origin[i] = i;
  let applied = 0;
  let passes = 0;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = safeFixEdits(analyzeText(current, config, resources).findings);
    if (edits.length === 0) break;
    passes = pass;
    const next = new Int32Array(origin.length + edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0));
    let from = 0;
    let to = 0;
    for (const e of edits) {
      next.set(origin.subarray(from, e.start), to);
      to += e.start - from;
      next.fill(-1, to, to + e.newText.length);
      to += e.newText.length;
      from = e.end;
    }
    next.set(origin.subarray(from), to);
    origin = next;
    current = applyEdits(current, edits);
    applied += edits.length;
  }
  // Between two kept characters: the original characters skipped were deleted, the written ones inserted.
  const composed: TextEdit[] = [];
  let expected = 0;
  for (let i = 0; i <= current.length;) {
    let j = i;
    while (j < current.length && origin[j] < 0) j++;
    const kept = j < current.length ? origin[j] : text.length;
    if (j > i || kept > expected) composed.push({ start: expected, end: kept, newText: current.slice(i, j) });
    expected = kept + 1;
    i = j + 1;
  }
  return { text: current, passes, applied, edits: composed };
}
