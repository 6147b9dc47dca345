import type { Hover, Range } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { AnalysisResult } from '../core/engine/analyze';
import type { RuleResources } from '../core/rules/rule';
import { agencyHover } from './agencies';
import { toRange } from './convert';
import { isPlaceholder } from './placeholders';

/** What a hover provider gets: the document's analysis and the UTF-16 offset under the pointer. */
export interface HoverContext {
  readonly result: AnalysisResult;
  readonly offset: number;
  /** The dictionaries this document was analysed with (workspace agency entries included). */
  readonly resources?: RuleResources;
}

/** One part of a hover: Markdown text and the range it is about. */
export interface HoverPart {
  readonly markdown: string;
  readonly range: Range;
}

/** One source of hover text; undefined when it has nothing to say at this offset. */
export type HoverProvider = (context: HoverContext) => HoverPart | undefined;

/** A placeholder's kind, what to do, and how many of that kind the document still has. */
export const placeholderHover: HoverProvider = ({ result, offset }) => {
  // Inclusive end: a keyboard hover asks at the cursor, which stands after a selected placeholder.
  const here = result.findings.find((f) => isPlaceholder(f) && f.start <= offset && offset <= f.end);
  if (!here) return undefined;
  const kind = String(here.data?.kind ?? here.ruleId);
  const sameKind = result.findings.filter((f) => f.ruleId === here.ruleId).length;
  const all = result.findings.filter(isPlaceholder).length;
  const advice = here.message.slice(here.message.indexOf('：') + 1);
  return {
    markdown: `**${kind}**（\`${here.ruleId}\`）\n\n${advice}\n\n本文档还有 ${sameKind} 处${kind}未处理（占位符共 ${all} 处）。`,
    range: toRange(result.document.lines, here.start, here.end),
  };
};

/** Hover providers, asked in order; their parts are shown together. */
export const HOVER_PROVIDERS: readonly HoverProvider[] = [placeholderHover, agencyHover];

/** The parts of every provider at one offset, joined into one hover, or null when none applies. */
export function hoverAt(context: HoverContext, providers: readonly HoverProvider[] = HOVER_PROVIDERS): Hover | null {
  const parts = providers.map((p) => p(context)).filter((h): h is HoverPart => h !== undefined);
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.map((p) => p.markdown).join('\n\n---\n\n') }, range: parts[0].range };
}
