import { strict as assert } from 'node:assert';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { DocxTextParams, Requests } from '../../server/src/protocol';
import { makeDocx, paragraph } from '../helpers/docx';
import { TestClient } from '../helpers/lspClient';

describe('gongwen/docxText (the VS Code “打开 Word 文档（只读）” command)', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ pull: true });
  });
  after(() => client.shutdown());

  it('extracts the paragraphs of a .docx sent as base64, as the CLI does', async () => {
    const params: DocxTextParams = { data: makeDocx(paragraph('一、总体要求') + paragraph('三、保障措施')).toString('base64') };
    const result = await client.connection.sendRequest(Requests.docxText, params);
    assert.deepEqual(result, { text: '一、总体要求\n三、保障措施', paragraphs: 2 });
  });

  it('answers a file that is not a .docx with an error saying why, in Chinese', async () => {
    const params: DocxTextParams = { data: Buffer.from('一、总体要求').toString('base64') };
    await assert.rejects(client.connection.sendRequest(Requests.docxText, params), (e: ResponseError<void>) => {
      assert.equal(e.message, '不是有效的 Word 文档（.docx 应为 zip 压缩包）');
      return true;
    });
  });
});
