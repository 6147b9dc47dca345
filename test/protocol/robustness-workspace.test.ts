import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentSymbol, InitializeParams } from 'vscode-languageserver-protocol';
import { TestClient, fileUri } from '../helpers/lspClient';
import { rangeText } from '../helpers/snapshots';

/** What the workspace can throw at the server: odd URIs, a dictionary file that is a pipe, a device, huge, or full of errors. */

/** 市财攻局 is a slip for 市财政局 (agency-unknown) unless the workspace dictionary names a 财攻局. */
const DRAFT = '（市财攻局、市发改委按职责分工负责）';
const UNKNOWN_ONLY = [['agency-unknown', '0:1-0:5']];

function messagesOf(client: TestClient): string[] {
  return client.notifications.filter((n) => n.method.startsWith('window/showMessage')).map((n) => (n.params as { message: string }).message);
}

function logOf(client: TestClient): string[] {
  return client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
}

/** A server on a workspace folder holding `.gongwen/agencies.json` as `prepare` makes it; the draft's diagnostics. */
async function withDictionary(prepare: (file: string) => void, check: (client: TestClient, file: string, codes: string[][]) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
  const file = path.join(dir, '.gongwen', 'agencies.json');
  fs.mkdirSync(path.dirname(file));
  prepare(file);
  const client = new TestClient();
  try {
    await client.initialize({ folder: dir, settings: {} });
    const uri = fileUri(path.join(dir, 'draft.txt'));
    await client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri);
    // The server still answers requests afterwards.
    assert.ok(Array.isArray(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })));
    check(client, file, published.diagnostics.map((d) => [String(d.code), rangeText(d.range)]));
  } finally {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const entry = (name: string) => ({ name, abbreviations: [], levels: ['市'], kind: '其他' });
const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海林田禾丰安康宁泰和顺兴盛昌隆';
const nameOf = (i: number) => `${HAN[i % HAN.length]}${HAN[Math.floor(i / HAN.length) % HAN.length]}${HAN[Math.floor(i / HAN.length / HAN.length) % HAN.length]}局`;

describe('protocol robustness: the workspace dictionary file', function () {
  this.timeout(60_000);

  it('a FIFO is refused at once (the server does not wait for a writer), with one message; the built-in dictionary applies', async () => {
    await withDictionary((file) => assert.equal(spawnSync('mkfifo', [file]).status, 0), (client, file, codes) => {
      assert.deepEqual(codes, UNKNOWN_ONLY);
      assert.deepEqual(messagesOf(client).filter((m) => m.includes(file)), [`公文起草助手工作区词典有误 — ${file}：不是普通文件（管道、设备或套接字），不读取；已忽略此文件，使用内置机构词典。`]);
    });
  });

  it('a link (to /dev/zero, or anywhere) is refused unread (never read without end)', async () => {
    await withDictionary((file) => fs.symlinkSync('/dev/zero', file), (client, file, codes) => {
      assert.deepEqual(codes, UNKNOWN_ONLY);
      assert.ok(messagesOf(client).some((m) => m.includes(`${file}：这是一个链接，不跟随读取`)), messagesOf(client).join('\n'));
    });
  });

  it('a file of 400,000 entries is refused by its size, unread', async () => {
    const agencies = Array.from({ length: 400_000 }, (_, i) => entry(nameOf(i)));
    await withDictionary((file) => fs.writeFileSync(file, JSON.stringify({ version: '1.0.0', agencies })), (client, file, codes) => {
      assert.deepEqual(codes, UNKNOWN_ONLY);
      assert.ok(messagesOf(client).some((m) => /：文件大小 \d+(\.\d)? MB，超过上限 2 MB；已忽略此文件，使用内置机构词典。$/.test(m) && m.includes(file)), messagesOf(client).join('\n'));
    });
  });

  it('a file under the size limit with more entries than the limit is refused as a whole, with one message', async () => {
    const agencies = Array.from({ length: 6000 }, (_, i) => entry(nameOf(i)));
    await withDictionary((file) => fs.writeFileSync(file, JSON.stringify({ version: '1.0.0', agencies })), (client, file) => {
      assert.deepEqual(messagesOf(client).filter((m) => m.includes(file)), [`公文起草助手工作区词典有误 — ${file}：有 6000 个条目，超过上限 5000 个；已忽略此文件，使用内置机构词典。`]);
    });
  });

  it('200 bad entries give one message for the file (how many, the first), and each in the output channel', async () => {
    const agencies = [{ name: '财攻局', levels: ['市'], kind: '其他' }, ...Array.from({ length: 200 }, (_, i) => ({ name: `Office ${i}`, levels: ['市'], kind: '其他' }))];
    await withDictionary((file) => fs.writeFileSync(file, JSON.stringify({ version: '1.0.0', agencies })), (client, file, codes) => {
      // The good entry is used: 财攻局 is known now.
      assert.deepEqual(codes, []);
      const mine = messagesOf(client).filter((m) => m.includes(file));
      assert.equal(mine.length, 1, mine.join('\n'));
      assert.match(mine[0], new RegExp(`^公文起草助手工作区词典有误 — ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 有 200 处问题，有误的部分已忽略。第一处：.*agencies\\[1\\]\\.name：.*全部问题见输出面板“公文起草助手”。$`));
      assert.equal(logOf(client).filter((m) => m.includes(file) && m.includes('.name')).length, 200);
    });
  });
});

describe('protocol robustness: every URI a client may send', function () {
  this.timeout(30_000);

  it('file://host/… and %2F documents get every feature; a workspace folder file://host/share does not break initialize', async () => {
    const client = new TestClient();
    try {
      const init = (await client.connection.sendRequest('initialize', {
        processId: process.pid, rootUri: 'file://host/share', workspaceFolders: [{ uri: 'file://host/share', name: 'unc' }, { uri: 'file:///a%2Fb', name: 'slash' }],
        capabilities: { textDocument: { publishDiagnostics: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } }, initializationOptions: { settings: {} },
      } satisfies InitializeParams)) as { capabilities: object };
      assert.ok(init.capabilities);
      await client.connection.sendNotification('initialized', {});
      for (const uri of ['file://host/share/draft.txt', 'file:///drafts/a%2Fb.txt', 'file:///bad%E4%B8.txt']) {
        await client.open(uri, '一、总体要求\n三、保障措施');
        const published = await client.waitForDiagnostics(uri);
        assert.deepEqual(published.diagnostics.map((d) => [d.code, rangeText(d.range)]), [['numbering-gap', '1:0-1:2']], uri);
        const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
        assert.deepEqual(symbols.map((s) => s.name), ['一、总体要求', '三、保障措施'], uri);
        assert.match(String(await client.connection.sendRequest('gongwen/report', { uri, format: 'markdown' })), /numbering-gap/, uri);
      }
    } finally {
      await client.shutdown();
    }
  });
});
