import type { Enumeration, Heading, PageNumberResidue, Paragraph, PolicyDocument, Section, VerbatimSpan } from '../model/document';
import { shiftMarker } from './markers';
import { firstIndexWhere, LineIndex } from '../text/lineIndex';
import { bodyOnlyFrame } from './frame';

/**
 * Lines [fromLine, toLine) of a parsed draft as a draft of their own: the text from the first line's
 * start to the start of `toLine`, and the whole draft's parse facts about those lines — paragraphs,
 * headings with their markers, page-number residue, enumerations lying wholly inside — with offsets
 * and lines counted from the window's start. The facts are not re-derived: a heading found from the
 * sequence around it, or a page number told from the numbers before and after it, stays what the
 * whole parse made of it. Paragraph-scope rules therefore read a window exactly as they read those
 * lines in the whole draft; that is what lets the engine re-check only the lines an edit touched.
 * Directives are left out: the engine applies the whole draft's; so is the frame, which paragraph-scope
 * rules may not read.
 */
export function documentWindow(doc: PolicyDocument, fromLine: number, toLine: number): PolicyDocument {
  const starts = doc.lines.lineStarts;
  const offset = starts[fromLine];
  const end = toLine < starts.length ? starts[toLine] : doc.text.length;
  const text = doc.text.slice(offset, end);
  const inside = (o: number) => o >= offset && o < end;

  const paragraphs: Paragraph[] = [];
  const paragraphIndex = new Map<number, number>();
  for (let i = firstIndexWhere(doc.paragraphs, (p) => p.line >= fromLine); i < doc.paragraphs.length && doc.paragraphs[i].line < toLine; i++) {
    const p = doc.paragraphs[i];
    paragraphIndex.set(p.index, paragraphs.length);
    paragraphs.push({ index: paragraphs.length, line: p.line - fromLine, start: p.start - offset, end: p.end - offset });
  }

  const headings: Heading[] = [];
  for (let i = firstIndexWhere(doc.headings, (h) => h.start >= offset); i < doc.headings.length && inside(doc.headings[i].start); i++) {
    const h = doc.headings[i];
    headings.push({
      ...h, index: headings.length, marker: h.marker && shiftMarker(h.marker, -offset),
      titleStart: h.titleStart - offset, titleEnd: Math.min(h.titleEnd, end) - offset,
      start: h.start - offset, end: Math.min(h.end, end) - offset, line: h.line - fromLine,
    });
  }
  const root: { heading: undefined; parent: undefined; children: Section[]; start: number; end: number } = {
    heading: undefined, parent: undefined, children: [], start: 0, end: text.length,
  };
  for (const heading of headings) root.children.push({ heading, parent: root, children: [], start: heading.start, end: heading.end });

  const pageNumberResidue: PageNumberResidue[] = doc.pageNumberResidue
    .filter((r) => inside(r.start))
    .map((r) => ({ ...r, start: r.start - offset, end: r.end - offset, line: r.line - fromLine }));

  const enumerations: Enumeration[] = doc.enumerations
    .filter((e) => e.items.every((item) => inside(item.start) && item.end <= end) && paragraphIndex.has(e.paragraph))
    .map((e) => ({
      ...e, paragraph: paragraphIndex.get(e.paragraph)!,
      items: e.items.map((item) => ({ ...item, start: item.start - offset, end: item.end - offset })),
    }));

  // Verbatim spans reaching into the window keep their whole extent (they may start before it or end
  // after it): whether an edit covers one whole or reaches into it reads the same as in the whole draft.
  const verbatim: VerbatimSpan[] = [];
  for (let i = firstIndexWhere(doc.verbatim, (s) => s.end > offset); i < doc.verbatim.length && doc.verbatim[i].start < end; i++) {
    const s = doc.verbatim[i];
    verbatim.push({ start: s.start - offset, end: s.end - offset, line: s.line - fromLine });
  }

  return { text, lines: new LineIndex(text), paragraphs, headings, root, enumerations, pageNumberResidue, directives: [], verbatim,
    // Paragraph-scope rules never read the frame (it is a fact about the whole draft).
    frame: bodyOnlyFrame(text.length) };
}
