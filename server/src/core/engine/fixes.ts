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
