/**
 * One story of a Word document (the body, a header, a footer, the footnotes or the endnotes) read
 * into draft text, keeping where every character came from: the run, and the child of the run
 * (`w:t`, `w:tab`, `w:br`, …) that holds it. The annotator splits runs at these places.
 *
 * What becomes text: each `w:p` is one line, in the order paragraphs end (so a text box's paragraphs
 * come before the paragraph that anchors it); a manual line break (`w:br`, `w:cr`) also starts a line;
 * `w:tab`/`w:ptab` are tabs and `w:noBreakHyphen` a hyphen. What is left out: runs inside a tracked
 * deletion (`w:del`, `w:moveFrom`) with all they hold (a deleted text box too), table rows whose
 * deletion is tracked, deleted and field-code text (`w:delText`, `w:instrText`), the `mc:Fallback` copy
 * of a drawing, separator notes. A paragraph whose mark is a tracked deletion runs on into the next one
 * (or, emptied before a table or text box, is gone), so the text is the document with its tracked
 * changes accepted.
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

/**
 * A text box or a table: what a tracked deletion removes whole when it covers all of its text. A text
 * box goes with the run child that draws it (the drawing, which may hold several boxes); a table
 * with its rows (`w:trPr/w:del`).
 */
export interface Block {
  readonly kind: 'text-box' | 'table';
  /** Its paragraphs (nested ones too) in text order: indices first..last; -1 while reading. */
  first: number;
  last: number;
  /** A text box: the run and the child of it that holds the drawing. */
  readonly run?: Run;
  readonly child?: number;
  /** A table: its rows that are not deleted already. */
  readonly rows: TableRow[];
}

/** Where a row's tracked deletion goes. */
export interface TableRow {
  /** End of `<w:tr …>`, or of its `w:tblPrEx` (a new `w:trPr` goes there). */
  propertiesAt: number;
  /** The row's `w:trPr`: its `<w:trPr/>` when written empty, else where a `w:del` goes in it. */
  trPr?: { readonly start: number; end: number; readonly selfClosing: boolean; delAt?: number };
}

/**
 * A text box, table cell, note or comment the story's paragraphs sit in (id 0: the story itself), and
 * the one it is nested in.
 */
export interface Container {
  /** -1 for the story. */
  readonly parent: number;
  /** The text box or table a text box's or cell's content belongs to. */
  readonly block?: Block;
}

/** Whether container `inner` is `outer` or nested in it. */
export function isWithin(containers: readonly Container[], inner: number, outer: number): boolean {
  for (let c = inner; c >= 0; c = containers[c].parent) if (c === outer) return true;
  return false;
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
  /** By id (`Paragraph.container`). */
  readonly containers: Container[];
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
  const runs: { run: Run; index: number }[] = [];
  const containerInfo: Container[] = [{ parent: -1 }];
  /** The open containers' ids, innermost last. */
  const containers: number[] = [0];
  /** Open tables, innermost last, and the block of each drawing that holds text boxes. */
  const tables: Block[] = [];
  const drawings = new Map<RunChild, Block>();
  let row: (TableRow & { deleted: boolean }) | undefined;
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
    // Left out with all they hold: the old-Word copy of a drawing, separator notes, deleted runs (a
    // text box in one too), the cells of a deleted row.
    if (
      name === 'mc:Fallback' ||
      ((name === 'w:footnote' || name === 'w:endnote') && !['normal', undefined].includes(attribute(tag, 'w:type'))) ||
      (name === 'w:r' && deleted > 0) ||
      (name === 'w:tc' && row?.deleted)
    ) {
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
        const ch = CHAR_ELEMENTS[name];
        const isText = name === 'w:t';
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
        if (!empty) runs.push({ run: { start: tokens.start, end: tokens.end, openTag: tag, rPr: '', children: [] }, index: stack.length });
        break;
      case 'w:tbl':
        if (!empty) tables.push({ kind: 'table', first: -1, last: -1, rows: [] });
        break;
      case 'w:tr':
        row = { propertiesAt: tokens.end, deleted: false };
        if (!empty && tables.length && parent === 'w:tbl') tables[tables.length - 1].rows.push(row);
        break;
      case 'w:tblPrEx':
        if (empty && row && parent === 'w:tr') row.propertiesAt = tokens.end;
        break;
      case 'w:trPr':
        if (row && parent === 'w:tr') row.trPr = { start: tokens.start, end: tokens.end, selfClosing: empty };
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
          } else if (row?.trPr && parent === 'w:trPr' && stack[stack.length - 2]?.name === 'w:tr') {
            if (name === 'w:del') {
              row.deleted = true;
              const rows = tables[tables.length - 1]?.rows;
              if (rows?.[rows.length - 1] === row) rows.pop();
            } else {
              row.trPr.delAt = tokens.end;
            }
          }
        }
        break;
      case 'w:trPrChange':
        if (row?.trPr && parent === 'w:trPr') row.trPr.delAt ??= tokens.start;
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
      if (CONTAINERS.has(name)) openContainer(name);
    }
  }

  /** A new container inside the innermost open one; a text box's or cell's belongs to its drawing or table. */
  function openContainer(name: string): void {
    let block: Block | undefined;
    if (name === 'w:tc') {
      block = tables[tables.length - 1];
    } else if (name === 'w:txbxContent') {
      const r = runs[runs.length - 1]?.run;
      const drawing = r?.children[r.children.length - 1];
      if (r && drawing) {
        block = drawings.get(drawing);
        if (!block) drawings.set(drawing, (block = { kind: 'text-box', first: -1, last: -1, run: r, child: r.children.length - 1, rows: [] }));
      }
    }
    containers.push(containerInfo.length);
    containerInfo.push({ parent: containers[containers.length - 2], block });
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
      case 'w:tbl':
        tables.pop();
        break;
      case 'w:tr':
        row = undefined;
        break;
      case 'w:tblPrEx':
        if (row && stack[stack.length - 1]?.name === 'w:tr') row.propertiesAt = closeEnd;
        break;
      case 'w:trPr':
        if (row?.trPr && row.trPr.start === element.start) {
          row.trPr.end = closeEnd;
          row.trPr.delAt ??= closeStart;
        }
        break;
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
    for (let c = p.container; c > 0; c = containerInfo[c].parent) {
      const block = containerInfo[c].block;
      if (block) {
        if (block.first < 0) block.first = i;
        block.last = i;
      }
    }
    // A deleted mark joins the next paragraph of the same container; an emptied paragraph before a
    // table or text box (whose text comes next) is gone.
    const next = done[i + 1];
    const joins = p.markDeleted && !p.hasSectPr && next && (next.container === p.container || (p.textEnd === p.textStart && isWithin(containerInfo, next.container, p.container)));
    if (next && !joins) textOut += '\n';
  });
  let maxId = 0;
  for (const m of xml.matchAll(/\bw:id="(-?\d{1,9})"/g)) maxId = Math.max(maxId, Number(m[1]));
  return { xml, text: textOut, paragraphs: done, paragraphStarts, noteReferences, containers: containerInfo, sections, commentMarkers, namespace, maxId };
}
