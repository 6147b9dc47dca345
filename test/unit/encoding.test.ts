import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { encodeEachOnce, encodeMessage } from '../../server/src/lsp/encoding';
import { loadResources } from '../../server/src/resources';
import { readText, seedFiles } from '../helpers/paths';

/** The server's writer (lsp/encoding.ts) writes a marked diagnostics list from bytes kept per diagnostic: exactly JSON.stringify's bytes. */
describe('encoding of outgoing messages', () => {
  const text = readText(seedFiles()[0]) + '\n“引号\ud800”😀 ××\u2028\u0000';
  const result = analyzeText(text, DEFAULT_CONFIG, loadResources());
  const diagnostics: Diagnostic[] = result.findings.map((f) => toDiagnostic(result.document.lines, f, 'file:///a.txt', (id) => `file:///docs/${id}.md`));
  const plain = (msg: unknown) => Buffer.from(JSON.stringify(msg), 'utf-8');

  it('a pull answer and a push of a marked list, twice (the second time from kept bytes), as JSON.stringify writes them', () => {
    assert.ok(diagnostics.length > 10);
    encodeEachOnce(diagnostics);
    const pull = { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: '3', items: diagnostics } };
    const push = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.txt', version: 2, diagnostics } };
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(encodeMessage(pull), plain(pull));
      assert.deepEqual(encodeMessage(push), plain(push));
    }
    // A list sharing diagnostics with the first, and an empty one.
    const next = [...diagnostics.slice(3), { ...diagnostics[0], message: 'changed' }];
    encodeEachOnce(next);
    const again = { jsonrpc: '2.0', id: 8, result: { kind: 'full', resultId: '4', items: next } };
    assert.deepEqual(encodeMessage(again), plain(again));
    const empty: Diagnostic[] = [];
    encodeEachOnce(empty);
    const none = { jsonrpc: '2.0', id: 9, result: { kind: 'full', items: empty } };
    assert.deepEqual(encodeMessage(none), plain(none));
  });

  it('other messages, and lists not marked, as JSON.stringify writes them', () => {
    const unmarked = { jsonrpc: '2.0', id: 1, result: { kind: 'full', items: diagnostics.slice(0, 5) } };
    assert.deepEqual(encodeMessage(unmarked), plain(unmarked));
    const other = { jsonrpc: '2.0', id: 2, result: [{ name: '一、总体要求', items: 3 }], params: null };
    assert.deepEqual(encodeMessage(other), plain(other));
    const nothing = { jsonrpc: '2.0', id: 3, result: null };
    assert.deepEqual(encodeMessage(nothing), plain(nothing));
  });
});
