import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Finding, Severity, TextEdit } from '../core/model/findings';
import type { LineIndex } from '../core/text/lineIndex';
import { PRODUCT_NAME } from '../protocol';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toLspEdit(lines: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: toRange(lines, edit.start, edit.end), newText: edit.newText };
}

export function toDiagnostic(lines: LineIndex, f: Finding, uri: string): Diagnostic {
  const d: Diagnostic = {
    range: toRange(lines, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: PRODUCT_NAME,
    message: f.message,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(lines, r.start, r.end) }, message: r.message }));
  }
  if (f.ruleId.startsWith('residue-')) d.tags = [DiagnosticTag.Unnecessary];
  // Finding.data stays on the server (hover, placeholders): code actions find their finding by code and
  // range, so sending it would only add to every keystroke's payload.
  return d;
}
