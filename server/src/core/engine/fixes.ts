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

/** Apply safe fixes until nothing changes (at most `maxPasses`). */
export function fixAll(text: string, config: AnalysisConfig, resources: RuleResources = {}, maxPasses = 10): { text: string; passes: number; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = safeFixEdits(analyzeText(current, config, resources).findings);
    if (edits.length === 0) return { text: current, passes: pass - 1, applied };
    current = applyEdits(current, edits);
    applied += edits.length;
  }
  return { text: current, passes: maxPasses, applied };
}
