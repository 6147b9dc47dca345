import type { Diagnostic, DocumentSymbol, Range } from 'vscode-languageserver-protocol';
import type { LineIndex } from '../../server/src/core/text/lineIndex';
import type { PlaceholderItem } from '../../server/src/protocol';

/** `line:character-line:character`, zero-based UTF-16 (LSP) — compact for reviewed fixtures. */
export function rangeText(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The same for a span of offsets (a finding's start and end). */
export function spanText(lines: LineIndex, start: number, end: number): string {
  return rangeText({ start: lines.positionAt(start), end: lines.positionAt(end) });
}

export interface OutlineSnapshot {
  name: string;
  selection: string;
  range: string;
  children?: OutlineSnapshot[];
}

export function outlineSnapshot(symbols: readonly DocumentSymbol[]): OutlineSnapshot[] {
  return symbols.map((s) => ({
    name: s.name,
    selection: rangeText(s.selectionRange),
    range: rangeText(s.range),
    ...(s.children?.length ? { children: outlineSnapshot(s.children) } : {}),
  }));
}

export interface DiagnosticSnapshot {
  range: string;
  severity: number;
  code: string;
  message: string;
}

export function diagnosticsSnapshot(diagnostics: readonly Diagnostic[]): DiagnosticSnapshot[] {
  return diagnostics.map((d) => ({ range: rangeText(d.range), severity: d.severity!, code: String(d.code), message: d.message }));
}

export interface PlaceholderSnapshot {
  code: string;
  range: string;
  text: string;
}

/** A draft's placeholders as reviewed in test/fixtures/placeholders/ (code, range, text). */
export function placeholdersSnapshot(items: readonly PlaceholderItem[]): PlaceholderSnapshot[] {
  return items.map((p) => ({ code: p.code, range: rangeText(p.range), text: p.text }));
}
