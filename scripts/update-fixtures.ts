/**
 * Regenerates the reviewed seed fixtures (test/fixtures/seeds/*.outline.json, *.diagnostics.json,
 * test/fixtures/placeholders/*.json) from the server's answers. Run `npm run fixtures`, then read the diff before committing:
 * the fixtures are the expected behaviour, not a recording.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, fileUri } from '../test/helpers/lspClient';
import { FIXTURES_DIR, readText, seedFiles } from '../test/helpers/paths';
import { diagnosticsSnapshot, outlineSnapshot, placeholdersSnapshot } from '../test/helpers/snapshots';
import { Requests, type PlaceholderItem } from '../server/src/protocol';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';

async function main(): Promise<void> {
  const client = new TestClient();
  await client.initialize();
  const dir = path.join(FIXTURES_DIR, 'seeds');
  fs.mkdirSync(dir, { recursive: true });
  const placeholderDir = path.join(FIXTURES_DIR, 'placeholders');
  fs.mkdirSync(placeholderDir, { recursive: true });
  for (const file of seedFiles()) {
    const uri = fileUri(file);
    await client.open(uri, readText(file));
    const diagnostics = await client.waitForDiagnostics(uri);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const base = path.join(dir, path.basename(file, '.txt'));
    fs.writeFileSync(base + '.outline.json', JSON.stringify(outlineSnapshot(symbols), null, 2) + '\n');
    fs.writeFileSync(base + '.diagnostics.json', JSON.stringify(diagnosticsSnapshot(diagnostics.diagnostics), null, 2) + '\n');
    const placeholders = (await client.connection.sendRequest(Requests.placeholders, { uri })) as PlaceholderItem[];
    fs.writeFileSync(path.join(placeholderDir, path.basename(file, '.txt') + '.json'), JSON.stringify(placeholdersSnapshot(placeholders), null, 2) + '\n');
    process.stdout.write(`${path.basename(file)}: ${symbols.length} top-level sections, ${diagnostics.diagnostics.length} diagnostics\n`);
  }
  await client.shutdown();
}

void main();
