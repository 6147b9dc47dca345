import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { PolicyDocument, Section } from '../core/model/document';
import type { Finding } from '../core/model/findings';
import type { OutlineNode } from '../protocol';
import { toRange } from './convert';
import { firstAtOrAfter } from '../core/text/lineIndex';
import { headingName } from '../service/sections';


function symbolKind(section: Section): SymbolKind {
  const scheme = section.heading?.marker?.scheme;
  if (!scheme) return SymbolKind.Namespace;
  if (scheme === 'part' || scheme === 'chapter' || scheme === 'section') return SymbolKind.Module;
  if (scheme === 'article') return SymbolKind.Field;
  return SymbolKind.String;
}

export function documentSymbols(doc: PolicyDocument): DocumentSymbol[] {
  const build = (section: Section): DocumentSymbol => {
    const h = section.heading!;
    return {
      name: headingName(section),
      kind: symbolKind(section),
      range: toRange(doc.lines, section.start, Math.max(section.end, h.end)),
      selectionRange: toRange(doc.lines, h.start, h.end),
      children: section.children.map(build),
    };
  };
  return doc.root.children.map(build);
}

export function foldingRanges(doc: PolicyDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (section: Section) => {
    for (const child of section.children) {
      const startLine = doc.lines.lineOf(child.start);
      const endLine = doc.lines.lineOf(Math.max(child.start, child.end));
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
      visit(child);
    }
  };
  visit(doc.root);
  return ranges;
}

/** The section tree with what the outline view marks on each heading. */
export function outlineNodes(doc: PolicyDocument, findings: readonly Finding[]): OutlineNode[] {
  // Findings come sorted by start: each section counts its share by binary search, not by a scan
  // of every finding (this request follows the writer's typing on long drafts).
  const placeholderStarts = findings.filter((f) => f.category === 'placeholder').map((f) => f.start);
  const numbering = findings.filter((f) => f.category === 'numbering');
  const numberingStarts = numbering.map((f) => f.start);
  const build = (section: Section): OutlineNode => {
    const h = section.heading!;
    const start = doc.lines.positionAt(h.start);
    const end = doc.lines.positionAt(h.end);
    const problems = h.marker
      ? numbering.slice(firstAtOrAfter(numberingStarts, h.marker.start), firstAtOrAfter(numberingStarts, h.marker.end)).map((f) => f.ruleId)
      : [];
    const sectionEnd = Math.max(section.end, h.end);
    return {
      marker: h.marker?.text ?? '',
      title: h.title,
      line: start.line,
      character: start.character,
      endLine: end.line,
      endCharacter: end.character,
      sectionEndLine: doc.lines.lineOf(sectionEnd),
      inline: h.inline,
      problems,
      placeholders: firstAtOrAfter(placeholderStarts, sectionEnd) - firstAtOrAfter(placeholderStarts, section.start),
      children: section.children.map(build),
    };
  };
  return doc.root.children.map(build);
}
