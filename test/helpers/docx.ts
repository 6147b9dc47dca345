import { crc32, deflateRawSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES = `xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"`;
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A zip of the given entries, deflated (or stored, for a Buffer given as `{ stored }`), as Word writes one. */
export function zip(files: readonly (readonly [string, string | Buffer])[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface DocxParts {
  /** Body XML: paragraphs and tables. */
  readonly body: string;
  /** Paragraphs of the (default) page header and footer. */
  readonly header?: string;
  readonly footer?: string;
  /** Paragraphs of footnotes 1, 2, …; the body refers to them with `footnoteReference(n)`. */
  readonly footnotes?: readonly string[];
}

/**
 * A .docx written at test time: content types, package and document relationships, the body and
 * optional header, footer and footnotes, as Word lays them out. Word, LibreOffice and mammoth open it.
 */
export function makeDocxParts(parts: DocxParts): Buffer {
  const overrides = [['/word/document.xml', 'document.main']];
  const rels: string[] = [];
  const files: [string, string][] = [];
  let sectPr = '';
  if (parts.header !== undefined) {
    overrides.push(['/word/header1.xml', 'header']);
    rels.push(`<Relationship Id="rId11" Type="${R}/header" Target="header1.xml"/>`);
    files.push(['word/header1.xml', `${DECLARATION}<w:hdr ${NAMESPACES}>${parts.header}</w:hdr>`]);
    sectPr += '<w:headerReference w:type="default" r:id="rId11"/>';
  }
  if (parts.footer !== undefined) {
    overrides.push(['/word/footer1.xml', 'footer']);
    rels.push(`<Relationship Id="rId12" Type="${R}/footer" Target="footer1.xml"/>`);
    files.push(['word/footer1.xml', `${DECLARATION}<w:ftr ${NAMESPACES}>${parts.footer}</w:ftr>`]);
    sectPr += '<w:footerReference w:type="default" r:id="rId12"/>';
  }
  if (parts.footnotes !== undefined) {
    overrides.push(['/word/footnotes.xml', 'footnotes']);
    rels.push(`<Relationship Id="rId13" Type="${R}/footnotes" Target="footnotes.xml"/>`);
    const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
    const notes = parts.footnotes.map((xml, i) => `<w:footnote w:id="${i + 1}">${xml}</w:footnote>`).join('');
    files.push(['word/footnotes.xml', `${DECLARATION}<w:footnotes ${NAMESPACES}>${separators}${notes}</w:footnotes>`]);
  }
  const contentTypes = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`).join('')}</Types>`;
  return zip([
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`],
    ['word/document.xml', `${DECLARATION}<w:document ${NAMESPACES}><w:body>${parts.body}<w:sectPr>${sectPr}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`],
    ...(rels.length ? [['word/_rels/document.xml.rels', `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`] as [string, string]] : []),
    ...files,
  ]);
}

/** A minimal .docx holding the given body XML. */
export function makeDocx(bodyXml: string): Buffer {
  return makeDocxParts({ body: bodyXml });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Runs of plain text; `\t` becomes a tab element, `\n` a manual line break. */
export function runs(text: string, rPr = ''): string {
  return text.split(/(\t|\n)/).filter(Boolean).map((part) => {
    if (part === '\t') return `<w:r>${rPr}<w:tab/></w:r>`;
    if (part === '\n') return `<w:r>${rPr}<w:br/></w:r>`;
    return `<w:r>${rPr}<w:t xml:space="preserve">${escape(part)}</w:t></w:r>`;
  }).join('');
}

/** One Word paragraph of plain runs; `\t` becomes a tab element, `\n` a manual line break. */
export function paragraph(text: string): string {
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs(text)}</w:p>`;
}

/** A reference to footnote `n` (a run of its own, as Word writes it). */
export function footnoteReference(n: number): string {
  return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${n}"/></w:r>`;
}

/** A paragraph anchoring a text box (DrawingML with its VML fallback) that holds the given paragraphs. */
export function textBox(paragraphsXml: string): string {
  const fallback = `<mc:Fallback><w:pict><v:rect style="width:300pt;height:60pt"><v:textbox><w:txbxContent>${paragraphsXml}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>`;
  const choice = `<mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3810000" cy="762000"/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3810000" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${paragraphsXml}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>`;
  return `<w:p><w:r><mc:AlternateContent>${choice}${fallback}</mc:AlternateContent></w:r></w:p>`;
}
