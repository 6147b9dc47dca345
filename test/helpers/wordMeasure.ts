import recallSet from '../fixtures/words/recall.json';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { applyEdits } from '../../server/src/core/engine/fixes';
import type { RuleResources } from '../../server/src/core/rules/rule';
import { loadResources } from '../../server/src/resources';

let resources: RuleResources | undefined;
const shared = () => (resources ??= loadResources());

export interface RecallCase {
  readonly list: string;
  readonly sentence: string;
  readonly wrong: string;
  readonly right: string;
}

/** Word findings of a text: rule, covered text and a little context. */
export function wordFindingsOf(text: string): { rule: string; text: string; context: string; start: number }[] {
  return analyzeText(text, DEFAULT_CONFIG, shared()).findings.filter((f) => f.category === 'word').map((f) => ({
    rule: f.ruleId, text: text.slice(f.start, f.end), start: f.start, context: text.slice(Math.max(0, f.start - 12), f.end + 12).replace(/\s+/g, ' '),
  }));
}

/**
 * A case is detected when a word finding overlaps its wrong text; it is fixed when that finding's first
 * fix, applied, writes the right text in its place.
 */
export function judgeCase(c: RecallCase): { detected: boolean; fixed: boolean } {
  const at = c.sentence.indexOf(c.wrong);
  const end = at + c.wrong.length;
  const findings = analyzeText(c.sentence, DEFAULT_CONFIG, shared()).findings.filter((f) => f.category === 'word' && f.start < end && f.end > at);
  const expected = c.sentence.slice(0, at) + c.right + c.sentence.slice(end);
  const fixed = findings.some((f) => f.fixes.length > 0 && applyEdits(c.sentence, f.fixes[0].edits) === expected);
  return { detected: findings.length > 0, fixed };
}

export function measureRecall(): {
  lists: { list: string; cases: number; detected: number; fixed: number }[];
  total: { cases: number; detected: number; fixed: number };
  missed: RecallCase[];
} {
  const lists = new Map<string, { list: string; cases: number; detected: number; fixed: number }>();
  const missed: RecallCase[] = [];
  const total = { cases: 0, detected: 0, fixed: 0 };
  for (const c of recallSet.cases as RecallCase[]) {
    const row = lists.get(c.list) ?? { list: c.list, cases: 0, detected: 0, fixed: 0 };
    lists.set(c.list, row);
    const { detected, fixed } = judgeCase(c);
    row.cases++;
    total.cases++;
    if (detected) {
      row.detected++;
      total.detected++;
    } else missed.push(c);
    if (fixed) {
      row.fixed++;
      total.fixed++;
    }
  }
  return { lists: [...lists.values()], total, missed };
}
