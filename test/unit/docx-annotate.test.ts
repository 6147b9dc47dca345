import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { applyEdits } from '../../server/src/core/engine/fixes';
import { fixAllText as fixAll } from '../../server/src/service/fixAll';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { Finding, TextEdit } from '../../server/src/core/model/findings';
import { SEVERITY_NAMES } from '../../server/src/core/model/findings';
import { AnnotateResult, annotateDocxBytes, DocxStoryText, extractDocx, openDocx, reviewAnnotations } from '../../server/src/docx';
import { readStory } from '../../server/src/docx/story';
import { loadResources } from '../../server/src/resources';
import { runCli, tempFolder } from '../helpers/cli';
import { makeDocx, paragraph, textBox } from '../helpers/docx';
import { acceptAllChanges, BuiltDocx, docxFromText, libreOfficeComments, parseXml, replaceParts, unzip } from '../helpers/docxReview';
import { corpusFiles, CORPUS_DIR, describeWithCorpus, readText } from '../helpers/paths';

const resources = loadResources();
const DATE = new Date('2026-12-01T09:30:00Z');
const W_ANY = ['w:p', 'w:hyperlink', 'w:ins', 'w:del', 'w:smartTag', 'w:sdtContent', 'w:fldSimple', 'w:customXml'];

function annotate(built: BuiltDocx, trackChanges: boolean): AnnotateResult {
  const annotations = reviewAnnotations(extractDocx(built.docx), DEFAULT_CONFIG, (text, config) => analyzeText(text, config, resources), trackChanges ? (text, config) => fixAll(text, config, resources).edits : undefined);
  return annotateDocxBytes(built.docx, annotations, DATE);
}

/** How a story is checked: a header's or footer's text is printed in the page margin, where a page number belongs. */
const configOf = (story: DocxStoryText) => (story.kind === 'header' || story.kind === 'footer' ? { ...DEFAULT_CONFIG, textKind: 'page-margin' as const } : DEFAULT_CONFIG);
const storyFindingsOf = (built: BuiltDocx) => extractDocx(built.docx).stories.flatMap((s) => analyzeText(s.text, configOf(s), resources).findings.map((f) => ({ f, s })));

/** The comment's two paragraphs, as storyAnnotations writes them. */
function commentText(f: Finding, story?: string): string[] {
  return [`${story ? `【${story}】` : ''}${f.message}`, `规则 ${f.ruleId}（${SEVERITY_NAMES[f.severity]}）`];
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], o: number): number {
  let l = 0;
  while (l + 1 < starts.length && starts[l + 1] <= o) l++;
  return l;
}

/**
 * The text a finding's comment should span: the text of the paragraphs its range covers (without a
 * line break before the first one or after the last: a Word comment cannot start or end on a paragraph
 * mark; a manual line break is text and stays), ending with the last paragraph before the range leaves
 * the text box or table cell it starts in.
 */
function expectedAnchor(built: BuiltDocx, f: Finding): string {
  const { text, containers, joined } = built;
  const lineStarts = lineStartsOf(text);
  const lineOf = (o: number) => lineAt(lineStarts, o);
  let start = f.start;
  if (start < f.end && text[start] === '\n' && !joined.has(lineOf(start))) start++;
  const first = lineOf(start);
  let end = f.end;
  for (let l = first + 1; l < lineStarts.length && lineStarts[l] < end; l++) {
    if (containers[l] !== containers[first]) {
      end = Math.max(start, lineStarts[l] - 1);
      break;
    }
  }
  if (end > start && text[end - 1] === '\n' && !joined.has(lineOf(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * Whether Word can hold an edit as a tracked change in this layout: it inserts no line break (no new
 * paragraph), and every paragraph break it deletes
 * - joins two lines of the body (not across a table that goes), or ends a body line it empties;
 * - or goes with a table or the text box whose lines it deletes whole, with a break beside it (the one
 *   after it when both are deleted; the one before is then a body line's).
 * A deletion from the break before whole lines to the end of the last is the same as one of those lines
 * with the break after them; inserted text may not land in a table or text box that goes.
 */
function trackable(built: BuiltDocx, e: TextEdit): boolean {
  const { text, containers, joined } = built;
  if (/\n/.test(e.newText)) return false;
  const lineStarts = lineStartsOf(text);
  const lineOf = (o: number) => lineAt(lineStarts, o);
  const lineEnd = (l: number) => (l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length);
  const paragraphBreak = (o: number) => text[o] === '\n' && !joined.has(lineOf(o));
  const deletable = (s: number, end: number): boolean => {
    if (end > text.length) return false;
    const inRange = (o: number) => o >= s && o < end && paragraphBreak(o);
    const whole = built.blocks.filter((b) => lineStarts[b.first] >= s && lineEnd(b.last) <= end && (inRange(lineStarts[b.first] - 1) || inRange(lineEnd(b.last))));
    const wholeAt = (l: number) => whole.find((b) => b.first <= l && l <= b.last);
    if (e.newText && s < end && wholeAt(lineOf(end - 1))) return false;
    for (let l = lineOf(s); l + 1 < lineStarts.length && lineStarts[l + 1] <= end; l++) {
      if (!inRange(lineEnd(l)) || wholeAt(l)) continue;
      let next = l + 1;
      let acrossTable = false;
      let taken = false;
      for (let b = whole.find((x) => x.first === next); b; b = whole.find((x) => x.first === next)) {
        if (!inRange(lineEnd(b.last))) {
          taken = true;
          break;
        }
        acrossTable ||= b.kind === 'table';
        next = b.last + 1;
      }
      if (taken) continue;
      if (containers[l] !== 0) return false;
      // The paragraph's first line (a manual line break joins lines in one paragraph).
      let paragraphStart = l;
      while (joined.has(paragraphStart - 1)) paragraphStart--;
      if (!((containers[next] === 0 && !acrossTable) || lineStarts[paragraphStart] >= s)) return false;
    }
    return true;
  };
  if (!e.newText && e.start < e.end && paragraphBreak(e.start) && paragraphBreak(e.end) && deletable(e.start + 1, e.end + 1)) return true;
  return deletable(e.start, e.end);
}

interface PackageCheck {
  /** Comment id → its paragraphs. */
  readonly comments: Map<string, string[]>;
  readonly documentXml: string;
}

/**
 * What Word needs to open the file without repair, checked on the XML: every part well formed; the
 * comments part with its relationship and content type; each comment with author and date, its
 * range start, end and reference once each and in that order; markers beside runs, never in one;
 * tracked changes with author and date, deletions holding deleted text only; ids unique.
 */
function checkPackage(bytes: Buffer, date = '2026-12-01T09:30:00Z'): PackageCheck {
  const parts = unzip(bytes);
  for (const [name, data] of parts) if (/\.(xml|rels)$/.test(name)) parseXml(data.toString('utf8'));
  const documentXml = parts.get('word/document.xml')!.toString('utf8');
  if (!parts.has('word/comments.xml')) {
    assert.doesNotMatch(documentXml, /<w:comment(RangeStart|Reference)/);
    return { comments: new Map(), documentXml };
  }
  const types = parts.get('[Content_Types].xml')!.toString('utf8');
  assert.match(types, /<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/>/);
  const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
  assert.match(rels, /<Relationship Id="rId\d+" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"\/>/);
  const relIds = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(relIds).size, relIds.length, 'relationship ids are unique');
  const commentsDoc = parseXml(parts.get('word/comments.xml')!.toString('utf8'));
  const comments = new Map<string, string[]>();
  for (const c of Array.from(commentsDoc.getElementsByTagName('w:comment'))) {
    assert.equal(c.getAttribute('w:author'), '公文起草助手');
    assert.equal(c.getAttribute('w:date'), date);
    const id = c.getAttribute('w:id')!;
    assert.ok(!comments.has(id), `comment id ${id} twice`);
    comments.set(id, Array.from(c.getElementsByTagName('w:p')).map((p) => Array.from(p.getElementsByTagName('w:t')).map((t) => t.textContent).join('')));
  }
  const doc = parseXml(documentXml);
  const ids: string[] = [];
  for (const name of ['w:commentRangeStart', 'w:commentRangeEnd', 'w:ins', 'w:del']) {
    for (const e of Array.from(doc.getElementsByTagName(name))) {
      const parent = (e.parentNode as Element).nodeName;
      if (name.startsWith('w:comment')) assert.ok(W_ANY.includes(parent), `${name} inside ${parent}`);
      else if (parent !== 'w:rPr') {
        assert.equal(e.getAttribute('w:author'), '公文起草助手');
        assert.equal(e.getAttribute('w:date'), date);
        for (const child of Array.from(e.childNodes)) assert.equal(child.nodeName, 'w:r', `${name} holds ${child.nodeName}`);
        // A deleted run's text is w:delText (a text box drawn in it holds paragraphs of its own).
        if (name === 'w:del') for (const run of Array.from(e.childNodes) as Element[]) assert.ok(!Array.from(run.childNodes).some((c) => c.nodeName === 'w:t'), 'deleted text is w:delText');
        ids.push(e.getAttribute('w:id')!);
      }
    }
  }
  for (const id of comments.keys()) {
    const at = ['commentRangeStart', 'commentRangeEnd', 'commentReference'].map((n) => {
      const tag = `<w:${n} w:id="${id}"/>`;
      const first = documentXml.indexOf(tag);
      assert.ok(first >= 0 && documentXml.indexOf(tag, first + 1) < 0, `${tag} once`);
      return first;
    });
    assert.ok(at[0] < at[1] && at[1] < at[2], `comment ${id}: start, end, reference in document order`);
  }
  assert.equal(doc.getElementsByTagName('w:commentReference').length, comments.size);
  const allIds = [...ids, ...comments.keys()];
  assert.equal(new Set(allIds).size, allIds.length, 'change and comment ids are unique');
  return { comments, documentXml };
}

/** Each comment as (paragraphs, anchored text), sorted, read with the product's own reader. */
function anchoredComments(check: PackageCheck, part = 'word/document.xml'): string[] {
  const story = readStory(check.documentXml, part);
  const ranges = new Map<string, { start?: number; end?: number }>();
  for (const m of story.commentMarkers) {
    const r = ranges.get(m.id) ?? {};
    r[m.kind] = m.paragraph.textStart + m.offset;
    ranges.set(m.id, r);
  }
  return [...check.comments].map(([id, paragraphs]) => {
    const r = ranges.get(id)!;
    return JSON.stringify([paragraphs, story.text.slice(r.start, r.end)]);
  }).sort();
}

interface Case {
  readonly name: string;
  readonly built: BuiltDocx;
}

const EXTRAS = { header: '×县人民政府文件', footer: '— 1 —', footnote: '数据截至[X]月，，以统计部门为准。' };

/** The corpus documents as Word files (none without the corpus: the suite below says it was skipped). */
const cases: Case[] = !fs.existsSync(CORPUS_DIR) ? [] : corpusFiles().map((file, i) => ({
  name: path.relative(CORPUS_DIR, file).replace(/\.txt$/, ''),
  built: docxFromText(readText(file).replace(/\r\n?/g, '\n'), i + 1, i % 5 === 0 ? EXTRAS : {}),
}));

describeWithCorpus('.docx annotation: findings as Word comments, safe fixes as tracked changes (issue 19)', function () {
  this.timeout(120_000);
  const annotated = new Map<string, { comments: Buffer; tracked: Buffer; skipped: number }>();

  before(() => {
    for (const c of cases) {
      const tracked = annotate(c.built, true);
      annotated.set(c.name, { comments: annotate(c.built, false).bytes, tracked: tracked.bytes, skipped: tracked.skippedChanges });
    }
  });

  it('the test documents read back as the corpus text they were built from (runs, tables, a text box, manual line breaks)', () => {
    for (const c of cases) assert.equal(extractDocx(c.built.docx).text, c.built.text, c.name);
    assert.ok(cases.length >= 40, `${cases.length} corpus documents`);
    const long = cases.filter((c) => c.built.text.split('\n').length >= 12);
    assert.ok(long.length >= 25, `${long.length} documents of 12 lines or more`);
    for (const c of long) {
      assert.ok(c.built.joined.size > 0, `${c.name}: a manual line break`);
      assert.ok(c.built.containers.filter((x) => x > 0).length >= 3, `${c.name}: a table and a text box`);
    }
  });

  for (const c of cases) {
    it(`${c.name}: each finding is one comment on exactly its text; the original is unchanged`, () => {
      const findings = analyzeText(c.built.text, DEFAULT_CONFIG, resources).findings;
      const { comments } = annotated.get(c.name)!;
      const check = checkPackage(comments);
      // Without tracked changes the text is the original's.
      assert.equal(extractDocx(comments).text, c.built.text);
      const storyFindings = storyFindingsOf(c.built);
      assert.equal(check.comments.size, findings.length + storyFindings.length);
      const expected = findings.map((f) => JSON.stringify([commentText(f), expectedAnchor(c.built, f)]));
      // A header's or footer's comment sits at the start of the body, a footnote's on its reference mark.
      for (const { f, s } of storyFindings) expected.push(JSON.stringify([commentText(f, s.name), '']));
      assert.deepEqual(anchoredComments(check), expected.sort());
    });

    it(`${c.name}: tracked changes, accepted, give the text --fix gives`, () => {
      const { tracked, skipped } = annotated.get(c.name)!;
      const check = checkPackage(tracked);
      const fixed = fixAll(c.built.text, DEFAULT_CONFIG, resources);
      // What can be tracked in this layout: all of --fix's edits but those across a table cell or text box edge.
      const expected = applyEdits(c.built.text, fixed.edits.filter((e) => trackable(c.built, e)));
      if (fixed.edits.every((e) => trackable(c.built, e))) assert.equal(expected, fixed.text);
      // The others are left out and counted (the stories' edits are all trackable).
      assert.equal(skipped, fixed.edits.filter((e) => !trackable(c.built, e)).length);
      // Accepted independently of the product's reader (xmldom), then read.
      const parts = unzip(tracked);
      const acceptedXml: Record<string, string> = {};
      for (const name of ['word/document.xml', 'word/footnotes.xml', 'word/header1.xml']) {
        if (parts.has(name)) acceptedXml[name] = acceptAllChanges(parts.get(name)!.toString('utf8'));
      }
      const accepted = extractDocx(replaceParts(tracked, acceptedXml));
      assert.equal(accepted.text, expected);
      for (const story of accepted.stories) {
        const original = extractDocx(c.built.docx).stories.find((s) => s.part === story.part)!;
        assert.equal(story.text, fixAll(original.text, configOf(original), resources).text, story.name);
      }
      // The product reads a document with tracked changes as accepted, too.
      assert.equal(extractDocx(tracked).text, expected);
      // Changes in the body when an edit can be one (a document whose only fix crosses a cell edge has none).
      const changes = (check.documentXml.match(/<w:(ins|del) w:id=/g) ?? []).length;
      if (fixed.edits.some((e) => trackable(c.built, e))) assert.ok(changes > 0);
      else assert.equal(changes, 0);
    });
  }

  it('the parts a review does not touch are copied byte for byte; the original file is never written', () => {
    const c = cases.find((x) => extractDocx(x.built.docx).stories.length)!;
    const before = Buffer.from(c.built.docx);
    const out = annotate(c.built, true).bytes;
    assert.deepEqual(c.built.docx, before);
    const original = unzip(before);
    const copy = unzip(out);
    assert.deepEqual(copy.get('word/footer1.xml'), original.get('word/footer1.xml'));
    assert.deepEqual([...copy.keys()], [...original.keys(), 'word/comments.xml']);
  });

  describe('in LibreOffice (Debian’s libreoffice-writer, headless)', () => {
    let dir: string;
    before(function () {
      this.timeout(600_000);
      const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
      if (soffice.status !== 0) throw new Error('LibreOffice (soffice) is not installed: apt-get install --no-install-recommends libreoffice-writer-nogui (see .ci/run)');
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-'));
      const files: string[] = [];
      for (const [name, { comments, tracked }] of annotated) {
        const base = name.replace(/[/\\]/g, '__');
        fs.writeFileSync(path.join(dir, `${base}.docx`), comments);
        fs.writeFileSync(path.join(dir, `${base}.tracked.docx`), tracked);
        files.push(`${base}.docx`, `${base}.tracked.docx`);
      }
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      for (const target of ['pdf', 'fodt']) {
        const r = spawnSync('soffice', [profile, '--headless', '--norestore', '--convert-to', target, '--outdir', path.join(dir, target), ...files], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
        assert.equal(r.status, 0, r.stderr);
      }
    });
    after(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('converts every annotated file to PDF', () => {
      for (const name of annotated.keys()) {
        for (const suffix of ['', '.tracked']) {
          const pdf = path.join(dir, 'pdf', `${name.replace(/[/\\]/g, '__')}${suffix}.pdf`);
          assert.ok(fs.existsSync(pdf) && fs.statSync(pdf).size > 1000, `${pdf} was not written`);
          assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
        }
      }
    });

    it('reads every comment, by 公文起草助手, on exactly the text of its finding', () => {
      for (const c of cases) {
        const fodt = fs.readFileSync(path.join(dir, 'fodt', `${c.name.replace(/[/\\]/g, '__')}.fodt`), 'utf8');
        const comments = libreOfficeComments(fodt);
        assert.ok(comments.every((x) => x.author === '公文起草助手'), c.name);
        const findings = analyzeText(c.built.text, DEFAULT_CONFIG, resources).findings;
        const expected = [...findings.map((f) => JSON.stringify([commentText(f), expectedAnchor(c.built, f)])), ...storyFindingsOf(c.built).map(({ f, s }) => JSON.stringify([commentText(f, s.name), '']))].sort();
        assert.deepEqual(comments.map((x) => JSON.stringify([x.paragraphs, x.anchored])).sort(), expected, c.name);
      }
    });

    it('reads the tracked changes as changes by 公文起草助手', () => {
      for (const c of cases) {
        const fodt = fs.readFileSync(path.join(dir, 'fodt', `${c.name.replace(/[/\\]/g, '__')}.tracked.fodt`), 'utf8');
        const regions = (fodt.match(/<text:changed-region /g) ?? []).length;
        const fixed = fixAll(c.built.text, DEFAULT_CONFIG, resources);
        if (fixed.edits.some((e) => trackable(c.built, e))) assert.ok(regions > 0, c.name);
        assert.equal((fodt.match(/<dc:creator>([^<]*)<\/dc:creator>/g) ?? []).filter((x) => !x.includes('公文起草助手')).length, 0);
      }
    });
  });
});

describe('.docx annotation: tracked deletions as Word holds them (whole paragraphs, tables, text boxes)', () => {
  const table = (...cells: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>${cells.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join('')}</w:tr></w:tbl>`;
  const STAMP = 'w:author="公文起草助手" w:date="2026-12-01T09:30:00Z"';
  const DELETED_MARK = new RegExp(`<w:rPr><w:del w:id="\\d+" ${STAMP}/></w:rPr></w:pPr>`, 'g');

  /** Deleting the first occurrence of `deleted` in the body's text, as a tracked change. */
  function track(body: string, deleted: string, newText = '') {
    const docx = makeDocx(body);
    const text = extractDocx(docx).text;
    const start = text.indexOf(deleted);
    assert.ok(start >= 0, `${JSON.stringify(deleted)} in ${JSON.stringify(text)}`);
    const result = annotateDocxBytes(docx, new Map([['word/document.xml', { comments: [], changes: [{ start, end: start + deleted.length, newText }] }]]), DATE);
    const xml = checkPackage(result.bytes).documentXml;
    return {
      result,
      xml,
      original: unzip(docx).get('word/document.xml')!.toString('utf8'),
      expected: text.slice(0, start) + newText + text.slice(start + deleted.length),
      /** Accepted as Word accepts (xmldom), then read. */
      accepted: extractDocx(replaceParts(result.bytes, { 'word/document.xml': acceptAllChanges(xml) })).text,
      /** The product's own reading of the tracked file (changes accepted). */
      read: extractDocx(result.bytes).text,
    };
  }

  it('whole paragraphs go with their own marks, also when the deletion starts at the line break before them: the paragraph before keeps its properties', () => {
    const body = paragraph('保留甲') + paragraph('删一') + paragraph('删二') + paragraph('保留乙');
    for (const deleted of ['删一\n删二\n', '\n删一\n删二']) {
      const t = track(body, deleted);
      assert.deepEqual([t.accepted, t.read, t.result.changes, t.result.skippedChanges], ['保留甲\n保留乙', '保留甲\n保留乙', 1, 0], JSON.stringify(deleted));
      assert.ok(t.xml.includes(paragraph('保留甲')) && t.xml.includes(paragraph('保留乙')), 'the paragraphs kept are untouched');
      assert.equal(t.xml.match(DELETED_MARK)?.length, 2);
      assert.match(t.xml, new RegExp(`<w:rPr><w:del w:id="\\d+" ${STAMP}/></w:rPr></w:pPr><w:del w:id="\\d+" ${STAMP}><w:r><w:delText xml:space="preserve">删一</w:delText></w:r></w:del></w:p>`));
    }
    // The last paragraph's mark cannot go: the mark before it does.
    const last = track(body, '\n保留乙');
    assert.deepEqual([last.accepted, last.read, last.xml.match(DELETED_MARK)?.length], ['保留甲\n删一\n删二', '保留甲\n删一\n删二', 1]);
    assert.ok(last.xml.includes(paragraph('保留甲') + paragraph('删一')));
  });

  it('a paragraph emptied before a table goes; a table whose text is all deleted goes with its rows', () => {
    const body = paragraph('甲') + paragraph('删') + table('格一', '格二') + paragraph('乙');
    const rowDeleted = new RegExp(`<w:tr><w:trPr><w:del w:id="\\d+" ${STAMP}/></w:trPr><w:tc>`);
    for (const [deleted, marks, rows] of [['删\n', 1, false], ['格一\n格二\n', 0, true], ['删\n格一\n格二\n', 1, true], ['\n格一\n格二', 0, true]] as const) {
      const t = track(body, deleted);
      assert.deepEqual([t.accepted, t.read, t.result.changes], [t.expected, t.expected, 1], JSON.stringify(deleted));
      assert.equal(t.xml.match(DELETED_MARK)?.length ?? 0, marks, JSON.stringify(deleted));
      assert.equal(rowDeleted.test(t.xml), rows, JSON.stringify(deleted));
    }
  });

  it('a text box goes with the run that draws it', () => {
    // The box's paragraph reads before the (empty) paragraph that anchors it.
    const body = paragraph('甲') + textBox(paragraph('框内')) + paragraph('乙');
    assert.equal(extractDocx(makeDocx(body)).text, '甲\n框内\n\n乙');
    const drawingDeleted = new RegExp(`<w:del w:id="\\d+" ${STAMP}><w:r><mc:AlternateContent>`);
    for (const [deleted, drawing] of [['框内\n', true], ['框内\n\n', true], ['甲\n框内\n', true], ['\n框内', true], ['框内', false]] as const) {
      const t = track(body, deleted);
      assert.deepEqual([t.accepted, t.read, t.result.changes], [t.expected, t.expected, 1], JSON.stringify(deleted));
      assert.equal(drawingDeleted.test(t.xml), drawing, JSON.stringify(deleted));
    }
  });

  it('what Word cannot hold is left out and counted: a line break between table cells or out of one, out of a text box, a new paragraph', () => {
    const body = paragraph('甲') + table('格一', '格二') + textBox(paragraph('框内')) + paragraph('乙');
    assert.equal(extractDocx(makeDocx(body)).text, '甲\n格一\n格二\n框内\n\n乙');
    for (const [deleted, newText] of [['格一\n', ''], ['格二\n框', ''], ['\n格', ''], ['内\n', ''], ['甲', '甲\n'], ['框内\n', '字']]) {
      const t = track(body, deleted, newText);
      assert.deepEqual([t.result.changes, t.result.skippedChanges], [0, 1], JSON.stringify([deleted, newText]));
      assert.equal(t.xml, t.original);
    }
  });

  it('a comment on a range that starts or ends with a paragraph break anchors on the text of the paragraphs', () => {
    const docx = makeDocx(paragraph('保留甲') + paragraph('删一') + paragraph('删二') + paragraph('保留乙'));
    const text = extractDocx(docx).text;
    const comments = ['\n删一\n删二', '删一\n删二\n', '\n删一\n删二\n', '\n删一'].map((range, i) => ({ start: text.indexOf(range), end: text.indexOf(range) + range.length, paragraphs: [`批注${i}`] }));
    const check = checkPackage(annotateDocxBytes(docx, new Map([['word/document.xml', { comments, changes: [] }]]), DATE).bytes);
    assert.deepEqual(anchoredComments(check), [['批注0', '删一\n删二'], ['批注1', '删一\n删二'], ['批注2', '删一\n删二'], ['批注3', '删一']].map(([p, a]) => JSON.stringify([[p], a])));
  });

  it('a comment at the very start of a document that opens with a table has an empty run before it (LibreOffice moves it out of the table otherwise)', () => {
    const docx = makeDocx(table('格一', '格二') + paragraph('乙'));
    const check = checkPackage(annotateDocxBytes(docx, new Map([['word/document.xml', { comments: [{ start: 0, end: 2, paragraphs: ['批注'] }], changes: [] }]]), DATE).bytes);
    assert.match(check.documentXml, /<w:tc><w:p><w:pPr>.*?<\/w:pPr><w:r\/><w:commentRangeStart w:id="\d+"\/>/);
    assert.deepEqual(anchoredComments(check), [JSON.stringify([['批注'], '格一'])]);
  });
});

describe('gongwen-lint --annotate', () => {
  const built = docxFromText('（一）、总体要求，，\n三、保障措施...\n', 3, EXTRAS);

  it('writes the annotated copy, leaves the original alone and still reports the findings', () => {
    const { dir, cleanup } = tempFolder({ 'draft.docx': built.docx });
    try {
      const r = runCli(['--annotate', 'draft-批注.docx', '--track-changes', 'draft.docx'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'draft.docx')), built.docx);
      const out = fs.readFileSync(path.join(dir, 'draft-批注.docx'));
      const comments = checkPackage(out, /w:date="([^"]+)"/.exec(unzip(out).get('word/comments.xml')!.toString())![1]).comments.size;
      assert.match(r.stderr, new RegExp(`已写出带批注的 Word 文档“draft-批注\\.docx”：${comments} 条批注、\\d+ 处修订（原文件“draft\\.docx”未改动）。`));
      assert.equal(extractDocx(out).text, fixAll(built.text, DEFAULT_CONFIG, resources).text);
      assert.match(r.stdout, /^draft\.docx:1:1 warning numbering-marker-punctuation /m);
      assert.match(r.stdout, /^draft\.docx（页眉）:1:1 warning placeholder-cross /m);
      assert.match(r.stdout, /^draft\.docx（脚注）:1:5 warning placeholder-marker /m);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['draft-批注.docx', 'draft.docx']);
      assert.equal(openDocx(out).stories.length, 4);
    } finally {
      cleanup();
    }
  });

  it('counts the fixes Word cannot hold as tracked changes, and says why', () => {
    // The page number's fix joins the cell's text to the line after it, across the table's edge.
    const docx = makeDocx(`<w:tbl><w:tr><w:tc>${paragraph('各单位要')}</w:tc></w:tr></w:tbl>${paragraph('— 3 —')}${paragraph('抓好落实。')}`);
    const { dir, cleanup } = tempFolder({ 'draft.docx': docx });
    try {
      const r = runCli(['--annotate', 'out.docx', '--track-changes', 'draft.docx'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /已写出带批注的 Word 文档“out\.docx”：1 条批注、0 处修订（原文件“draft\.docx”未改动）。/);
      assert.match(r.stderr, /1 处修复需要新增段落，或跨越表格单元格、文本框、分节的边界，无法写成修订，请在 Word 中手动修改（批注已标出）。/);
    } finally {
      cleanup();
    }
  });

  it('refuses to write over the original, even through another name for it', () => {
    const { dir, cleanup } = tempFolder({ 'draft.docx': built.docx });
    try {
      fs.symlinkSync('draft.docx', path.join(dir, 'link.docx'));
      for (const output of ['draft.docx', './draft.docx', 'link.docx']) {
        const r = runCli(['--annotate', output, 'draft.docx'], dir);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /--annotate 的输出文件“.*”就是原文件；原文件不会被改写，请另取一个文件名。/);
      }
      assert.deepEqual(fs.readFileSync(path.join(dir, 'draft.docx')), built.docx);
    } finally {
      cleanup();
    }
  });

  it('usage errors: one .docx input, --track-changes only with --annotate, not with --fix', () => {
    const cases: [string[], RegExp][] = [
      [['--annotate', 'out.docx', 'a.docx', 'b.docx'], /--annotate 只处理一个 \.docx 文件/],
      [['--annotate', 'out.docx', 'a.txt'], /--annotate 只处理一个 \.docx 文件/],
      [['--annotate', 'out.txt', 'a.docx'], /--annotate 后应跟输出的 \.docx 文件名/],
      [['--track-changes', 'a.docx'], /--track-changes 只能与 --annotate 同用。/],
      [['--fix', '--annotate', 'out.docx', 'a.docx'], /不能与 --fix 同用/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, os.tmpdir());
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('a damaged input is a clear error with exit 2 and no output file', () => {
    const { dir, cleanup } = tempFolder({ 'broken.docx': built.docx.subarray(0, 100) });
    try {
      const r = runCli(['--annotate', 'out.docx', 'broken.docx'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /无法读取“broken\.docx”：不是有效的 Word 文档（\.docx 应为 zip 压缩包）。/);
      assert.ok(!fs.existsSync(path.join(dir, 'out.docx')));
    } finally {
      cleanup();
    }
  });
});
