import { analyzeText } from '../../server/src/core/engine/analyze';
import { fixAllText } from '../../server/src/service/fixAll';
import type { AnalysisConfig, RuleSetting } from '../../server/src/core/config/config';
import { RULES } from '../../server/src/core/rules/index';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { spanText } from './snapshots';

/** Only these rules on (each at its default severity, or `hint` for a rule that is off by default). */
export function only(...ids: string[]): AnalysisConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.id] = ids.includes(r.id) ? (r.offByDefault ? 'hint' : 'default') : 'off';
  return { rules, placeholderMode: 'warning' };
}

export interface Found {
  range: string;
  code: string;
  message: string;
}

/** A rule's findings as `line:character-line:character` (LSP, zero-based UTF-16), code and message. */
export function findingsOf(text: string, ruleId: string): Found[] {
  const lines = new LineIndex(text);
  return analyzeText(text, only(ruleId)).findings.map((f) => {
    return { range: spanText(lines, f.start, f.end), code: f.ruleId, message: f.message };
  });
}

/** The text after fix-all with only this rule on; the rule must be silent afterwards. */
export function fixedBy(text: string, ruleId: string): { text: string; remaining: number } {
  const fixed = fixAllText(text, only(ruleId)).text;
  return { text: fixed, remaining: analyzeText(fixed, only(ruleId)).findings.length };
}
