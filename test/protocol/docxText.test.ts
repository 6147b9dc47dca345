import { strict as assert } from 'node:assert';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { DOCX_VIEW_SCHEME, DocxAnnotateParams, DocxTextParams, docxViewFragment, Requests } from '../../server/src/protocol';
import { extractDocx } from '../../server/src/docx';
import { makeDocx, makeDocxParts, paragraph } from '../helpers/docx';
import { unzip } from '../helpers/docxReview';
import { TestClient } from '../helpers/lspClient';

describe('gongwen/docxText and gongwen/docxAnnotate (the VS Code Word commands)', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ pull: true });
  });
  after(() => client.shutdown());

  it('extracts the paragraphs of a .docx sent as base64, as the CLI does, with its header, footer and notes', async () => {
    const params: DocxTextParams = { data: makeDocxParts({ body: paragraph('一、总体要求') + paragraph('三、保障措施'), header: paragraph('×县人民政府文件') }).toString('base64') };
    const result = await client.connection.sendRequest(Requests.docxText, params);
    assert.deepEqual(result, { text: '一、总体要求\n三、保障措施', paragraphs: 2, stories: [{ kind: 'header', part: 'word/header1.xml', name: '页眉', text: '×县人民政府文件', paragraphs: 1 }] });
  });

  it('checks a footer’s view as the CLI checks that story: its page number is no residue, unlike the same line in a draft', async () => {
    const pull = async (uri: string, text: string) => {
      await client.open(uri, text, 'gongwen');
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string }[] };
      return report.items.map((d) => d.code);
    };
    const source = encodeURIComponent('file:///tmp/a.docx');
    const footer = `${DOCX_VIEW_SCHEME}:/tmp/a.docx%EF%BC%88%E9%A1%B5%E8%84%9A%EF%BC%89?${source}#${encodeURIComponent(docxViewFragment({ kind: 'footer', part: 'word/footer1.xml' }))}`;
    const note = `${DOCX_VIEW_SCHEME}:/tmp/a.docx%EF%BC%88%E8%84%9A%E6%B3%A8%EF%BC%89?${source}#${encodeURIComponent(docxViewFragment({ kind: 'footnotes', part: 'word/footnotes.xml' }))}`;
    assert.deepEqual(await pull(footer, '×县人民政府办公室\n— 2 —'), ['placeholder-cross']);
    assert.deepEqual(await pull(note, '×县人民政府办公室\n— 2 —'), ['placeholder-cross', 'residue-page-number']);
    assert.deepEqual(await pull('file:///tmp/footer-like.gw', '×县人民政府办公室\n— 2 —'), ['placeholder-cross', 'residue-page-number']);
  });

  it('answers a file that is not a .docx, or a damaged one, with an error saying why, in Chinese', async () => {
    for (const [data, message] of [
      [Buffer.from('一、总体要求'), '不是有效的 Word 文档（.docx 应为 zip 压缩包）'],
      [makeDocx(paragraph('一、甲') + '<!-- ' + ' <a'.repeat(200_000)), /^\.docx 中的“word\/document\.xml”已损坏：/],
    ] as const) {
      await assert.rejects(client.connection.sendRequest(Requests.docxText, { data: data.toString('base64') }), (e: ResponseError<void>) => {
        assert.ok(typeof message === 'string' ? e.message === message : message.test(e.message), e.message);
        return true;
      });
    }
  });

  it('reads a .docx off the request path: a request for an open draft is answered while a large document is read', async () => {
    // About 30 MB of varied XML (so it stays under the ratio limit): reading it takes a while.
    let seed = 7;
    const chars = () => Array.from({ length: 60 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 2000))).join('');
    const body = Array.from({ length: 40_000 }, () => paragraph(chars())).join('');
    const big = makeDocx(body).toString('base64');
    const uri = 'file:///tmp/small.gw';
    await client.open(uri, '一、甲\n三、丙\n');
    const order: string[] = [];
    const reading = client.connection.sendRequest(Requests.docxText, { data: big }).then((r) => order.push(`docx ${r.paragraphs}`));
    const symbols = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }).then(() => order.push('symbols'));
    await Promise.all([reading, symbols]);
    assert.deepEqual(order, ['symbols', 'docx 40000']);
  });

  it('annotates a .docx with the findings of the settings of the view, and its safe fixes as tracked changes', async () => {
    const docx = makeDocxParts({ body: paragraph('（一）、指导思想') + paragraph('三、保障措施，，'), header: paragraph('×县人民政府文件') });
    const params: DocxAnnotateParams = { uri: 'gongwen-docx:/tmp/a.docx?file%3A%2F%2F%2Ftmp%2Fa.docx', data: docx.toString('base64'), trackChanges: true };
    const result = await client.connection.sendRequest(Requests.docxAnnotate, params);
    const annotated = Buffer.from(result.data, 'base64');
    assert.deepEqual([result.comments, result.changes, result.skippedChanges], [4, 2, 0]);
    assert.equal(extractDocx(annotated).text, '（一）指导思想\n三、保障措施，');
    assert.match(unzip(annotated).get('word/comments.xml')!.toString(), /【页眉】叉号占位符/);
  });

  it('exported from a footer’s view, the body and the footer are each checked as what they are', async () => {
    const docx = makeDocxParts({ body: paragraph('现将有关事项通知如下。') + paragraph('— 2 —') + paragraph('各单位要抓好落实。'), footer: paragraph('— 1 —') });
    const uri = `${DOCX_VIEW_SCHEME}:/tmp/b.docx%EF%BC%88%E9%A1%B5%E8%84%9A%EF%BC%89?${encodeURIComponent('file:///tmp/b.docx')}#${encodeURIComponent(docxViewFragment({ kind: 'footer', part: 'word/footer1.xml' }))}`;
    const result = await client.connection.sendRequest(Requests.docxAnnotate, { uri, data: docx.toString('base64'), trackChanges: true });
    const annotated = Buffer.from(result.data, 'base64');
    assert.deepEqual([result.comments, result.changes], [1, 1]);
    assert.equal(extractDocx(annotated).text, '现将有关事项通知如下。\n各单位要抓好落实。');
    assert.match(unzip(annotated).get('word/comments.xml')!.toString(), /规则 residue-page-number/);
    assert.deepEqual(unzip(annotated).get('word/footer1.xml'), unzip(docx).get('word/footer1.xml'));
  });
});

describe('gongwen/docxText and gongwen/docxAnnotate in an English editor', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ pull: true, locale: 'en' });
  });
  after(() => client.shutdown());

  it('a damaged .docx is an English error; the annotated copy’s comments are English', async () => {
    await assert.rejects(client.connection.sendRequest(Requests.docxText, { data: Buffer.from('一、总体要求').toString('base64') }), (e: ResponseError<void>) => {
      assert.equal(e.message, 'not a valid Word document (a .docx is a zip archive)');
      return true;
    });
    const docx = makeDocxParts({ body: paragraph('一、总体要求') + paragraph('三、保障措施'), header: paragraph('×县人民政府文件') });
    const result = await client.connection.sendRequest(Requests.docxAnnotate, { uri: 'gongwen-docx:/tmp/en.docx?file%3A%2F%2F%2Ftmp%2Fen.docx', data: docx.toString('base64'), trackChanges: false });
    const comments = unzip(Buffer.from(result.data, 'base64')).get('word/comments.xml')!.toString();
    assert.match(comments, /Numbering is not continuous: “二、” is expected here, not “三、”\. Add the missing part or renumber\.<\/w:t>.*Rule numbering-gap \(warning\)/);
    assert.match(comments, /\[header\] Cross placeholder “×”: a name is missing here\. Fill in the actual name\./);
  });

  it('names the header, footer and notes in English: the titles of their views and of the notice that offers them', async () => {
    const docx = makeDocxParts({ body: paragraph('一、总体要求'), header: paragraph('×县人民政府文件') });
    const result = await client.connection.sendRequest(Requests.docxText, { data: docx.toString('base64') });
    assert.deepEqual(result.stories.map((s) => [s.kind, s.name]), [['header', 'header']]);
  });
});
