import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { readText, seedFiles } from '../helpers/paths';

/**
 * A huge draft must not stop the server from answering for the others. Analysis is synchronous,
 * so a small document's request waits while a big one is analysed: this measures how long (the
 * figures go in README “可靠性”), asserting only that the small request completes and is right.
 */
const SMALL = '一、总体要求\n（一）指导思想\n二、保障措施';

function tenMegabytes(): string {
  const seeds = seedFiles().map(readText).join('\n');
  return seeds.repeat(Math.ceil(10_000_000 / seeds.length)).slice(0, 10_000_000);
}

function singleLine(): string {
  return '坚持以人民为中心的发展思想，统筹推进各项工作😀。'.repeat(Math.ceil(2_000_000 / 25)).slice(0, 2_000_000);
}

async function measure(label: string, bigText: string): Promise<void> {
  const client = new TestClient();
  try {
    await client.initialize();
    const small = 'file:///small.txt';
    await client.open(small, SMALL);
    await client.waitForDiagnostics(small);
    const big = 'file:///big.txt';
    const sent = performance.now();
    await client.open(big, bigText);
    const asked = performance.now();
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } })) as DocumentSymbol[];
    const answered = performance.now();
    assert.deepEqual(symbols.map((s) => s.name), ['一、总体要求', '二、保障措施']);
    await client.waitForDiagnostics(big);
    const bigDone = performance.now();
    // Measured, not asserted: printed for README and the report.
    console.log(`    ${label}: small documentSymbol answered after ${Math.round(answered - asked)} ms; big document diagnostics after ${Math.round(bigDone - sent)} ms`);
  } finally {
    await client.shutdown();
  }
}

describe('protocol robustness: huge documents', function () {
  this.timeout(180_000);

  it('a 10 MB draft: another document’s request still completes', async () => {
    await measure('10 MB draft', tenMegabytes());
  });

  it('a 2 MB single line: another document’s request still completes', async () => {
    await measure('2 MB single line', singleLine());
  });
});
