import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { TestClient, fileUri } from '../helpers/lspClient';
import { FIXTURES_DIR, readText, seedFiles } from '../helpers/paths';
import { diagnosticsSnapshot, outlineSnapshot } from '../helpers/snapshots';

/** The real server over stdio against the reviewed fixtures of every seed (`npm run fixtures` regenerates them). */
describe('protocol: seeds against reviewed fixtures', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  for (const file of seedFiles()) {
    const name = path.basename(file, '.txt');
    it(`${name}: pushed diagnostics and documentSymbol match the fixtures`, async () => {
      const uri = fileUri(file);
      await client.open(uri, readText(file));
      const published = await client.waitForDiagnostics(uri);
      const expectedDiagnostics = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'seeds', `${name}.diagnostics.json`), 'utf8'));
      assert.deepEqual(diagnosticsSnapshot(published.diagnostics), expectedDiagnostics);
      assert.ok(published.diagnostics.every((d) => d.source === '公文起草助手'));

      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      const expectedOutline = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'seeds', `${name}.outline.json`), 'utf8'));
      assert.deepEqual(outlineSnapshot(symbols), expectedOutline);

      const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
      assert.ok(folds.every((f) => f.endLine > f.startLine));
    });
  }
});
