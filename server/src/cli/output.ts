import type { Finding, Severity } from '../core/model/findings';
import type { LineIndex } from '../core/text/lineIndex';
import type { Section } from '../core/model/document';
import { PRODUCT_NAME } from '../protocol';

/** LSP DiagnosticSeverity numbers, so JSON output reads like the server's diagnostics. */
const LSP_SEVERITY: Readonly<Record<Severity, number>> = { error: 1, warning: 2, information: 3, hint: 4 };

export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

export function toJsonDiagnostic(lines: LineIndex, f: Finding): JsonDiagnostic {
  return {
    range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    severity: LSP_SEVERITY[f.severity],
    code: f.ruleId,
    source: PRODUCT_NAME,
    message: f.message,
  };
}

/** Compiler style, one-based: `file:line:col severity code message`. */
export function toTextLine(file: string, lines: LineIndex, f: Finding): string {
  const p = lines.positionAt(f.start);
  return `${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} ${f.message}`;
}

export interface JsonOutlineNode {
  marker: string;
  title: string;
  line: number;
  character: number;
  inline: boolean;
  children: JsonOutlineNode[];
}

export function outlineJson(lines: LineIndex, section: Section): JsonOutlineNode[] {
  return section.children.map((child) => {
    const h = child.heading!;
    const p = lines.positionAt(h.start);
    return { marker: h.marker?.text ?? '', title: h.title, line: p.line, character: p.character, inline: h.inline, children: outlineJson(lines, child) };
  });
}

export function outlineText(section: Section, depth = 0): string[] {
  return section.children.flatMap((child) => {
    const h = child.heading!;
    return [`${'  '.repeat(depth)}${h.marker?.text ?? '·'}${h.title}  (第 ${h.line + 1} 行)`, ...outlineText(child, depth + 1)];
  });
}
