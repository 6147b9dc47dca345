import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { DocxError, extractDocx } from '../../server/src/docx';
import { JsonFileResult, runCli, tempFolder } from '../helpers/cli';
import { footnoteReference, makeDocx, makeDocxParts, paragraph, runs, textBox, zip } from '../helpers/docx';

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose document.xml is exactly `xml` (no wrapping). */
const docxWithBody = (xml: string | Buffer) => zip([['[Content_Types].xml', CONTENT_TYPES], ['word/document.xml', xml]]);

describe('.docx reading: hostile files (issue 14)', () => {
  describe('zip bombs: inflated size and ratio are limited per entry and in total', () => {
    it('a bomb (80 MB of XML in 80 KB) is refused with a clear message, exit 2, and the other files of the folder are still checked', () => {
      // 80 MB of one repeated paragraph deflate to about 80 KB: a ratio of 1000.
      const bomb = docxWithBody(Buffer.concat([Buffer.from(`<w:document ${W}><w:body>`), Buffer.alloc(80 * 1024 * 1024, '<w:p><w:r><w:t>一</w:t></w:r></w:p>')]));
      assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
      const { dir, cleanup } = tempFolder({ 'drafts/a-bomb.docx': bomb, 'drafts/b.txt': '一、甲\n三、丙\n' });
      try {
        const r = runCli(['--format', 'json', 'drafts'], dir);
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /无法读取“drafts[/\\]a-bomb\.docx”：\.docx 中“word\/document\.xml”的压缩比超过 200 倍，疑似压缩炸弹，已拒绝读取（正常的 Word 文档远小于此限制），已跳过。/);
        const results = JSON.parse(r.stdout) as JsonFileResult[];
        assert.deepEqual(results.map((x) => [x.file, x.error !== undefined, x.diagnostics.map((d) => d.code)]), [
          [path.join('drafts', 'a-bomb.docx'), true, []],
          [path.join('drafts', 'b.txt'), false, ['numbering-gap']],
        ]);
      } finally {
        cleanup();
      }
    });

    it('an entry past the ratio limit is refused even below the size limit; small parts may compress better', () => {
      const ratioBomb = docxWithBody(Buffer.concat([Buffer.from(`<w:document ${W}><w:body>`), Buffer.alloc(20 * 1024 * 1024, ' ')]));
      assert.throws(() => extractDocx(ratioBomb), (e: Error) => e instanceof DocxError && e.message === '.docx 中“word/document.xml”的压缩比超过 200 倍，疑似压缩炸弹，已拒绝读取（正常的 Word 文档远小于此限制）');
      // 500 KB of spaces compress about 1000× but stay under the 1 MB from which the ratio counts.
      const small = docxWithBody(`<w:document ${W}><w:body>${' '.repeat(500_000)}${paragraph('一、总体要求')}</w:body></w:document>`);
      assert.equal(extractDocx(small).text, '一、总体要求');
    });

    it('the size of one entry and the total over all parts read are limited too (limits as parameters)', () => {
      const docx = makeDocxParts({ body: paragraph('正文'.repeat(300)), header: paragraph('页眉'.repeat(300)), footer: paragraph('页脚'.repeat(300)) });
      const limits = { entryBytes: 10_000, totalBytes: 5_000, ratio: 1000, ratioFrom: 1_000_000 };
      assert.throws(() => extractDocx(docx, { ...limits, entryBytes: 1_000 }), /^Error: \.docx 中“word\/document\.xml”解压后超过 1 KB，疑似压缩炸弹/);
      assert.throws(() => extractDocx(docx, limits), /^Error: \.docx 中的内容解压后合计超过 5 KB，/);
      assert.equal(extractDocx(docx, { ...limits, totalBytes: 100_000 }).stories.length, 2);
      assert.throws(() => extractDocx(docx, { ...limits, ratio: 2, ratioFrom: 100 }), /“word\/document\.xml”的压缩比超过 2 倍/);
    });
  });

  describe('unclosed markup is a clear error found in one pass (it took a minute on a 795-byte file)', () => {
    const cases: [string, string, string][] = [
      ['an unclosed tag', '<a', '标记“<a”没有结束'],
      ['an unclosed comment', '<!--', '注释“<!--”没有结束'],
      ['an unclosed processing instruction', '<?', '处理指令“<?”没有结束'],
      ['an unclosed CDATA section', '<![CDATA[', 'CDATA 段“<![CDATA[”没有结束'],
    ];
    for (const [what, opening, message] of cases) {
      it(`${what}, followed by 300,000 more unclosed “<a”`, () => {
        const docx = docxWithBody(`<w:document ${W}><w:body><w:p><w:r><w:t>一、</w:t></w:r></w:p>${opening} <a`.repeat(1) + ' <a'.repeat(300_000));
        assert.ok(docx.length < 5000, `${docx.length} bytes`);
        assert.throws(() => extractDocx(docx), (e: Error) => e instanceof DocxError && e.message.startsWith(`.docx 中的“word/document.xml”已损坏：${message}`));
      });
    }

    it('a “>” inside a quoted attribute value does not end the tag', () => {
      const docx = docxWithBody(`<w:document ${W}><w:body><w:p w:x="a>b"><w:r><w:t>一、甲</w:t></w:r></w:p></w:body></w:document>`);
      assert.equal(extractDocx(docx).text, '一、甲');
    });
  });
});

describe('.docx reading: stories and tracked changes', () => {
  it('headers, footers and footnotes are read as stories of their own, named as Word names them', () => {
    const docx = makeDocxParts({
      body: paragraph('一、总体要求') + `<w:p>${runs('见说明')}${footnoteReference(1)}</w:p>`,
      header: paragraph('×县人民政府文件'),
      footer: paragraph('— 1 —'),
      footnotes: [paragraph('说明：数据截至[X]月。')],
    });
    const extracted = extractDocx(docx);
    assert.equal(extracted.text, '一、总体要求\n见说明');
    assert.deepEqual(extracted.stories, [
      { kind: 'header', part: 'word/header1.xml', name: '页眉', nameEn: 'header', text: '×县人民政府文件', paragraphStarts: [0] },
      { kind: 'footer', part: 'word/footer1.xml', name: '页脚', nameEn: 'footer', text: '— 1 —', paragraphStarts: [0] },
      { kind: 'footnotes', part: 'word/footnotes.xml', name: '脚注', nameEn: 'footnotes', text: '说明：数据截至[X]月。', paragraphStarts: [0] },
    ]);
  });

  it('a text box, a table and mixed formatting read as mammoth reads them', async () => {
    const body = [
      `<w:p>${runs('一、', '<w:rPr><w:b/></w:rPr>')}${runs('总体')}${runs('要求', '<w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr>')}</w:p>`,
      textBox(paragraph('文本框中的[X]段')),
      '<w:tbl><w:tr><w:tc>' + paragraph('表格中的段落') + '</w:tc><w:tc>' + paragraph('第二格') + '</w:tc></w:tr></w:tbl>',
    ].join('');
    const docx = makeDocx(body);
    const ours = extractDocx(docx).text.split('\n');
    assert.deepEqual(ours, ['一、总体要求', '文本框中的[X]段', '', '表格中的段落', '第二格']);
    const theirs = (await mammoth.extractRawText({ buffer: docx })).value.split('\n\n').filter(Boolean);
    assert.deepEqual(ours.filter(Boolean), theirs.map((p) => p.trim()).filter(Boolean));
  });

  it('tracked changes read as accepted: deleted runs (tabs and breaks too) are left out, a deleted paragraph mark joins the next paragraph', () => {
    const del = (inner: string) => `<w:del w:id="1" w:author="甲" w:date="2024-01-01T00:00:00Z">${inner}</w:del>`;
    const body = [
      `<w:p>${runs('到202')}${del('<w:r><w:delText>删</w:delText></w:r><w:r><w:tab/><w:br/></w:r>')}<w:ins w:id="2" w:author="甲"><w:r><w:t>5</w:t></w:r></w:ins></w:p>`,
      `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="甲" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${runs('前半段')}</w:p>`,
      paragraph('后半段'),
    ].join('');
    const ours = extractDocx(makeDocx(body));
    assert.equal(ours.text, '到2025\n前半段后半段');
    assert.deepEqual(ours.paragraphStarts, [0, 6, 9]);
  });

  it('a deleted table row, a text box drawn in a deleted run and a paragraph emptied before a table are gone', () => {
    const del = (inner: string) => `<w:del w:id="9" w:author="甲" w:date="2024-01-01T00:00:00Z">${inner}</w:del>`;
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="8" w:author="甲" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>';
    const row = (deleted: boolean, ...cells: string[]) => `<w:tr>${deleted ? '<w:trPr><w:cantSplit/><w:del w:id="7" w:author="甲" w:date="2024-01-01T00:00:00Z"/></w:trPr>' : ''}${cells.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join('')}</w:tr>`;
    const box = textBox(paragraph('框内')).replace(/^<w:p><w:r>(.*)<\/w:r><\/w:p>$/, '$1');
    const body = [
      paragraph('甲'),
      `<w:tbl>${row(true, '删行一', '删行二')}${row(false, '留行一', '留行二')}</w:tbl>`,
      `<w:p>${del(`<w:r>${box}</w:r>`)}${runs('锚段')}</w:p>`,
      `<w:p>${deletedMark}${del('<w:r><w:delText>删</w:delText></w:r>')}</w:p>`,
      '<w:tbl><w:tr><w:tc>' + paragraph('格') + '</w:tc></w:tr></w:tbl>',
      paragraph('乙'),
    ].join('');
    const ours = extractDocx(makeDocx(body));
    assert.equal(ours.text, '甲\n留行一\n留行二\n锚段\n格\n乙');
  });
});
