import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { readText, seedFiles } from '../helpers/paths';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { loadResources } from '../../server/src/resources';
import { fixAll } from '../../server/src/service/fixAll';
import { Requests } from '../../server/src/protocol';

/**
 * A huge draft must not stop the server from answering for the others: it is analysed a rule at a
 * time, and a small document's request is answered between two rules. Asserted by the order of
 * events (the small answer comes before the big draft's diagnostics); how long the small request
 * waited is measured and printed (the figures go in README “可靠性”), never asserted.
 */
const SMALL = '一、总体要求\n（一）指导思想\n二、保障措施';

function tenMegabytes(): string {
  const seeds = seedFiles().map(readText).join('\n');
  return seeds.repeat(Math.ceil(10_000_000 / seeds.length)).slice(0, 10_000_000);
}

/** Ends with a placeholder, so the last finding shows the analysis reached the end of the line. */
function singleLine(): string {
  return '坚持以人民为中心的发展思想，统筹推进各项工作😀。'.repeat(Math.ceil(2_000_000 / 25)).slice(0, 2_000_000) + '达到[X]%。';
}

async function measure(label: string, bigText: string): Promise<void> {
  const client = new TestClient();
  try {
    await client.initialize();
    const small = 'file:///small.txt';
    await client.open(small, SMALL);
    await client.waitForDiagnostics(small);
    const big = 'file:///big.txt';
    const order: string[] = [];
    const bigPublished = client.waitForDiagnostics(big).then((p) => {
      order.push('big draft published');
      return p;
    });
    const sent = performance.now();
    await client.open(big, bigText);
    const asked = performance.now();
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } })) as DocumentSymbol[];
    order.push('small draft answered');
    const answered = performance.now();
    assert.deepEqual(symbols.map((s) => s.name), ['一、总体要求', '二、保障措施']);
    const published = await bigPublished;
    // The big draft is analysed a rule at a time (lsp/analysisCache.ts): the small one's request is answered
    // in between, not after the whole analysis.
    assert.deepEqual(order, ['small draft answered', 'big draft published']);
    const bigDone = performance.now();
    // Nothing is capped: the server reports every finding a full analysis has, to the last line.
    const full = analyzeText(bigText, DEFAULT_CONFIG, loadResources());
    assert.equal(published.diagnostics.length, full.findings.length);
    const lastFinding = full.findings[full.findings.length - 1];
    assert.ok(lastFinding && lastFinding.start > bigText.length - 2000, 'the draft has a finding near its end');
    assert.deepEqual(published.diagnostics[published.diagnostics.length - 1].range.start, full.document.lines.positionAt(lastFinding.start));
    // Fix-all answers with every edit of the fix-all loop (the 10 MB draft's half-width fix alone has some 440,000:
    // an argument spread of them overflowed the call stack, and the request answered nothing).
    const fixAllEdits = (await client.connection.sendRequest(Requests.fixAll, { uri: big })) as unknown[];
    assert.equal(fixAllEdits.length, fixAll(full, DEFAULT_CONFIG, loadResources()).edits.length);
    // Measured, not asserted: printed for README and the report.
    console.log(`    ${label}: small documentSymbol answered after ${Math.round(answered - asked)} ms; big document diagnostics after ${Math.round(bigDone - sent)} ms`);
  } finally {
    await client.shutdown();
  }
}

describe('protocol robustness: huge documents', function () {
  this.timeout(180_000);

  it('a 10 MB draft: every finding to the last line is reported, and another document’s request still completes', async () => {
    await measure('10 MB draft', tenMegabytes());
  });

  it('a 2 MB single line: every finding to its end is reported, and another document’s request still completes', async () => {
    await measure('2 MB single line', singleLine());
  });
});
