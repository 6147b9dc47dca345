import type { Fix } from '../../model/findings';
import { lazyFix } from '../../model/findings';
import type { RuleContext } from '../rule';
import type { Heading, Marker, PolicyDocument, Section } from '../../model/document';
import { NumberingRun, RunItem, markerWithValue, numberingRuns, renumberEdit, renumberRunEdits } from './runs';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';
import { neighbouringLevels } from '../../parser/markers';

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
 * A marker as it reads with another value, the fix's title, and the numeral its own fix writes (none when
 * the style cannot write the value: ㉑ after ⑳). The same for every marker written alike, so worked out
 * once per document and written form: a long run of repeated `（二）` would otherwise format, re-read and
 * title the same marker once per finding.
 */
interface Rewriting {
  readonly expected: string;
  readonly title: ReturnType<typeof fixTitle>;
  readonly numeral: string | undefined;
}

const rewritings = new WeakMap<PolicyDocument, Map<string, Rewriting>>();

function rewritingOf(doc: PolicyDocument, marker: Marker, value: number): Rewriting {
  let known = rewritings.get(doc);
  if (!known) rewritings.set(doc, (known = new Map()));
  const text = doc.text;
  // Everything markerWithValue and renumberEdit read of the marker.
  const key = `${value}\u0000${marker.value}\u0000${marker.scheme}\u0000${marker.numeralKind}\u0000${marker.numeralStart - marker.start}\u0000${marker.numeralEnd - marker.start}\u0000${text.slice(marker.start, marker.end)}`;
  let r = known.get(key);
  if (!r) {
    const expected = markerWithValue(marker, value, text);
    r = { expected, title: fixTitle('replace', { text: expected }), numeral: renumberEdit(marker, value, text)?.newText };
    known.set(key, r);
  }
  return r;
}

/**
 * Quick fixes shared by the sequence rules: this heading, then the whole run. The run's is lazy: its
 * edits (as many as its headings) are built when a code action asks; a numeral the style cannot write
 * gives none, and the fix is then not offered. The run's is not offered when this heading is the only
 * misnumbered one, whose own fix does the same.
 */
function sequenceFixes(doc: PolicyDocument, run: NumberingRun, item: RunItem, rewriting: Rewriting): Fix[] {
  const marker = item.heading.marker;
  const { title, numeral } = rewriting;
  const fixes: Fix[] = [{
    title: title.title, titleId: title.titleId, titleData: title.titleData, safe: false,
    edits: numeral === undefined ? [] : [{ start: marker.numeralStart, end: marker.numeralEnd, newText: numeral }],
  }];
  const r = renumberingOf(doc, run);
  if (r.misnumbered > 1 || (r.misnumbered === 1 && r.last !== item)) fixes.push(r.fix);
  return fixes;
}


const sectionsCache = new WeakMap<PolicyDocument, Map<Heading, Section>>();

function sectionOf(doc: PolicyDocument, heading: Heading): Section | undefined {
  let sections = sectionsCache.get(doc);
  if (!sections) {
    sections = new Map();
    const pending: Section[] = [doc.root];
    while (pending.length > 0) {
      const s = pending.pop()!;
      if (s.heading) sections.set(s.heading, s);
      pending.push(...s.children);
    }
    sectionsCache.set(doc, sections);
  }
  return sections.get(heading);
}

/**
 * A run numbered from 2, 3 … whose first number stands right before it in a neighbouring level's style, alone in its own
 * run: the parent of the run's first heading (`一、` with `（二）（三）` under it) or the heading right before it among
 * its siblings (`1.` then `（二）（三）`, `（一）` then `二、三、`). That marker is the run's first, written in the wrong
 * style: the fault is there, not at the `（二）` the count starts with.
 */
function firstInOtherStyle(doc: PolicyDocument, run: NumberingRun): Marker | undefined {
  const first = run.items[0].heading;
  // The count going on in the run's style (`（二）（三）`) tells which of the two styles is the level's; `（一）` then a lone `2.` does not.
  if (first.marker.value !== 2 || run.items.length < 2 || run.items[1].heading.marker.value !== 3) return undefined;
  const section = sectionOf(doc, first);
  const parent = section?.parent;
  if (!section || !parent) return undefined;
  const index = parent.children.indexOf(section);
  const before = index > 0 ? parent.children[index - 1].heading : index === 0 ? parent.heading : undefined;
  const m = before?.marker;
  if (!before || !m || m.value !== 1 || !neighbouringLevels(m.scheme, run.scheme)) return undefined;
  // Alone in its run: no sibling of its own level.
  const own = numberingRuns(doc).find((r) => r.items.some((item) => item.heading === before));
  return own && own.items.length === 1 ? m : undefined;
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
    const rewriting = rewritingOf(doc, marker, value);
    const carried = p.index === 0 ? p.run.carriesOn : undefined;
    const first = p.index === 0 && !carried ? firstInOtherStyle(doc, p.run) : undefined;
    if (first) {
      // `一、` then `（二）（三）` under it: the run's first number written in another level's style, reported there.
      const expected = markerWithValue(marker, 1, doc.text);
      ctx.report({
        messageId: 'firstInOtherStyle',
        data: { expected, actual: first.text, next: marker.text },
        start: first.start,
        end: first.end,
        fixes: [{ ...fixTitle('replace', { text: expected }), safe: false, edits: [{ start: first.start, end: first.end, newText: expected }] }],
        related: [related(marker.start, marker.end, 'nextMarker', { text: marker.text })],
      });
      continue;
    }
    if (carried && p.run.parent?.marker) {
      // The first number carries the previous parent's count on where the document starts this level again.
      const before = carried.heading.marker;
      ctx.report({
        messageId: 'restart',
        data: { expected: rewriting.expected, actual: marker.text, parent: p.run.parent.marker.text, previous: before.text, previousLine: carried.heading.line + 1 },
        start: marker.start,
        end: marker.end,
        fixes: sequenceFixes(doc, p.run, p.item, rewriting),
        related: [related(before.start, before.end, 'previousMarker', { text: before.text })],
      });
      continue;
    }
    ctx.report({
      messageId: problem,
      data: prev
        ? { expected: rewriting.expected, actual: marker.text, previous: prev.heading.marker.text, previousLine: prev.heading.line + 1 }
        : { expected: rewriting.expected, actual: marker.text },
      start: marker.start,
      end: marker.end,
      fixes: sequenceFixes(doc, p.run, p.item, rewriting),
      related: prev ? [related(prev.heading.marker.start, prev.heading.marker.end, 'previousMarker', { text: prev.heading.marker.text })] : undefined,
    });
  }
}
