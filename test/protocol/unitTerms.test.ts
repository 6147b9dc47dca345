import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, InitializeParams } from 'vscode-languageserver-protocol';
import { TestClient, fileUri } from '../helpers/lspClient';
import { rangeText } from '../helpers/snapshots';

/** Built server over stdio: the unit lexicon `.gongwen/terms.json` read per workspace folder, its quick fixes and reload. */
describe('protocol: the unit lexicon', () => {
  let dir: string;
  let termsFile: string;
  let client: TestClient;
  let draftUri: string;
  const draft = '请市河长办牵头，统一布署。';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-terms-'));
    termsFile = path.join(dir, '.gongwen', 'terms.json');
    fs.mkdirSync(path.dirname(termsFile));
    fs.writeFileSync(termsFile, JSON.stringify({ version: '1.0.0', terms: [{ word: '河长办', suggestion: '河长制办公室', reason: '用全称' }, { word: 1 }], whitelist: [] }));
    client = new TestClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: fileUri(dir), workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
      capabilities: { workspace: { configuration: false, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
      initializationOptions: { settings: {} },
    } satisfies InitializeParams);
    await client.connection.sendNotification('initialized', {});
    draftUri = fileUri(path.join(dir, 'draft.txt'));
    await client.open(draftUri, draft);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports the unit term beside the built-in lists, and names a bad entry once', async () => {
    const published = await client.waitForDiagnostics(draftUri);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, rangeText(d.range)]), [['word-unit-term', '0:2-0:5'], ['word-confusable', '0:10-0:12']]);
    const messages = client.notifications.filter((n) => n.method.startsWith('window/showMessage')).map((n) => (n.params as { message: string }).message);
    assert.ok(messages.some((m) => m.includes(`${termsFile} terms[1].word`)), messages.join('\n'));
  });

  it('offers “加入白名单” on a word finding and “加入本单位词表” on a selection; the server re-reads the file the command writes', async () => {
    const confusable = (await client.waitForDiagnostics(draftUri)).diagnostics.find((d) => d.code === 'word-confusable')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: draftUri }, range: confusable.range, context: { diagnostics: [confusable] },
    })) as CodeAction[];
    const whitelist = actions.find((a) => a.command?.command === 'gongwen.addToTermWhitelist')!;
    assert.equal(whitelist.title, '加入白名单：“布署”（本单位词表）');
    assert.deepEqual(whitelist.command!.arguments, ['布署']);

    const selected = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: draftUri }, range: { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } }, context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(selected.map((a) => [a.title, a.command?.command, a.command?.arguments]), [['将“统一”加入本单位词表…', 'gongwen.addUnitTerm', ['统一']]]);

    // What the client command does: add the phrase to the whitelist; the watcher tells the server.
    fs.writeFileSync(termsFile, JSON.stringify({ version: '1.0.0', terms: [{ word: '河长办', suggestion: '河长制办公室', reason: '用全称' }], whitelist: ['布署'] }));
    client.resetDiagnostics(draftUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(termsFile), type: 2 }] });
    const after = await client.waitForDiagnostics(draftUri);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['word-unit-term']);
  });
});
