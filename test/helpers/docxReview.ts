/**
 * Word documents built from draft text for the annotation tests, and readers of the annotated result
 * that do not share the product's code: xmldom for the package's XML, LibreOffice's own reading for
 * where comments sit.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { inflateRawSync } from 'node:zlib';
import { footnoteReference, makeDocxParts, paragraph, zip } from './docx';

/** mulberry32: the same documents on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = [
  '',
  '<w:rPr><w:b/></w:rPr>',
  '<w:rPr><w:i/><w:color w:val="C00000"/></w:rPr>',
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>',
  '<w:rPr><w:u w:val="single"/><w:highlight w:val="yellow"/></w:rPr>',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A line as several runs of mixed formatting (cut anywhere but inside a surrogate pair), with the clutter Word leaves between runs. */
function mixedRuns(line: string, next: () => number): string {
  const cuts = new Set<number>();
  const count = Math.floor(next() * 4);
  for (let i = 0; i < count && line.length > 1; i++) {
    let at = 1 + Math.floor(next() * (line.length - 1));
    if (/[\udc00-\udfff]/.test(line[at])) at--;
    if (at > 0) cuts.add(at);
  }
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), line.length];
  let out = '';
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = line.slice(bounds[i], bounds[i + 1]);
    const rPr = FORMATS[Math.floor(next() * FORMATS.length)];
    const open = next() < 0.3 ? '<w:r w:rsidR="00A1B2C3" w:rsidRPr="00D4E5F6">' : '<w:r>';
    const content = part.split('\t').map((s) => (s ? `<w:t xml:space="preserve">${escape(s)}</w:t>` : '')).join('<w:tab/>');
    out += `${next() < 0.1 ? '<w:proofErr w:type="gramStart"/>' : ''}${open}${rPr}${next() < 0.05 ? '<w:lastRenderedPageBreak/>' : ''}${content}</w:r>`;
  }
  return out;
}

export interface BuiltDocx {
  readonly docx: Buffer;
  /** What the body reads as: the text it was built from. */
  readonly text: string;
  /** For each line: the box it sits in (0: the body; a table cell or the text box otherwise). */
  readonly containers: readonly number[];
  /** Lines followed by a manual line break (the next line is in the same paragraph). */
  readonly joined: ReadonlySet<number>;
  /** The tables and the text box: lines first..last (a table's cells, the box's paragraph). */
  readonly blocks: readonly { readonly kind: 'table' | 'text-box'; readonly first: number; readonly last: number }[];
}

/**
 * A .docx of `text`, one line a paragraph, with what real documents have: runs of mixed formatting,
 * manual line breaks (two lines in one paragraph), tables (two lines side by side in cells), a text
 * box, a footnote, and a page header and footer. The body reads back as exactly `text`.
 */
export function docxFromText(text: string, seed: number, extras: { header?: string; footer?: string; footnote?: string } = {}): BuiltDocx {
  const next = random(seed);
  const lines = text.split('\n');
  const containers: number[] = [];
  const joined = new Set<number>();
  const blocks: { kind: 'table' | 'text-box'; first: number; last: number }[] = [];
  let container = 0;
  const body: string[] = [];
  let textBoxDone = false;
  // One of each at fixed places (when the text is long enough), more of the first two at random.
  const breakAt = Math.floor(lines.length / 3);
  const tableAt = Math.floor((2 * lines.length) / 3);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const hasNext = i + 1 < lines.length;
    const roll = next();
    const pPr = next() < 0.5 ? '<w:pPr><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr>' : '';
    if (hasNext && (i === breakAt || roll < 0.07)) {
      // A manual line break: two lines of the text in one paragraph.
      body.push(`<w:p>${pPr}${mixedRuns(line, next)}<w:r><w:br/></w:r>${mixedRuns(lines[i + 1], next)}</w:p>`);
      containers.push(0, 0);
      joined.add(i);
      i++;
    } else if (hasNext && (i === tableAt || roll < 0.11)) {
      body.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:p>${mixedRuns(line, next)}</w:p></w:tc><w:tc><w:p>${mixedRuns(lines[i + 1], next)}</w:p></w:tc></w:tr></w:tbl>`);
      containers.push(++container, ++container);
      blocks.push({ kind: 'table', first: i, last: i + 1 });
      i++;
    } else if (hasNext && !textBoxDone && i > 3 && line.length > 0) {
      // The text box's paragraph ends first, so it reads before the paragraph that anchors it.
      textBoxDone = true;
      const box = textBoxRun(`<w:p>${mixedRuns(line, next)}</w:p>`);
      body.push(`<w:p>${pPr}${box}${mixedRuns(lines[i + 1], next)}</w:p>`);
      containers.push(++container, 0);
      blocks.push({ kind: 'text-box', first: i, last: i });
      i++;
    } else {
      body.push(`<w:p>${pPr}${mixedRuns(line, next)}</w:p>`);
      containers.push(0);
    }
  }
  if (extras.footnote !== undefined) {
    body.push(`<w:p><w:r><w:t>注</w:t></w:r>${footnoteReference(1)}</w:p>`);
  }
  const docx = makeDocxParts({
    body: body.join(''),
    header: extras.header === undefined ? undefined : paragraph(extras.header),
    footer: extras.footer === undefined ? undefined : paragraph(extras.footer),
    footnotes: extras.footnote === undefined ? undefined : [paragraph(extras.footnote)],
  });
  return { docx, text: extras.footnote === undefined ? text : `${text}\n注`, containers: extras.footnote === undefined ? containers : [...containers, 0], joined, blocks };
}

function textBoxRun(paragraphsXml: string): string {
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="7" name="文本框 7"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${paragraphsXml}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect style="width:390pt;height:47pt"><v:textbox><w:txbxContent>${paragraphsXml}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

/** The entries of a zip, inflated (test files only: no limits). */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let eocd = bytes.length - 22;
  while (bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = bytes.readUInt32LE(eocd + 16);
  for (let n = bytes.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

export function parseXml(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(`not well-formed XML: ${errors[0]}`);
  return doc as unknown as Document;
}

const elements = (node: Node, name: string): Element[] => Array.from((node as Element).getElementsByTagName(name));
const children = (node: Node): Element[] => Array.from(node.childNodes).filter((c): c is Element => c.nodeType === 1);

/**
 * Accept every tracked change the way Word does, on the XML alone: deleted runs go (with a text box
 * drawn in one), inserted runs stay, a deleted table row goes (and the table when no row is left), a
 * paragraph whose mark is deleted takes in the paragraph after it, or goes when it is left empty and
 * no paragraph follows it (a table does).
 */
export function acceptAllChanges(xml: string): string {
  const doc = parseXml(xml);
  const marks: Element[] = [];
  const rows: Element[] = [];
  for (const del of elements(doc, 'w:del')) {
    const parent = (del.parentNode as Element).nodeName;
    if (parent === 'w:rPr') marks.push(del);
    else if (parent === 'w:trPr') rows.push(del.parentNode!.parentNode as Element);
    else if (del.parentNode) del.parentNode.removeChild(del);
  }
  for (const row of rows) {
    const table = row.parentNode as Element;
    table.removeChild(row);
    if (!elements(table, 'w:tr').length) table.parentNode!.removeChild(table);
  }
  for (const ins of elements(doc, 'w:ins')) {
    const parent = ins.parentNode!;
    if ((parent as Element).nodeName === 'w:rPr') {
      parent.removeChild(ins);
      continue;
    }
    while (ins.firstChild) parent.insertBefore(ins.firstChild, ins);
    parent.removeChild(ins);
  }
  const inDocument = (node: Node) => {
    let n: Node | null = node;
    while (n && n !== (doc as unknown as Node)) n = n.parentNode;
    return n !== null;
  };
  for (const mark of marks.reverse()) {
    const p = mark.parentNode!.parentNode!.parentNode as Element;
    // Gone with a deleted row or text box.
    if (!inDocument(p)) continue;
    mark.parentNode!.removeChild(mark);
    let following = p.nextSibling;
    while (following && following.nodeType !== 1) following = following.nextSibling;
    if (following?.nodeName === 'w:p') {
      for (const child of children(following)) if (child.nodeName !== 'w:pPr') p.appendChild(child);
      following.parentNode!.removeChild(following);
    } else if (elements(p, 'w:r').every((r) => !elements(r, 'w:t').length && !elements(r, 'w:tab').length && !elements(r, 'w:br').length && !elements(r, 'w:drawing').length)) {
      p.parentNode!.removeChild(p);
    } else {
      throw new Error('a deleted paragraph mark joins text to something that is not a paragraph');
    }
  }
  return new XMLSerializer().serializeToString(doc as unknown as Node);
}

/** The same package with some parts replaced. */
export function replaceParts(bytes: Buffer, parts: Record<string, string>): Buffer {
  return zip([...unzip(bytes)].map(([name, data]) => [name, parts[name] ?? data] as const));
}

/** A comment as LibreOffice reads it: author, paragraphs, and the text between its start and end. */
export interface LibreOfficeComment {
  readonly author: string;
  readonly paragraphs: string[];
  readonly anchored: string;
}

const TEXT_PARENTS = new Set(['text:p', 'text:h', 'text:span', 'text:a', 'text:ruby-base']);

/** The comments of a document LibreOffice converted to flat ODF (`.fodt`), with the body text each one spans. */
export function libreOfficeComments(fodt: string): LibreOfficeComment[] {
  return readOdt(fodt).comments;
}

/** The body text of a flat ODF document (each paragraph ends with `\n`). */
export function libreOfficeText(fodt: string): string {
  return readOdt(fodt).text;
}

/**
 * The body text of a flat ODF document and its comments: paragraphs and line breaks are `\n`, tabs
 * `\t`; notes, comments' own text and the change log are left out (the deleted text LibreOffice keeps
 * in the body while changes are shown stays in).
 */
function readOdt(fodt: string): { text: string; comments: LibreOfficeComment[] } {
  const doc = parseXml(fodt);
  const body = elements(doc, 'office:text')[0];
  let flat = '';
  const open = new Map<string, { comment: LibreOfficeComment; start: number }>();
  const out: LibreOfficeComment[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      // Text of paragraphs; the rest is the file's indentation.
      if (TEXT_PARENTS.has(node.parentNode?.nodeName ?? '')) flat += node.nodeValue;
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    switch (e.nodeName) {
      case 'text:tracked-changes':
      case 'text:note':
      case 'text:sequence-decls':
        return;
      case 'office:annotation': {
        const comment: LibreOfficeComment = {
          author: elements(e, 'dc:creator')[0]?.textContent ?? '',
          paragraphs: children(e).filter((c) => c.nodeName === 'text:p').map((c) => c.textContent ?? ''),
          anchored: '',
        };
        out.push(comment);
        const name = e.getAttribute('office:name');
        if (name) open.set(name, { comment, start: flat.length });
        return;
      }
      case 'office:annotation-end': {
        const started = open.get(e.getAttribute('office:name') ?? '');
        if (started) (started.comment as { anchored: string }).anchored = flat.slice(started.start);
        return;
      }
      case 'text:s':
        flat += ' '.repeat(Number(e.getAttribute('text:c') || '1'));
        return;
      case 'text:tab':
        flat += '\t';
        return;
      case 'text:line-break':
        flat += '\n';
        return;
    }
    for (const child of Array.from(e.childNodes)) visit(child);
    if (e.nodeName === 'text:p' || e.nodeName === 'text:h') flat += '\n';
  };
  visit(body);
  return { text: flat, comments: out };
}
