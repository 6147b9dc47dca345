import type { AnalysisResult } from '../core/engine/analyze';
import type { Finding } from '../core/model/findings';

/** Characters of the line shown on each side of a placeholder in the tree view. */
const CONTEXT_CHARS = 20;

/** One placeholder or unfinished figure of a draft, as the Placeholders view and the navigation commands use it. */
export interface Placeholder {
  readonly ruleId: string;
  /** Chinese name of the kind, e.g. `方括号占位符`. */
  readonly kind: string;
  /** The placeholder as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The line around it, trimmed, `…` where it is cut. */
  readonly context: string;
}

export function isPlaceholder(f: Finding): boolean {
  return f.category === 'placeholder';
}

/** The Chinese name of a placeholder finding's kind (the rule id when a rule gives none). */
export function placeholderKind(f: Finding): string {
  return String(f.data?.kind ?? f.ruleId);
}

/** The line around a placeholder, trimmed to a readable window; `…` marks a cut. */
function contextOf(result: AnalysisResult, f: Finding): string {
  const { text, lines } = result.document;
  const line = lines.lineOf(f.start);
  const lineStart = lines.lineStarts[line];
  const lineEnd = lines.lineContentEnd(line);
  const from = Math.max(lineStart, f.start - CONTEXT_CHARS);
  const to = Math.min(lineEnd, f.end + CONTEXT_CHARS);
  const window = text.slice(from, to).trim();
  return `${from > lineStart ? '…' : ''}${window}${to < lineEnd ? '…' : ''}`;
}

/** Every placeholder of an analysis, in document order. */
export function placeholders(result: AnalysisResult): Placeholder[] {
  return result.findings.filter(isPlaceholder).map((f) => ({
    ruleId: f.ruleId,
    kind: placeholderKind(f),
    text: result.document.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    context: contextOf(result, f),
  }));
}

/** Where “填写此处” puts the figure: over the stand-in, or (a missing figure) just before the unit. */
export function fillSpan(f: Finding): { start: number; end: number } {
  return f.data?.fill === 'insert' ? { start: f.start, end: f.start } : { start: f.start, end: f.end };
}
