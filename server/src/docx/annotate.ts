/**
 * An annotated copy of a .docx: comments anchored on exact stretches of a story's text and tracked
 * changes (w:ins / w:del) for edits of it, written into the parts' original XML. Only the runs that
 * hold an anchor or an edit are rewritten, split into pieces that keep the run's properties; every
 * other byte of every part stays as it was, and parts without changes are copied still compressed.
 *
 * Where things go: a comment's range markers and a tracked change sit beside the runs of its
 * paragraph (never inside a run), in document order: range start, the deleted and inserted text,
 * range end, then the run with the comment reference. Word keeps no comments in headers and
 * footers, so theirs are anchored at the start of the body; a note's are anchored on its reference
 * mark in the body. Their message says where the text is.
 *
 * A deleted line break is a deleted paragraph mark (`w:pPr/w:rPr/w:del`); whole paragraphs go with
 * their own marks, a text box with the run that draws it, a table with its rows (`w:trPr/w:del`), so
 * that accepting every change in Word gives the edited text.
 */
import { lastAtOrBefore } from '../core/text/lineIndex';
import type { DocxPackage, Relationship, Story } from './package';
import { readText, relationshipsPart } from './package';
import { Block, isWithin, Paragraph, Piece, Run, TableRow } from './story';
import { escapeXml, Token, XmlTokenizer } from './xml';
import { writeZip, ZipOutput } from './zip';

export interface CommentRequest {
  /** Range in the story text; start === end anchors at a point. */
  readonly start: number;
  readonly end: number;
  /** Paragraphs of the comment. */
  readonly paragraphs: readonly string[];
}

export interface ChangeRequest {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface StoryAnnotations {
  readonly comments: readonly CommentRequest[];
  /** Non-overlapping, sorted. */
  readonly changes: readonly ChangeRequest[];
}

export interface AnnotateOptions {
  readonly author: string;
  readonly initials: string;
  readonly date: Date;
}

export interface AnnotateResult {
  readonly bytes: Buffer;
  readonly comments: number;
  readonly changes: number;
  /** Edits that cannot be a tracked change here (a new paragraph; across a table cell, text box or section edge). */
  readonly skippedChanges: number;
}

/**
 * What a deletion of a stretch of story text is in Word: deleted pieces of runs, deleted paragraph
 * marks, and whole text boxes and tables it removes (a box with the run child that draws it, a table
 * with its rows and the text in them).
 */
interface Deletion {
  readonly runs: [Run, number, number, number][];
  readonly marks: Paragraph[];
  readonly rows: TableRow[];
  readonly blocks: Block[];
}

/** A point between two characters of a story: in a run's child (`k` characters into it), or at a paragraph's end. */
type Location = { readonly run: Run; readonly child: number; readonly k: number; readonly paragraph: Paragraph } | { readonly run?: undefined; readonly paragraph: Paragraph };

/** What goes at a location, ordered by rank: range starts, insertions, point comments, range ends. */
interface Op {
  readonly k: number;
  readonly rank: 0 | 1 | 2 | 3;
  readonly xml: string;
}

const RANK = { start: 0, insertion: 1, point: 2, end: 3 } as const;

function pieceLength(piece: Piece): number {
  return piece.run.children[piece.child].text.length;
}

/** The piece of `p` holding character `o` (before: o is in it; after: o − 1 is in it). */
function pieceAround(p: Paragraph, o: number, after: boolean): Piece | undefined {
  const pieces = p.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  // Last piece starting at or before o (after: strictly before o).
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (after ? pieces[mid].textStart < o : pieces[mid].textStart <= o) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  // Skip empty pieces (`<w:t/>`) backwards to one that holds the character.
  for (let i = found; i >= 0; i--) {
    const piece = pieces[i];
    const end = piece.textStart + pieceLength(piece);
    if (after ? piece.textStart < o && o <= end : piece.textStart <= o && o < end) return piece;
    if (end <= (after ? o - 1 : o)) break;
  }
  return undefined;
}

class StoryEditor {
  readonly runOps = new Map<Run, Map<number, Op[]>>();
  readonly runDeletions = new Map<Run, Map<number, [number, number][]>>();
  readonly endOps = new Map<Paragraph, Op[]>();
  readonly deletedMarks = new Set<Paragraph>();
  readonly deletedRows = new Set<TableRow>();

  /** The first paragraph in document order, when the story opens with a table. */
  private readonly openingCell: Paragraph | undefined;

  constructor(readonly story: Story, private readonly ids: () => number, private readonly stamp: string) {
    let first: Paragraph | undefined;
    for (const p of story.paragraphs) if (!first || p.start < first.start) first = p;
    this.openingCell = first && story.containers[first.container].block?.kind === 'table' ? first : undefined;
  }

  /** The paragraph whose text holds offset o, or whose line break is at o. */
  private paragraphOf(o: number): Paragraph {
    return this.story.paragraphs[Math.max(0, lastAtOrBefore(this.story.paragraphStarts, o))];
  }

  /** Just before character o. */
  before(o: number): Location | undefined {
    if (!this.story.paragraphs.length) return undefined;
    const p = this.paragraphOf(o);
    if (o >= p.textEnd) return { paragraph: p };
    const piece = pieceAround(p, o, false);
    return piece ? { run: piece.run, child: piece.child, k: o - piece.textStart, paragraph: p } : { paragraph: p };
  }

  /** Just after character o − 1; a range ending with a paragraph's line break ends at that paragraph's end. */
  after(o: number): Location | undefined {
    if (o === 0) return this.before(0);
    if (!this.story.paragraphs.length) return undefined;
    const p = this.paragraphOf(o - 1);
    if (o - 1 >= p.textEnd) return { paragraph: p };
    const piece = pieceAround(p, o, true);
    return piece ? { run: piece.run, child: piece.child, k: o - piece.textStart, paragraph: p } : { paragraph: p };
  }

  add(at: Location, rank: Op['rank'], xml: string): void {
    if (at.run) {
      let byChild = this.runOps.get(at.run);
      if (!byChild) this.runOps.set(at.run, (byChild = new Map()));
      const list = byChild.get(at.child) ?? [];
      list.push({ k: at.k, rank, xml });
      byChild.set(at.child, list);
    } else {
      const list = this.endOps.get(at.paragraph) ?? [];
      list.push({ k: 0, rank, xml });
      this.endOps.set(at.paragraph, list);
    }
  }

  /**
   * Comment markers around [start, end), on the text of the paragraphs it covers: a range that starts
   * with the line break before a paragraph starts at that paragraph, one that ends with a line break
   * ends at the end of the paragraph before it (a comment cannot end after a paragraph mark). A comment
   * stays in the text box, table cell or note where it starts: a range that runs out of it ends with
   * the last paragraph before it does.
   */
  comment(id: number, start: number, end: number): boolean {
    if (end > start && this.isParagraphBreak(start)) start++;
    const from = this.before(start);
    if (!from) return false;
    const paragraphs = this.story.paragraphs;
    let last = from.paragraph.index;
    while (paragraphs[last + 1] && paragraphs[last + 1].textStart < end && paragraphs[last + 1].container === from.paragraph.container) last++;
    const next = paragraphs[last + 1];
    const clamped = next && next.textStart < end ? Math.max(start, paragraphs[last].textEnd) : end;
    const to = clamped > start ? this.after(clamped) : from;
    if (!to) return false;
    this.commentAt(id, from, to, clamped === start);
    return true;
  }

  commentAt(id: number, from: Location, to: Location, point: boolean): void {
    const reference = `<w:r><w:commentReference w:id="${id}"/></w:r>`;
    // LibreOffice (7.4) moves a comment that starts before anything else in a document opening with a
    // table out of the table, into a paragraph of its own before it; an empty run first keeps it in the cell.
    const firstPiece = from.paragraph.pieces[0];
    const opening = from.paragraph === this.openingCell && (from.run ? from.run === firstPiece.run && from.child === firstPiece.child && from.k === 0 : !firstPiece) ? '<w:r/>' : '';
    if (point) {
      this.add(from, RANK.point, `${opening}<w:commentRangeStart w:id="${id}"/><w:commentRangeEnd w:id="${id}"/>${reference}`);
    } else {
      this.add(from, RANK.start, `${opening}<w:commentRangeStart w:id="${id}"/>`);
      this.add(to, RANK.end, `<w:commentRangeEnd w:id="${id}"/>${reference}`);
    }
  }

  /** Whether offset o is a paragraph break (not a manual line break, which is text in a paragraph). */
  private isParagraphBreak(o: number): boolean {
    return this.story.text.charCodeAt(o) === 0x0a && o === this.paragraphOf(o).textEnd;
  }

  /**
   * A tracked change for one edit; false (and nothing recorded) when Word cannot hold it as one: it
   * inserts a paragraph, or it removes a line break at a table cell, text box or section edge without
   * removing the whole table or text box.
   */
  change(edit: ChangeRequest): boolean {
    const { start, end, newText } = edit;
    if (/[\n\r]/.test(newText)) return false;
    // Deleting from the line break before whole paragraphs to the end of the last one removes the same
    // text as deleting from their start to the line break after them; the latter deletes the paragraphs
    // with their own marks, so the paragraph before them keeps its own properties.
    const shifted = !newText && start < end && this.isParagraphBreak(start) && this.isParagraphBreak(end) ? this.deletion(start + 1, end + 1) : undefined;
    const deletion = shifted ?? this.deletion(start, end);
    if (!deletion) return false;
    let insertAt: Location | undefined;
    if (newText) {
      const p = this.paragraphOf(start);
      insertAt = end > start ? this.after(end) : start > p.textStart ? this.after(start) : this.before(start);
      if (!insertAt) return false;
      // Text inserted in a table or text box that goes would go with it.
      const at = insertAt.paragraph.index;
      if (deletion.blocks.some((b) => b.first <= at && at <= b.last)) return false;
    }
    for (const [run, child, a, b] of deletion.runs) {
      let byChild = this.runDeletions.get(run);
      if (!byChild) this.runDeletions.set(run, (byChild = new Map()));
      const list = byChild.get(child) ?? [];
      list.push([a, b]);
      byChild.set(child, list);
    }
    for (const p of deletion.marks) this.deletedMarks.add(p);
    for (const row of deletion.rows) this.deletedRows.add(row);
    if (insertAt) {
      const rPr = insertAt.run?.rPr ?? lastRun(insertAt.paragraph)?.rPr ?? '';
      const content = newText.split('\t').map((s) => (s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : '')).join('<w:tab/>');
      this.add(insertAt, RANK.insertion, `<w:ins w:id="${this.ids()}" ${this.stamp}><w:r>${this.freshIds(rPr)}${content}</w:r></w:ins>`);
    }
    return true;
  }

  /**
   * Deleting [s, e) in Word, or undefined when Word cannot: the pieces of runs in it, and each line
   * break in it as one of
   * - the mark of the paragraph before it, joining the next paragraph of the same container (not across
   *   a table that goes), or ending a paragraph the deletion empties before a table or text box;
   * - the edge of a text box or table whose text the deletion covers: it goes whole, taking one line
   *   break beside it (the one after it when both are deleted).
   */
  private deletion(s: number, e: number): Deletion | undefined {
    const { paragraphs, paragraphStarts, containers, text } = this.story;
    const plan: Deletion = { runs: [], marks: [], rows: [], blocks: [] };
    if (e <= s || !paragraphs.length) return plan;
    const breakAt = (o: number) => text.charCodeAt(o) === 0x0a && o >= s && o < e;
    const first = Math.max(0, lastAtOrBefore(paragraphStarts, s));
    let last = first;
    while (paragraphs[last + 1] && paragraphs[last + 1].textStart < e) last++;
    // The text boxes and tables it covers with a line break beside them; the outermost go.
    const candidates = new Set<Block>();
    for (let i = first; i <= last; i++) {
      for (let c = paragraphs[i].container; c > 0; c = containers[c].parent) {
        const block = containers[c].block;
        if (block) candidates.add(block);
      }
    }
    const whole = [...candidates].filter((b) => {
      const from = paragraphs[b.first].textStart;
      const to = paragraphs[b.last].textEnd;
      return from >= s && to <= e && (breakAt(from - 1) || breakAt(to));
    }).sort((a, b) => a.first - b.first || b.last - a.last);
    const blockAt = new Map<number, Block>();
    for (const b of whole) {
      if (plan.blocks.length && b.last <= plan.blocks[plan.blocks.length - 1].last) continue;
      plan.blocks.push(b);
      blockAt.set(b.first, b);
      if (b.kind === 'text-box') plan.runs.push([b.run!, b.child!, 0, 1]);
      else plan.rows.push(...b.rows);
    }
    let inside: Block | undefined;
    for (let i = first; i <= last; i++) {
      const p = paragraphs[i];
      inside = blockAt.get(i) ?? (inside && i <= inside.last ? inside : undefined);
      // A text box goes with its drawing; a table's text is deleted with its rows.
      if (inside?.kind !== 'text-box') {
        for (const piece of p.pieces) {
          const a = Math.max(s, piece.textStart);
          const b = Math.min(e, piece.textStart + pieceLength(piece));
          if (a < b) plan.runs.push([piece.run, piece.child, a - piece.textStart, b - piece.textStart]);
        }
      }
      // The line break after p, if it is in the range (a joined paragraph has none).
      const following = paragraphs[i + 1];
      if (!following || following.textStart === p.textEnd || !breakAt(p.textEnd)) continue;
      // Inside a table or text box that goes, or the line break after it: gone with it.
      if (inside) continue;
      // The paragraph after the line break, past the tables and text boxes that go with the break after them.
      let next = this.paragraphOf(p.textEnd + 1).index;
      let acrossTable = false;
      let goesWithBlock = false;
      for (let b = blockAt.get(next); b; b = blockAt.get(next)) {
        const end = paragraphs[b.last].textEnd;
        if (!breakAt(end)) {
          goesWithBlock = true;
          break;
        }
        acrossTable ||= b.kind === 'table';
        next = this.paragraphOf(end + 1).index;
      }
      if (goesWithBlock) continue;
      const q = paragraphs[next];
      if (p.hasSectPr || p.markDeleted) return undefined;
      const joins = q.container === p.container && !acrossTable;
      // An emptied paragraph is gone, even before a table or text box, when its container goes on.
      const emptied = p.textStart >= s && isWithin(containers, q.container, p.container);
      if (!joins && !emptied) return undefined;
      plan.marks.push(p);
    }
    return plan;
  }

  /** A copy of run properties with new ids (a tracked formatting change's id must stay unique). */
  freshIds(xml: string): string {
    return xml.includes('w:id=') ? xml.replace(/\bw:id="[^"]*"/g, () => `w:id="${this.ids()}"`) : xml;
  }

  /** The edits to the part's XML. */
  edits(): XmlEdit[] {
    const edits: XmlEdit[] = [];
    const xml = this.story.xml;
    const runs = new Set([...this.runOps.keys(), ...this.runDeletions.keys()]);
    for (const run of runs) {
      edits.push({ start: run.start, end: run.end, render: (spliced) => this.renderRun(run, spliced) });
    }
    for (const p of new Set([...this.endOps.keys(), ...this.deletedMarks])) {
      const ops = (this.endOps.get(p) ?? []).sort((a, b) => a.rank - b.rank).map((o) => o.xml).join('');
      const mark = this.deletedMarks.has(p) ? `<w:del w:id="${this.ids()}" ${this.stamp}/>` : '';
      if (p.selfClosing) {
        edits.push({ start: p.closeStart, end: p.end, render: () => `>${mark ? `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>` : ''}${ops}</w:p>` });
        continue;
      }
      if (ops) edits.push({ start: p.closeStart, end: p.closeStart, render: () => ops });
      if (!mark) continue;
      const pPr = p.pPr;
      if (!pPr) edits.push({ start: p.openEnd, end: p.openEnd, render: () => `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>` });
      else if (pPr.selfClosing) edits.push({ start: pPr.start, end: pPr.end, render: () => `${xml.slice(pPr.start, pPr.end - 2)}><w:rPr>${mark}</w:rPr></w:pPr>` });
      else if (pPr.rPrDelAt !== undefined) edits.push({ start: pPr.rPrDelAt, end: pPr.rPrDelAt, render: () => mark });
      else if (pPr.rPrEmpty) edits.push({ start: pPr.rPrEmpty.start, end: pPr.rPrEmpty.end, render: () => `<w:rPr>${mark}</w:rPr>` });
      else edits.push({ start: pPr.tail!, end: pPr.tail!, render: () => `<w:rPr>${mark}</w:rPr>` });
    }
    for (const row of this.deletedRows) {
      const mark = `<w:del w:id="${this.ids()}" ${this.stamp}/>`;
      const trPr = row.trPr;
      if (!trPr) edits.push({ start: row.propertiesAt, end: row.propertiesAt, render: () => `<w:trPr>${mark}</w:trPr>` });
      else if (trPr.selfClosing) edits.push({ start: trPr.start, end: trPr.end, render: () => `${xml.slice(trPr.start, trPr.end - 2)}>${mark}</w:trPr>` });
      else edits.push({ start: trPr.delAt!, end: trPr.delAt!, render: () => mark });
    }
    return edits;
  }

  /** The run, split where anchors and edits fall; each piece keeps the run's properties. */
  private renderRun(run: Run, spliced: (from: number, to: number) => string): string {
    const opsOf = this.runOps.get(run);
    const deletionsOf = this.runDeletions.get(run);
    let out = '';
    let current = '';
    let pieces = 0;
    const flush = () => {
      if (!current) return;
      out += run.openTag + (pieces++ === 0 ? run.rPr : this.freshIds(run.rPr)) + current + '</w:r>';
      current = '';
    };
    run.children.forEach((child, index) => {
      const ops = (opsOf?.get(index) ?? []).slice().sort((a, b) => a.k - b.k || a.rank - b.rank);
      const deleted = deletionsOf?.get(index) ?? [];
      if (!ops.length && !deleted.length) {
        current += spliced(child.start, child.end);
        return;
      }
      const length = child.kind === 'text' ? child.text.length : 1;
      const points = [...new Set([0, length, ...ops.map((o) => o.k), ...deleted.flat()])].sort((a, b) => a - b);
      points.forEach((k, i) => {
        const here = ops.filter((o) => o.k === k);
        if (here.length) {
          flush();
          out += here.map((o) => o.xml).join('');
        }
        const next = points[i + 1];
        if (next === undefined) return;
        const text = child.kind === 'text' ? escapeXml(child.text.slice(k, next)) : '';
        if (deleted.some(([a, b]) => a <= k && next <= b)) {
          flush();
          // A drawing keeps the comment markers in its text boxes.
          const content = child.kind === 'text' ? `<w:delText xml:space="preserve">${text}</w:delText>` : spliced(child.start, child.end);
          out += `<w:del w:id="${this.ids()}" ${this.stamp}><w:r>${this.freshIds(run.rPr)}${content}</w:r></w:del>`;
        } else if (child.kind !== 'text' || (k === 0 && next === length)) {
          current += spliced(child.start, child.end);
        } else {
          current += `<w:t xml:space="preserve">${text}</w:t>`;
        }
      });
    });
    flush();
    return out;
  }
}

function lastRun(p: Paragraph): Run | undefined {
  return p.pieces[p.pieces.length - 1]?.run;
}

interface XmlEdit {
  readonly start: number;
  readonly end: number;
  /** The replacement; `spliced` gives a stretch of the original with the edits nested in it applied. */
  readonly render: (spliced: (from: number, to: number) => string) => string;
}

/** Apply edits that are disjoint or nested (a text box's runs inside a run that is split). */
function applyXmlEdits(xml: string, edits: XmlEdit[]): string {
  const width = (e: XmlEdit) => (e.end > e.start ? 1 : 0);
  edits.sort((a, b) => a.start - b.start || width(a) - width(b) || b.end - a.end);
  let i = 0;
  const spliced = (from: number, to: number): string => {
    let out = '';
    let pos = from;
    while (i < edits.length && edits[i].start < to && edits[i].end <= to) {
      const e = edits[i++];
      if (e.start < pos) throw new Error(`docx: overlapping edits at ${e.start}`);
      out += xml.slice(pos, e.start) + e.render(spliced);
      pos = e.end;
    }
    return out + xml.slice(pos, to);
  };
  const out = spliced(0, xml.length);
  if (i < edits.length) throw new Error(`docx: edit at ${edits[i].start} was not applied`);
  return out;
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** Insert `addition` before the root element's end tag (or expand `<root/>`). */
function appendToRoot(xml: string, part: string, addition: string): string {
  const tokens = new XmlTokenizer(xml, part);
  let depth = 0;
  while (tokens.next()) {
    if (tokens.kind === Token.Open) depth++;
    else if (tokens.kind === Token.Close && --depth === 0) return xml.slice(0, tokens.start) + addition + xml.slice(tokens.start);
    else if (tokens.kind === Token.Empty && depth === 0) return `${xml.slice(0, tokens.end - 2)}>${addition}</${tokens.name}>${xml.slice(tokens.end)}`;
  }
  throw new Error(`docx: no root element in ${part}`);
}

/** The annotated copy of `docx`; `annotations` by story part. */
export function annotateDocx(docx: DocxPackage, annotations: ReadonlyMap<string, StoryAnnotations>, options: AnnotateOptions): AnnotateResult {
  const { zip, stories } = docx;
  const [body] = stories;
  const commentsRelationship: Relationship | undefined = docx.relationships.find((r) => !r.external && r.type === docx.relationshipBase + 'comments');
  const existingComments = commentsRelationship ? readText(zip, commentsRelationship.target) : undefined;
  let nextId = Math.max(0, ...stories.map((s) => s.maxId), ...[...(existingComments ?? '').matchAll(/\bw:id="(\d{1,9})"/g)].map((m) => Number(m[1]))) + 1;
  const ids = () => nextId++;
  const author = escapeXml(options.author);
  const date = isoSeconds(options.date);
  const stamp = `w:author="${author}" w:date="${date}"`;
  const editors = new Map(stories.map((s) => [s, new StoryEditor(s, ids, stamp)]));
  const bodyEditor = editors.get(body)!;
  const comments: string[] = [];
  let changes = 0;
  let skippedChanges = 0;
  for (const story of stories) {
    const wanted = annotations.get(story.part);
    if (!wanted) continue;
    const editor = editors.get(story)!;
    for (const c of wanted.comments) {
      const id = ids();
      if (story.kind === 'body') {
        if (!editor.comment(id, c.start, c.end)) continue;
      } else {
        // Word has no comments in headers and footers: at the start of the body. A note's: on its
        // reference mark in the body, where the writer sees the note.
        const p = story.paragraphs[Math.max(0, lastAtOrBefore(story.paragraphStarts, c.start))];
        const reference = p?.note ? body.noteReferences.get(p.note) : undefined;
        if (reference) {
          const at = { run: reference.run, child: reference.child, paragraph: reference.paragraph };
          bodyEditor.commentAt(id, { ...at, k: 0 }, { ...at, k: 1 }, false);
        } else {
          const start = bodyEditor.before(0);
          if (!start) continue;
          bodyEditor.commentAt(id, start, start, true);
        }
      }
      const paragraphs = c.paragraphs.map((text, i) => `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');
      comments.push(`<w:comment w:id="${id}" ${stamp} w:initials="${escapeXml(options.initials)}">${paragraphs}</w:comment>`);
    }
    for (const edit of wanted.changes) {
      if (editor.change(edit)) changes++;
      else skippedChanges++;
    }
  }

  const replaced = new Map<string, string>();
  for (const [story, editor] of editors) {
    const edits = editor.edits();
    if (edits.length) replaced.set(story.part, applyXmlEdits(story.xml, edits));
  }
  const added: [string, string][] = [];
  if (comments.length) {
    const namespace = body.namespace;
    if (commentsRelationship && existingComments !== undefined) {
      replaced.set(commentsRelationship.target, appendToRoot(existingComments, commentsRelationship.target, comments.join('')));
    } else {
      const directory = docx.mainPart.slice(0, docx.mainPart.lastIndexOf('/') + 1);
      let name = 'comments.xml';
      for (let n = 1; zip.has(directory + name); n++) name = `comments${n}.xml`;
      added.push([directory + name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${escapeXml(namespace)}">${comments.join('')}</w:comments>`]);
      const relsPart = relationshipsPart(docx.mainPart);
      const rels = readText(zip, relsPart);
      const usedIds = new Set(docx.relationships.map((r) => r.id));
      let rId = 1;
      while (usedIds.has(`rId${rId}`)) rId++;
      const relationship = `<Relationship Id="rId${rId}" Type="${escapeXml(docx.relationshipBase)}comments" Target="${name}"/>`;
      if (rels === undefined) added.push([relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship}</Relationships>`]);
      else replaced.set(relsPart, appendToRoot(rels, relsPart, relationship));
      const types = readText(zip, '[Content_Types].xml');
      if (types === undefined) throw new Error('docx: no [Content_Types].xml');
      replaced.set('[Content_Types].xml', appendToRoot(types, '[Content_Types].xml', `<Override PartName="/${directory}${name}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`));
    }
  }
  const outputs: ZipOutput[] = zip.entries.map((entry) => {
    const xml = replaced.get(entry.name);
    return xml === undefined ? { name: entry.name, copy: entry } : { name: entry.name, data: Buffer.from(xml, 'utf8') };
  });
  for (const [name, xml] of added) outputs.push({ name, data: Buffer.from(xml, 'utf8') });
  return { bytes: writeZip(zip, outputs, options.date), comments: comments.length, changes, skippedChanges };
}
