import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import { analyzeText } from '../core/engine/analyze';
import { applyEdits, composeEdits, safeFixEdits } from '../core/engine/fixes';
import type { TextEdit } from '../core/model/findings';
import type { RuleResources } from '../core/rules/rule';

/** Passes fix-all makes at most; fixes that keep producing new ones after this many do not converge. */
export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  /** The text after the last pass. */
  readonly text: string;
  /** Edits on the original text that make `text`: what an editor applies in one step. */
  readonly edits: readonly TextEdit[];
  /** Passes that changed the text. */
  readonly passes: number;
  /** Safe fixes applied over all passes. */
  readonly applied: number;
  /** True when no safe fix is left (false: stopped after `maxPasses`). */
  readonly converged: boolean;
  /** The analysis of `text`. */
  readonly result: AnalysisResult;
}

/**
 * Every safe fix, re-linted until none is left: a pass applies the safe fixes that do not overlap,
 * which may uncover more. The one fix-all of the product: `--fix`, the fix-all command, the
 * `source.fixAll` code action and the tests all use it.
 */
export function fixAll(first: AnalysisResult, config: AnalysisConfig, resources: RuleResources, maxPasses = MAX_FIX_PASSES): FixAllResult {
  let result = first;
  let edits: TextEdit[] = [];
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = safeFixEdits(result.findings);
    if (!chosen.length) return { text: result.document.text, edits, passes: pass, applied, converged: true, result };
    edits = pass === 0 ? chosen : composeEdits(result.document.text, edits, chosen);
    applied += chosen.length;
    result = analyzeText(applyEdits(result.document.text, chosen), config, resources);
  }
  return { text: result.document.text, edits, passes: maxPasses, applied, converged: !safeFixEdits(result.findings).length, result };
}

/** Fix-all of a text not analysed yet. */
export function fixAllText(text: string, config: AnalysisConfig, resources: RuleResources = {}, maxPasses = MAX_FIX_PASSES): FixAllResult {
  return fixAll(analyzeText(text, config, resources), config, resources, maxPasses);
}
