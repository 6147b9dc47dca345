import type { AnalysisResult } from '../core/engine/analyze';
import type { Finding } from '../core/model/findings';
import type { Expected } from '../core/rules/placeholder/scan';

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
  /** What to type there, in a few words (`填写名称，替换“×”`, `在“万亩”前填写数值`); see `placeholderTodo`. */
  readonly todo: string;
}

export function isPlaceholder(f: Finding): boolean {
  return f.category === 'placeholder';
}

/** The Chinese name of a placeholder finding's kind (the rule id when a rule gives none). */
export function placeholderKind(f: Finding): string {
  return String(f.data?.kind ?? f.ruleId);
}

/** What goes where a placeholder stands, by the finding's `data.expected`. */
const EXPECTED_NAMES: Readonly<Record<Expected, string>> = {
  number: '数值',
  name: '名称',
  content: '内容',
  year: '完整的四位年份',
  ordinal: '序数',
  digits: '被遮盖的数字',
  mail: '邮箱地址中被遮盖的部分',
  instructed: '提示所要求的内容',
  omitted: '省略的正文',
  note: '批注要求的内容',
};

/**
 * What the writer types at a placeholder, from its data (never its message): what goes there and
 * whether it replaces the placeholder or goes before the unit (a missing figure). `written` is the
 * finding's text.
 */
export function placeholderTodo(f: Finding, written: string): string {
  const expected = f.data?.expected as Expected | undefined;
  const what = (expected && EXPECTED_NAMES[expected]) ?? EXPECTED_NAMES.content;
  if (expected === 'note') return `落实${what}后，删去“${written}”`;
  if (f.data?.fill !== 'insert') return `填写${what}，替换“${written}”`;
  return expected === 'ordinal' ? `在“第”后填写${what}` : `在“${written}”前填写${what}`;
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
  return result.findings.filter(isPlaceholder).map((f) => {
    const text = result.document.text.slice(f.start, f.end);
    return { ruleId: f.ruleId, kind: placeholderKind(f), text, start: f.start, end: f.end, context: contextOf(result, f), todo: placeholderTodo(f, text) };
  });
}

/** Where “填写此处” puts the figure: over the stand-in, or (a missing figure) just before the unit. */
export function fillSpan(f: Finding): { start: number; end: number } {
  return f.data?.fill === 'insert' ? { start: f.start, end: f.start } : { start: f.start, end: f.end };
}
