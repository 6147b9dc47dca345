import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import { analyzeDocument } from '../core/engine/analyze';
import { parseDocument } from '../core/parser/parseDocument';
import { RULES } from '../core/rules/index';
import type { RuleResources } from '../core/rules/rule';
import type { Finding } from '../core/model/findings';
import type { PlaceholderItem } from '../protocol';
import { toRange } from './convert';

/** Characters of the line shown on each side of a placeholder in the tree view. */
const CONTEXT_CHARS = 20;

export function isPlaceholder(f: Finding): boolean {
  return f.ruleId.startsWith('placeholder-');
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

/** Every placeholder finding of an analysis, in document order, as the Placeholders view lists them. */
export function placeholderItems(result: AnalysisResult): PlaceholderItem[] {
  return result.findings.filter(isPlaceholder).map((f) => ({
    code: f.ruleId,
    kind: String(f.data?.kind ?? f.ruleId),
    text: result.document.text.slice(f.start, f.end),
    range: toRange(result.document.lines, f.start, f.end),
    context: contextOf(result, f),
  }));
}

const PLACEHOLDER_RULES = RULES.filter((r) => r.category === 'placeholder');

/** The placeholders of a draft that is not open: only the placeholder rules run (a workspace scan reads many files). */
export function placeholdersInText(text: string, config: AnalysisConfig, resources: RuleResources): PlaceholderItem[] {
  return placeholderItems(analyzeDocument(parseDocument(text), config, resources, PLACEHOLDER_RULES));
}

/** Where “填写此处” puts the figure: over the stand-in, or (a missing figure) just before the unit. */
export function fillRange(result: AnalysisResult, f: Finding): ReturnType<typeof toRange> {
  const lines = result.document.lines;
  return f.data?.fill === 'insert' ? toRange(lines, f.start, f.start) : toRange(lines, f.start, f.end);
}
