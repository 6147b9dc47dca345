import type { AnalysisResult } from '../core/engine/analyze';
import type { Finding } from '../core/model/findings';
import { CROSS_KIND_EN } from '../core/rules/placeholder/cross';
import { EDITORIAL_KIND_EN } from '../core/rules/placeholder/editorial';
import { INSTRUCTION_KIND_EN } from '../core/rules/placeholder/instruction';
import { LETTER_KIND_EN } from '../core/rules/placeholder/letter';
import { MARKER_KIND_EN } from '../core/rules/placeholder/marker';
import { MASKED_KIND_EN } from '../core/rules/placeholder/masked';
import { MISSING_FIGURE_KIND_EN } from '../core/rules/placeholder/missingFigure';
import { OMISSION_KIND_EN } from '../core/rules/placeholder/omission';
import { SYMBOL_KIND_EN } from '../core/rules/placeholder/symbol';
import { UNDERSCORE_KIND_EN } from '../core/rules/placeholder/underscore';
import { YEAR_KIND_EN } from '../core/rules/placeholder/year';
import type { UiLanguage } from './language';

/** Characters of the line shown on each side of a placeholder in the tree view. */
const CONTEXT_CHARS = 20;

/** One placeholder or unfinished figure of a draft, as the Placeholders view and the navigation commands use it. */
export interface Placeholder {
  readonly ruleId: string;
  /** Name of the kind in the writer's language, e.g. `方括号占位符`, `Bracket placeholder`. */
  readonly kind: string;
  /** The placeholder as written; a blank left with spaces shows them as `␣` (`␣␣`, `␣月␣日`), or the label would be empty. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The line around it, trimmed, `…` where it is cut. */
  readonly context: string;
}

export function isPlaceholder(f: Finding): boolean {
  return f.category === 'placeholder';
}

/** The English names of the kinds, by placeholder rule (each rule has one kind, named beside its Chinese one). */
export const PLACEHOLDER_KINDS_EN: Readonly<Record<string, string>> = {
  'placeholder-marker': MARKER_KIND_EN,
  'placeholder-cross': CROSS_KIND_EN,
  'placeholder-letter': LETTER_KIND_EN,
  'placeholder-year': YEAR_KIND_EN,
  'placeholder-symbol': SYMBOL_KIND_EN,
  'placeholder-underscore': UNDERSCORE_KIND_EN,
  'placeholder-omission': OMISSION_KIND_EN,
  'placeholder-editorial': EDITORIAL_KIND_EN,
  'placeholder-missing-figure': MISSING_FIGURE_KIND_EN,
  'placeholder-instruction': INSTRUCTION_KIND_EN,
  'placeholder-masked': MASKED_KIND_EN,
};

/** The name of a placeholder finding's kind in the writer's language (the rule id when a rule gives none). */
export function placeholderKind(f: Finding, language: UiLanguage = 'zh'): string {
  if (language === 'en') return PLACEHOLDER_KINDS_EN[f.ruleId] ?? f.ruleId;
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

/** A blank's spaces, where they start or end the placeholder, as the visible space sign. */
function shownText(text: string): string {
  return /^[ \u3000\u00a0]|[ \u3000\u00a0]$/.test(text) ? text.replace(/[ \u3000\u00a0]/g, '␣') : text;
}

/** Every placeholder of an analysis, in document order. */
export function placeholders(result: AnalysisResult, language: UiLanguage = 'zh'): Placeholder[] {
  return result.findings.filter(isPlaceholder).map((f) => ({
    ruleId: f.ruleId,
    kind: placeholderKind(f, language),
    text: shownText(result.document.text.slice(f.start, f.end)),
    start: f.start,
    end: f.end,
    context: contextOf(result, f),
  }));
}

/** Where “填写此处” puts the figure: over the stand-in, or (a missing figure) just before the unit. */
export function fillSpan(f: Finding): { start: number; end: number } {
  return f.data?.fill === 'insert' ? { start: f.start, end: f.start } : { start: f.start, end: f.end };
}
