import { strict as assert } from 'node:assert';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { DocxAnnotateParams, DocxTextParams, Requests } from '../../server/src/protocol';
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
    assert.deepEqual(result, { text: '一、总体要求\n三、保障措施', paragraphs: 2, stories: [{ part: 'word/header1.xml', name: '页眉', text: '×县人民政府文件', paragraphs: 1 }] });
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
});
