import type { Fix } from '../../model/findings';
import { lazyFix } from '../../model/findings';
import type { RuleContext } from '../rule';
import type { PolicyDocument } from '../../model/document';
import { NumberingRun, RunItem, markerWithValue, numberingRuns, renumberEdit, renumberRunEdits } from './runs';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

export type SequenceProblem = 'start' | 'gap' | 'duplicate' | 'order';

export interface SequenceItem {
  readonly run: NumberingRun;
  readonly item: RunItem;
  readonly index: number;
  readonly problem: SequenceProblem;
}

const problemsCache = new WeakMap<PolicyDocument, SequenceItem[]>();

/** Classify each run item against the one before it; shared by the four sequence rules (computed once per document). */
export function sequenceProblems(doc: PolicyDocument): readonly SequenceItem[] {
  let problems = problemsCache.get(doc);
  if (problems) return problems;
  problems = [];
  for (const run of numberingRuns(doc)) {
    const items = run.items;
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      const v = item.heading.marker.value;
      if (index === 0) {
        if (v !== 1) problems.push({ run, item, index, problem: 'start' });
        continue;
      }
      const prev = items[index - 1].heading.marker.value;
      if (v === prev) problems.push({ run, item, index, problem: 'duplicate' });
      else if (v < prev) problems.push({ run, item, index, problem: 'order' });
      else if (v > prev + 1) problems.push({ run, item, index, problem: 'gap' });
    }
  }
  problemsCache.set(doc, problems);
  return problems;
}

/**
 * Per run with a problem: how many items carry another value than their place in the run, the last of
 * them, and the fix renumbering the run — one lazy fix shared by every finding in it.
 */
interface RunRenumbering {
  readonly misnumbered: number;
  readonly last: RunItem | undefined;
  readonly fix: Fix;
}

const renumberings = new WeakMap<NumberingRun, RunRenumbering>();

function renumberingOf(doc: PolicyDocument, run: NumberingRun): RunRenumbering {
  let r = renumberings.get(run);
  if (!r) {
    let misnumbered = 0;
    let last: RunItem | undefined;
    for (const item of run.items) {
      if (item.heading.marker.value === item.expected) continue;
      misnumbered++;
      last = item;
    }
    r = { misnumbered, last, fix: lazyFix({ ...fixTitle('renumberLevel', { count: run.items.length }), safe: false }, () => renumberRunEdits(run, doc.text)) };
    renumberings.set(run, r);
  }
  return r;
}

/**
 * Quick fixes shared by the sequence rules: this heading, then the whole run. Both are lazy: their edits
 * are built when a code action asks (the run's are as many as its headings; a numeral the style cannot
 * write gives none, and the fix is then not offered). The run's is not offered when this heading is the
 * only misnumbered one, whose own fix does the same.
 */
function sequenceFixes(doc: PolicyDocument, run: NumberingRun, item: RunItem, value: number): Fix[] {
  const marker = item.heading.marker;
  const fixes: Fix[] = [lazyFix({ ...fixTitle('replace', { text: markerWithValue(marker, value, doc.text) }), safe: false }, () => {
    const single = renumberEdit(marker, value, doc.text);
    return single ? [single] : [];
  })];
  const r = renumberingOf(doc, run);
  if (r.misnumbered > 1 || (r.misnumbered === 1 && r.last !== item)) fixes.push(r.fix);
  return fixes;
}

/**
 * Report the run items with one problem; the message id is the problem. Data: `expected` and `actual`
 * (the marker as it should be and as written), and after the first item `previous` (the marker before)
 * and `previousLine` (its line, one-based).
 */
export function reportSequence(doc: PolicyDocument, ctx: RuleContext, problem: SequenceProblem): void {
  for (const p of sequenceProblems(doc)) {
    if (p.problem !== problem) continue;
    const marker = p.item.heading.marker;
    const prev = p.index > 0 ? p.run.items[p.index - 1] : undefined;
    const value = prev ? prev.heading.marker.value + 1 : 1;
    const data = { expected: markerWithValue(marker, value, doc.text), actual: marker.text };
    ctx.report({
      messageId: problem,
      data: prev ? { ...data, previous: prev.heading.marker.text, previousLine: prev.heading.line + 1 } : data,
      start: marker.start,
      end: marker.end,
      fixes: sequenceFixes(doc, p.run, p.item, value),
      related: prev ? [related(prev.heading.marker.start, prev.heading.marker.end, 'previousMarker', { text: prev.heading.marker.text })] : undefined,
    });
  }
}
