import type { Fix } from '../../model/findings';
import type { RuleContext } from '../rule';
import type { PolicyDocument } from '../../model/document';
import { NumberingRun, RunItem, markerWithValue, numberingRuns, renumberEdit, renumberRunEdits } from './runs';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

export type SequenceProblem = 'start' | 'gap' | 'duplicate' | 'order';

/** Classify each run item against the one before it; shared by the four sequence rules. */
export function sequenceProblems(doc: PolicyDocument): { run: NumberingRun; item: RunItem; index: number; problem: SequenceProblem }[] {
  const result: { run: NumberingRun; item: RunItem; index: number; problem: SequenceProblem }[] = [];
  for (const run of numberingRuns(doc)) {
    run.items.forEach((item, index) => {
      const v = item.heading.marker.value;
      if (index === 0) {
        if (v !== 1) result.push({ run, item, index, problem: 'start' });
        return;
      }
      const prev = run.items[index - 1].heading.marker.value;
      if (v === prev) result.push({ run, item, index, problem: 'duplicate' });
      else if (v < prev) result.push({ run, item, index, problem: 'order' });
      else if (v > prev + 1) result.push({ run, item, index, problem: 'gap' });
    });
  }
  return result;
}

/** Quick fixes shared by the sequence rules: this heading, then the whole run. */
export function sequenceFixes(doc: PolicyDocument, run: NumberingRun, item: RunItem, value: number): Fix[] {
  const fixes: Fix[] = [];
  const marker = item.heading.marker;
  const single = renumberEdit(marker, value, doc.text);
  if (single) fixes.push({ ...fixTitle('replace', { text: markerWithValue(marker, value, doc.text) }), edits: [single], safe: false });
  const runEdits = renumberRunEdits(run, doc.text);
  if (runEdits.length > 0 && !(runEdits.length === 1 && single && runEdits[0].newText === single.newText)) {
    fixes.push({ ...fixTitle('renumberLevel', { count: run.items.length }), edits: runEdits, safe: false });
  }
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
