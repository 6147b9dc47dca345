import type { DisableDirective, Heading, PageNumberResidue, PolicyDocument, VerbatimSpan } from '../model/document';
import type { Finding } from '../model/findings';
import type { AnalysisConfig } from '../config/config';
import type { Rule, RuleResources } from '../rules/rule';
import { CARRIED_SCANS, RULES } from '../rules/index';
import { splicedByWindow } from '../rules/rule';
import { documentWindow } from '../parser/window';
import { ChangedSpan, changedSpan } from '../text/changedSpan';
import { firstIndexWhere } from '../text/lineIndex';
import { continuesWrappedLine } from '../text/hardWrap';
import { AnalysisResult, analysisSteps, compareFindings, disabledRules, drain, enabledRules, ruleSteps, shiftFinding } from './analyze';

/**
 * When the lines to re-check are more than this share of the draft, a full analysis costs no more.
 */
const MAX_WINDOW_SHARE = 0.5;

/**
 * The lines [fromLine, toLine) of the new text to check again, and where they lie in both texts; the
 * paragraph rules read up to `contextLine` (the next paragraph, whose first character can matter).
 */
interface EditWindow {
  fromLine: number;
  toLine: number;
  contextLine: number;
  /** Offset of the window's start: the same in both texts (the text before it is unchanged). */
  start: number;
  /** Offset of its end in the new text and in the previous text. */
  end: number;
  previousEnd: number;
}

/**
 * The analysis of an edited draft, from the analysis of its previous text with the same
 * configuration and resources: document-scope rules run on the whole new parse; paragraph-scope
 * rules (see `Rule.scope`) run only on the lines the edit touched (plus any line whose parse facts —
 * heading markers, page-number residue — the edit changed), and their findings elsewhere are kept,
 * moved by the edit's length. Gives exactly what `analyzeDocument(doc, …)` gives (a property test
 * compares them on generated edits); falls back to it when reuse would not pay or cannot be exact.
 */
export function reanalyzeDocument(
  previous: AnalysisResult, doc: PolicyDocument, config: AnalysisConfig, resources: RuleResources, rules: readonly Rule[] = RULES,
): AnalysisResult {
  return drain(reanalysisSteps(previous, doc, config, resources, rules));
}

/** `reanalyzeDocument` a rule at a time (see `ruleSteps`). */
export function* reanalysisSteps(
  previous: AnalysisResult, doc: PolicyDocument, config: AnalysisConfig, resources: RuleResources, rules: readonly Rule[] = RULES,
): Generator<void, AnalysisResult> {
  const old = previous.document;
  if (old.text === doc.text && !previous.failures.length) return { document: doc, findings: previous.findings, failures: [] };
  const window = reuseWindow(previous, doc, rules);
  if (!window) return yield* analysisSteps(doc, config, resources, rules);

  const disabled = disabledRules(doc);
  const enabled = enabledRules(rules, config, disabled);
  const failures: { ruleId: string; error: string }[] = [];
  const windowDocument = documentWindow(doc, window.fromLine, window.contextLine);
  // Shared scans the document rules read are carried over too: only the window is scanned again.
  try {
    for (const scan of CARRIED_SCANS) scan.carry(old, doc, { document: windowDocument, start: window.start, end: window.end, previousEnd: window.previousEnd }, resources);
  } catch {
    // A bug in a carry must not cost the writer their diagnostics: analyse from scratch.
    return yield* analysisSteps(doc, config, resources, rules);
  }
  const documentFindings = yield* ruleSteps(doc, enabled.filter((r) => r.scope !== 'paragraph'), config, resources, disabled, failures);
  const paragraphRules = enabled.filter((r) => r.scope === 'paragraph');
  const rechecked = new Set(paragraphRules.map((r) => r.id));
  const paragraphFindings = splicedByWindow(
    previous.findings.filter((f) => rechecked.has(f.ruleId)),
    yield* ruleSteps(windowDocument, paragraphRules, config, resources, disabled, failures, window.fromLine),
    window, (f) => f.start, shiftFinding,
  );
  const findings = [...paragraphFindings, ...documentFindings].sort(compareFindings);
  return { document: doc, findings, failures };
}

/**
 * The lines of `doc` that `reanalyzeDocument` checks again with the paragraph rules; undefined when
 * it analyses the whole draft instead. For tests and the benchmark.
 */
export function recheckedLines(previous: AnalysisResult, doc: PolicyDocument, rules: readonly Rule[] = RULES): { fromLine: number; toLine: number } | undefined {
  const window = reuseWindow(previous, doc, rules);
  return window && { fromLine: window.fromLine, toLine: window.toLine };
}

function reuseWindow(previous: AnalysisResult, doc: PolicyDocument, rules: readonly Rule[]): EditWindow | undefined {
  if (previous.failures.length) return undefined;
  const changed = changedSpan(previous.document.text, doc.text);
  if (!changed) return { fromLine: 0, toLine: 0, contextLine: 0, start: 0, end: 0, previousEnd: 0 };
  const window = editWindow(previous.document, doc, changed, previous.findings, rules);
  return window && window.toLine - window.fromLine <= doc.lines.lineCount * MAX_WINDOW_SHARE ? window : undefined;
}

/**
 * The window of lines to re-check, or undefined when the edit touches a directive (which can switch
 * rules on or off anywhere). Grown until no paragraph-scope finding of the previous analysis and no
 * page-number join crosses its edges, and until every heading and page-number residue outside it is
 * the same as before.
 */
function editWindow(old: PolicyDocument, doc: PolicyDocument, changed: ChangedSpan, previousFindings: readonly Finding[], rules: readonly Rule[]): EditWindow | undefined {
  const a = old.text;
  const b = doc.text;

  const lines = doc.lines;
  const paragraphs = doc.paragraphs;
  const lineDelta = lines.lineCount - old.lines.lineCount;
  // From the paragraph before the change: a paragraph rule may read the first character of the next
  // paragraph (a quotation running on), and an edit at a line start can change where the previous line ends.
  const changedLine = lines.lineOf(changed.start);
  const before = firstIndexWhere(paragraphs, (p) => p.line >= changedLine) - 1;
  let fromLine = Math.min(lines.lineOf(Math.max(0, changed.start - 1)), before >= 0 ? paragraphs[before].line : changedLine);
  let toLine = Math.min(lines.lineCount, lines.lineOf(changed.end) + 1);
  const startOf = (line: number) => lines.lineStarts[line];
  const endOf = (line: number) => (line < lines.lineCount ? lines.lineStarts[line] : b.length);
  const previousEndOf = (line: number) => endOf(line) - b.length + a.length;

  const paragraphRules = new Set(rules.filter((r) => r.scope === 'paragraph').map((r) => r.id));
  for (let round = 0; ; round++) {
    if (round > 8) return { fromLine: 0, toLine: lines.lineCount, contextLine: lines.lineCount, start: 0, end: b.length, previousEnd: a.length };
    const start = startOf(fromLine);
    const end = endOf(toLine);
    const previousEnd = previousEndOf(toLine);
    let grownFrom = fromLine;
    let grownTo = toLine;
    // A name that runs over a page break joins the line before a page-number residue with the residue's line.
    while (grownFrom > 0 && (joinsPrevious(doc, grownFrom) || joinsPrevious(old, grownFrom))) grownFrom--;
    while (grownTo < lines.lineCount && (joinsPrevious(doc, grownTo) || joinsPrevious(old, grownTo - lineDelta))) grownTo++;
    for (const f of previousFindings) {
      if (!paragraphRules.has(f.ruleId)) continue;
      if (f.start < start && f.end > start) grownFrom = Math.min(grownFrom, lines.lineOf(f.start));
      if (f.start < previousEnd && f.end > previousEnd) grownTo = Math.max(grownTo, Math.min(lines.lineCount, lines.lineOf(f.end + b.length - a.length) + 1));
    }
    // A verbatim span the window reaches into lies wholly inside it (findings are kept or dropped by the whole span).
    for (const v of doc.verbatim) {
      if (v.start < start && v.end > start) grownFrom = Math.min(grownFrom, v.line);
      if (v.start < end && v.end > end) grownTo = Math.max(grownTo, Math.min(lines.lineCount, lines.lineOf(v.end) + 1));
    }
    for (const v of old.verbatim) {
      if (v.start < start && v.end > start) grownFrom = Math.min(grownFrom, v.line);
      if (v.start < previousEnd && v.end > previousEnd) grownTo = Math.max(grownTo, Math.min(lines.lineCount, lines.lineOf(v.end + b.length - a.length) + 1));
    }
    const facts = changedFacts(old, doc, start, previousEnd, end);
    if (facts.firstLine !== undefined) grownFrom = Math.min(grownFrom, facts.firstLine);
    if (facts.lastLine !== undefined) grownTo = Math.max(grownTo, facts.lastLine + 1);
    if (grownFrom === fromLine && grownTo === toLine) {
      if (!sameDirectives(old.directives, doc.directives, fromLine, toLine - lineDelta, lineDelta)) return undefined;
      const next = firstIndexWhere(paragraphs, (p) => p.line >= toLine);
      const contextLine = next < paragraphs.length ? paragraphs[next].line + 1 : lines.lineCount;
      return { fromLine, toLine, contextLine, start, end, previousEnd };
    }
    fromLine = grownFrom;
    toLine = grownTo;
  }
}

/**
 * The line continues the line before: it starts with a page-number residue that splits running text, or the
 * line before is broken by a PDF page's width (`punctuation-pair` checks such lines as one paragraph).
 */
function joinsPrevious(doc: PolicyDocument, line: number): boolean {
  if (line <= 0 || line >= doc.lines.lineCount) return false;
  if (continuesWrappedLine(doc.text, doc.lines, line)) return true;
  const residue = doc.pageNumberResidue;
  const i = firstIndexWhere(residue, (r) => r.line >= line);
  return i < residue.length && residue[i].line === line && residue[i].splitsText;
}

/**
 * Lines (of the new text) outside the window where the parse saw something else than before: an
 * edit can make a far heading inline-detectable, a number a page number or a line verbatim, and
 * paragraph rules read those facts (heading markers, residue and verbatim spans are protected from edits).
 */
function changedFacts(old: PolicyDocument, doc: PolicyDocument, start: number, previousEnd: number, end: number): { firstLine?: number; lastLine?: number } {
  const delta = end - previousEnd;
  let firstLine: number | undefined;
  let lastLine: number | undefined;
  const compare = <T extends { readonly start: number; readonly line: number }>(before: readonly T[], after: readonly T[], same: (x: T, y: T, by: number) => boolean) => {
    let i = 0;
    while (i < before.length && i < after.length && before[i].start < start && after[i].start < start && same(before[i], after[i], 0)) i++;
    const stopsBefore = (list: readonly T[], k: number) => k >= list.length || list[k].start >= start;
    if (!stopsBefore(before, i) || !stopsBefore(after, i)) {
      const line = Math.min(i < after.length ? after[i].line : Infinity, i < before.length ? before[i].line : Infinity);
      firstLine = Math.min(firstLine ?? line, line);
    }
    let j = before.length - 1;
    let k = after.length - 1;
    while (j >= 0 && k >= 0 && before[j].start >= previousEnd && after[k].start >= end && same(before[j], after[k], delta)) {
      j--;
      k--;
    }
    const stopsAfter = (list: readonly T[], m: number, edge: number) => m < 0 || list[m].start < edge;
    if (!stopsAfter(before, j, previousEnd) || !stopsAfter(after, k, end)) {
      const lineDelta = doc.lines.lineCount - old.lines.lineCount;
      const line = Math.max(k >= 0 ? after[k].line : -1, j >= 0 ? before[j].line + lineDelta : -1);
      lastLine = Math.max(lastLine ?? line, line);
    }
  };
  compare<Heading>(old.headings, doc.headings, sameHeading);
  compare<PageNumberResidue>(old.pageNumberResidue, doc.pageNumberResidue, (x, y, by) => x.start + by === y.start && x.end + by === y.end && x.splitsText === y.splitsText && x.afterTitleLine === y.afterTitleLine);
  // A fence or front matter opened or closed by the edit changes what is verbatim far from it.
  compare<VerbatimSpan>(old.verbatim, doc.verbatim, (x, y, by) => x.start + by === y.start && x.end + by === y.end);
  return { firstLine, lastLine };
}

function sameHeading(x: Heading, y: Heading, by: number): boolean {
  if (x.start + by !== y.start || x.end + by !== y.end || x.titleStart + by !== y.titleStart) return false;
  const m = x.marker;
  const n = y.marker;
  if (!m || !n) return m === n;
  return m.end + by === n.end && (m.trailing?.end ?? -1) + (m.trailing ? by : 0) === (n.trailing?.end ?? -1);
}

function sameDirectives(before: readonly DisableDirective[], after: readonly DisableDirective[], fromLine: number, previousToLine: number, lineDelta: number): boolean {
  if (before.length !== after.length) return false;
  return before.every((d, i) => {
    const e = after[i];
    if (d.line >= fromLine && d.line < previousToLine) return false;
    const line = d.line < fromLine ? d.line : d.line + lineDelta;
    return e.line === line && e.scope === d.scope && e.ruleIds.join(' ') === d.ruleIds.join(' ');
  });
}
