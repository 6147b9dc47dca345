/**
 * One story of a Word document (the body, a header, a footer, the footnotes or the endnotes) read
 * into draft text, keeping where every character came from: the run, and the child of the run
 * (`w:t`, `w:tab`, `w:br`, …) that holds it. The annotator splits runs at these places.
 *
 * What becomes text: each `w:p` is one line, in the order paragraphs end (so a text box's paragraphs
 * come before the paragraph that anchors it); a manual line break (`w:br`, `w:cr`) also starts a line;
 * `w:tab`/`w:ptab` are tabs and `w:noBreakHyphen` a hyphen. What is left out: runs inside a tracked
 * deletion (`w:del`, `w:moveFrom`), deleted and field-code text (`w:delText`, `w:instrText`), the
 * `mc:Fallback` copy of a drawing, separator notes. A paragraph whose mark is a tracked deletion runs on
 * into the next one, so the text is the document with its tracked changes accepted.
 */
import { attribute, decodeEntities, Token, XmlTokenizer } from './xml';

export interface RunChild {
  /** `text`: a `w:t`; `char`: an element read as one character; `other`: anything else, kept as written. */
  readonly kind: 'text' | 'char' | 'other';
  readonly start: number;
  end: number;
  /** Decoded text (`text`), the character (`char`), '' (`other`). */
  text: string;
}

export interface Run {
  readonly start: number;
  end: number;
  /** `<w:r …>` as written. */
  readonly openTag: string;
  /** `<w:rPr>…</w:rPr>` as written, or ''. */
  rPr: string;
  readonly children: RunChild[];
}

/** A character-holding child of a run, at `textStart` in the story text. */
export interface Piece {
  textStart: number;
  readonly run: Run;
  readonly child: number;
}

export interface ParagraphProperties {
  readonly start: number;
  end: number;
  readonly selfClosing: boolean;
  /** Where a `w:del` goes in the paragraph mark's `<w:rPr>` (after its `w:ins`, if any), when it has one. */
  rPrDelAt?: number;
  /** The paragraph mark's `<w:rPr/>`, when written empty. */
  rPrEmpty?: { readonly start: number; readonly end: number };
  /** Where a new `w:rPr` goes: before `w:sectPr`, `w:pPrChange` or `</w:pPr>`. */
  tail?: number;
}

export interface Paragraph {
  readonly start: number;
  /** End of `<w:p …>`; for `<w:p/>`, the offset of `/>`. */
  readonly openEnd: number;
  /** Start of `</w:p>`; for `<w:p/>`, the offset of `/>`. */
  closeStart: number;
  end: number;
  readonly selfClosing: boolean;
  pPr?: ParagraphProperties;
  /** Ends a section: its mark is never deleted. */
  hasSectPr: boolean;
  /** Its mark is a tracked deletion: the text runs on into the next paragraph. */
  markDeleted: boolean;
  /** Text box, table cell or note it sits in: a comment never spans two. */
  readonly container: number;
  /** The footnote or endnote it belongs to. */
  readonly note?: string;
  readonly pieces: Piece[];
  /** Its text in the story: [textStart, textEnd); a line break may follow at textEnd. */
  textStart: number;
  textEnd: number;
  /** Characters so far, while reading. */
  length: number;
  /** Position in the story's paragraphs (text order). */
  index: number;
}

/** Where a footnote or endnote is referenced in the body. */
export interface NoteReference {
  readonly run: Run;
  readonly child: number;
  readonly paragraph: Paragraph;
}

/** A section's header and footer references, in the order written. */
export interface SectionReferences {
  readonly references: { readonly element: 'header' | 'footer'; readonly type: string; readonly id: string }[];
}

/** A comment range marker found while reading (annotated documents, tests). */
export interface CommentMarker {
  readonly id: string;
  readonly kind: 'start' | 'end';
  readonly paragraph: Paragraph;
  readonly offset: number;
}

export interface StoryText {
  readonly xml: string;
  readonly text: string;
  /** In text order. */
  readonly paragraphs: Paragraph[];
  /** `textStart` of each paragraph, ascending. */
  readonly paragraphStarts: number[];
  readonly noteReferences: Map<string, NoteReference>;
  readonly sections: SectionReferences[];
  readonly commentMarkers: CommentMarker[];
  /** The namespace the `w:` prefix stands for on the root element. */
  readonly namespace: string;
  /** The largest numeric `w:id` in the part (comments and tracked changes take new ones above it). */
  readonly maxId: number;
}

const CHAR_ELEMENTS: Readonly<Record<string, string>> = { 'w:tab': '\t', 'w:ptab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '-' };
const CONTAINERS = new Set(['w:txbxContent', 'w:tc', 'w:footnote', 'w:endnote', 'w:comment']);
const DELETIONS = new Set(['w:del', 'w:moveFrom']);

interface OpenElement {
  readonly name: string;
  readonly start: number;
  /** The run child this element is, when it is a direct child of a run. */
  child?: RunChild;
}

/** Read one part's WordprocessingML into text. Throws DocxError on XML that is not well formed. */
export function readStory(xml: string, part: string): StoryText {
  const tokens = new XmlTokenizer(xml, part);
  const stack: OpenElement[] = [];
  const done: Paragraph[] = [];
  const openParagraphs: Paragraph[] = [];
  const runs: { run: Run; index: number; deleted: boolean }[] = [];
  const containers: number[] = [0];
  let nextContainer = 1;
  let text: RunChild | undefined;
  let skipping = 0;
  let deleted = 0;
  let note: string | undefined;
  const noteReferences = new Map<string, NoteReference>();
  const sections: SectionReferences[] = [];
  let section: SectionReferences | undefined;
  const commentMarkers: CommentMarker[] = [];
  let namespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  let rootSeen = false;

  const parentName = () => stack[stack.length - 1]?.name;
  const paragraph = () => openParagraphs[openParagraphs.length - 1];
  /** The innermost open run, when the element about to open or just read is its direct child. */
  const runOfChild = () => {
    const r = runs[runs.length - 1];
    return r && r.index === stack.length - 1 ? r : undefined;
  };
  const addPiece = (r: Run, childIndex: number) => {
    const p = paragraph();
    if (!p) return;
    p.pieces.push({ textStart: p.length, run: r, child: childIndex });
    p.length += r.children[childIndex].text.length;
  };
  /** The open paragraph when the element `depth` levels up is its own `w:pPr` (not one inside `w:pPrChange`). */
  const inOwnPPr = (depth: number): Paragraph | undefined => {
    const p = paragraph();
    const pPr = stack[stack.length - 1 - depth];
    return p?.pPr && pPr?.name === 'w:pPr' && pPr.start === p.pPr.start ? p : undefined;
  };
  const finishParagraph = (p: Paragraph) => {
    openParagraphs.pop();
    done.push(p);
  };

  while (tokens.next()) {
    const kind = tokens.kind;
    if (skipping > 0) {
      if (kind === Token.Open) skipping++;
      else if (kind === Token.Close && --skipping === 0) stack.pop();
      continue;
    }
    if (kind === Token.Text || kind === Token.CData) {
      if (text) text.text += kind === Token.Text ? decodeEntities(xml.slice(tokens.start, tokens.end)) : xml.slice(tokens.start + 9, tokens.end - 3);
      continue;
    }
    if (kind === Token.Other) continue;
    const name = tokens.name;
    if (kind === Token.Close) {
      // Lenient about a stray close tag: close up to the matching open element, if any.
      let at = stack.length - 1;
      while (at >= 0 && stack[at].name !== name) at--;
      if (at < 0) continue;
      while (stack.length > at) {
        const element = stack.pop()!;
        closeElement(element, tokens.start, tokens.end);
      }
      continue;
    }
    // Open or Empty.
    const tag = tokens.tag();
    const empty = kind === Token.Empty;
    if (!rootSeen) {
      rootSeen = true;
      namespace = attribute(tag, 'xmlns:w') ?? namespace;
    }
    if (name === 'mc:Fallback' || ((name === 'w:footnote' || name === 'w:endnote') && !['normal', undefined].includes(attribute(tag, 'w:type')))) {
      if (!empty) {
        stack.push({ name, start: tokens.start });
        skipping = 1;
      }
      continue;
    }
    const run = runOfChild();
    const element: OpenElement = { name, start: tokens.start };
    if (run) {
      if (name === 'w:rPr') {
        if (empty) run.run.rPr = tag;
      } else {
        const ch = run.deleted ? undefined : CHAR_ELEMENTS[name];
        const isText = name === 'w:t' && !run.deleted;
        const child: RunChild = {
          kind: isText ? 'text' : ch !== undefined && !(name === 'w:br' && /^(page|column)$/.test(attribute(tag, 'w:type') ?? '')) ? 'char' : 'other',
          start: tokens.start,
          end: tokens.end,
          text: isText ? '' : ch ?? '',
        };
        if (child.kind === 'other') child.text = '';
        run.run.children.push(child);
        if (child.kind === 'char') addPiece(run.run, run.run.children.length - 1);
        else if (child.kind === 'text') {
          if (empty) addPiece(run.run, run.run.children.length - 1);
          else text = child;
        }
        if ((name === 'w:footnoteReference' || name === 'w:endnoteReference') && paragraph()) {
          noteReferences.set(`${name === 'w:footnoteReference' ? 'footnote' : 'endnote'}:${attribute(tag, 'w:id')}`, { run: run.run, child: run.run.children.length - 1, paragraph: paragraph() });
        }
        element.child = child;
      }
    }
    const parent = parentName();
    switch (name) {
      case 'w:p': {
        const p: Paragraph = {
          start: tokens.start, openEnd: empty ? tokens.end - 2 : tokens.end, closeStart: tokens.end - 2, end: tokens.end, selfClosing: empty,
          hasSectPr: false, markDeleted: false, container: containers[containers.length - 1], note, pieces: [], textStart: 0, textEnd: 0, length: 0, index: 0,
        };
        openParagraphs.push(p);
        if (empty) finishParagraph(p);
        break;
      }
      case 'w:r':
        if (!empty) runs.push({ run: { start: tokens.start, end: tokens.end, openTag: tag, rPr: '', children: [] }, index: stack.length, deleted: deleted > 0 });
        break;
      case 'w:pPr': {
        const p = paragraph();
        if (p && parent === 'w:p' && !p.pPr) p.pPr = { start: tokens.start, end: tokens.end, selfClosing: empty };
        break;
      }
      case 'w:rPr': {
        const p = inOwnPPr(0);
        if (p) {
          if (empty) p.pPr!.rPrEmpty = { start: tokens.start, end: tokens.end };
          else p.pPr!.rPrDelAt = tokens.end;
        }
        break;
      }
      case 'w:ins':
      case 'w:del':
        if (empty) {
          const p = inOwnPPr(1);
          if (p && parent === 'w:rPr') {
            if (name === 'w:del') p.markDeleted = true;
            else p.pPr!.rPrDelAt = tokens.end;
          }
        }
        break;
      case 'w:sectPr':
      case 'w:pPrChange': {
        const p = inOwnPPr(0);
        if (p) {
          p.pPr!.tail ??= tokens.start;
          if (name === 'w:sectPr') p.hasSectPr = true;
        }
        if (name === 'w:sectPr' && parent !== 'w:sectPrChange') {
          section = { references: [] };
          sections.push(section);
        }
        break;
      }
      case 'w:headerReference':
      case 'w:footerReference':
        if (section && parent === 'w:sectPr') {
          const id = attribute(tag, 'r:id');
          if (id) section.references.push({ element: name === 'w:headerReference' ? 'header' : 'footer', type: attribute(tag, 'w:type') ?? 'default', id });
        }
        break;
      case 'w:footnote':
      case 'w:endnote':
        note = `${name === 'w:footnote' ? 'footnote' : 'endnote'}:${attribute(tag, 'w:id')}`;
        break;
      case 'w:commentRangeStart':
      case 'w:commentRangeEnd': {
        const p = paragraph();
        const id = attribute(tag, 'w:id');
        if (p && id !== undefined) commentMarkers.push({ id, kind: name === 'w:commentRangeStart' ? 'start' : 'end', paragraph: p, offset: p.length });
        break;
      }
    }
    if (!empty) {
      stack.push(element);
      if (DELETIONS.has(name)) deleted++;
      if (CONTAINERS.has(name)) containers.push(nextContainer++);
    }
  }

  function closeElement(element: OpenElement, closeStart: number, closeEnd: number): void {
    const name = element.name;
    if (element.child) {
      element.child.end = closeEnd;
      if (element.child === text) {
        text = undefined;
        const r = runs[runs.length - 1].run;
        addPiece(r, r.children.indexOf(element.child));
      }
    }
    if (DELETIONS.has(name)) deleted--;
    if (CONTAINERS.has(name)) containers.pop();
    switch (name) {
      case 'w:r': {
        const r = runs[runs.length - 1];
        if (r && r.index === stack.length) {
          r.run.end = closeEnd;
          runs.pop();
        }
        break;
      }
      case 'w:rPr': {
        const r = runs[runs.length - 1];
        if (r && r.index === stack.length - 1) r.run.rPr = xml.slice(element.start, closeEnd);
        break;
      }
      case 'w:pPr': {
        const p = paragraph();
        if (p?.pPr && p.pPr.start === element.start) {
          p.pPr.end = closeEnd;
          p.pPr.tail ??= closeStart;
        }
        break;
      }
      case 'w:p': {
        const p = paragraph();
        if (p && p.start === element.start) {
          p.closeStart = closeStart;
          p.end = closeEnd;
          finishParagraph(p);
        }
        break;
      }
      case 'w:footnote':
      case 'w:endnote':
        note = undefined;
        break;
    }
  }

  // Paragraphs still open at the end of a damaged part count as they stand.
  while (openParagraphs.length) finishParagraph(paragraph());

  let textOut = '';
  const paragraphStarts: number[] = [];
  done.forEach((p, i) => {
    p.index = i;
    p.textStart = textOut.length;
    for (const piece of p.pieces) textOut += piece.run.children[piece.child].text;
    p.textEnd = textOut.length;
    for (const piece of p.pieces) piece.textStart += p.textStart;
    paragraphStarts.push(p.textStart);
    const next = done[i + 1];
    if (next && !(p.markDeleted && !p.hasSectPr && next.container === p.container)) textOut += '\n';
  });
  let maxId = 0;
  for (const m of xml.matchAll(/\bw:id="(-?\d{1,9})"/g)) maxId = Math.max(maxId, Number(m[1]));
  return { xml, text: textOut, paragraphs: done, paragraphStarts, noteReferences, sections, commentMarkers, namespace, maxId };
}
