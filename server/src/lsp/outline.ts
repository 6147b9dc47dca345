import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { PolicyDocument } from '../core/model/document';
import type { Finding } from '../core/model/findings';
import type { OutlineNode } from '../protocol';
import { toRange } from './convert';
import { firstAtOrAfter } from '../core/text/lineIndex';
import { documentOutline, OutlineEntry } from '../service/outline';
import type { AnalysisConfig } from '../core/config/config';
import { lengthLimits } from '../core/config/config';
import { speakingMinutes } from '../core/rules/consistency/length';

/** The outline tree (`service/outline.ts`) as LSP document symbols, folding ranges and the 公文大纲 view's nodes. */

function symbolKind(entry: OutlineEntry): SymbolKind {
  if (entry.kind === 'document') return SymbolKind.File;
  if (entry.kind === 'attachment') return SymbolKind.Package;
  const scheme = entry.heading?.marker?.scheme;
  if (!scheme) return SymbolKind.Namespace;
  if (scheme === 'part' || scheme === 'chapter' || scheme === 'section') return SymbolKind.Module;
  if (scheme === 'article') return SymbolKind.Field;
  return SymbolKind.String;
}

export function documentSymbols(doc: PolicyDocument): DocumentSymbol[] {
  const build = (e: OutlineEntry): DocumentSymbol => ({
    name: e.name,
    ...(e.detail ? { detail: e.detail } : {}),
    kind: symbolKind(e),
    range: toRange(doc.lines, e.rangeStart, Math.max(e.rangeEnd, e.end)),
    selectionRange: toRange(doc.lines, e.start, e.end),
    children: e.children.map(build),
  });
  return documentOutline(doc).map(build);
}

export function foldingRanges(doc: PolicyDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (entries: readonly OutlineEntry[]) => {
    for (const e of entries) {
      const startLine = doc.lines.lineOf(e.rangeStart);
      const endLine = doc.lines.lineOf(Math.max(e.rangeStart, e.rangeEnd));
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
      visit(e.children);
    }
  };
  visit(documentOutline(doc));
  return ranges;
}

/** The outline tree with what the outline view marks on each heading. */
export function outlineNodes(doc: PolicyDocument, findings: readonly Finding[], config: AnalysisConfig): OutlineNode[] {
  const limits = lengthLimits(config);
  const speech = doc.frame.genre === 'speech';
  // Findings come sorted by start: each section counts its share by binary search, not by a scan
  // of every finding (this request follows the writer's typing on long drafts).
  const placeholderStarts = findings.filter((f) => f.category === 'placeholder').map((f) => f.start);
  const numbering = findings.filter((f) => f.category === 'numbering');
  const numberingStarts = numbering.map((f) => f.start);
  const build = (e: OutlineEntry): OutlineNode => {
    const start = doc.lines.positionAt(e.start);
    const end = doc.lines.positionAt(e.end);
    const marker = e.heading?.marker;
    const problems = marker
      ? numbering.slice(firstAtOrAfter(numberingStarts, marker.start), firstAtOrAfter(numberingStarts, marker.end)).map((f) => f.ruleId)
      : [];
    const sectionEnd = Math.max(e.rangeEnd, e.end);
    return {
      marker: e.marker,
      title: e.title,
      kind: e.kind,
      ...(e.detail ? { detail: e.detail } : {}),
      line: start.line,
      character: start.character,
      endLine: end.line,
      endCharacter: end.character,
      sectionEndLine: doc.lines.lineOf(sectionEnd),
      inline: e.inline,
      problems,
      placeholders: firstAtOrAfter(placeholderStarts, sectionEnd) - firstAtOrAfter(placeholderStarts, e.rangeStart),
      characters: e.characters,
      ...(speech ? { speakingMinutes: speakingMinutes(e.characters, limits) } : {}),
      children: e.children.map(build),
    };
  };
  return documentOutline(doc).map(build);
}
