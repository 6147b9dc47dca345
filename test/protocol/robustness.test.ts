import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import fc from 'fast-check';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, DocumentSymbol, PublishDiagnosticsParams, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { installedRuleDocs } from '../../server/src/lsp/ruleDocs';
import { SERVER_JS, TestClient } from '../helpers/lspClient';
import { numberedDraft } from '../property/drafts';
import { readText, seedFiles } from '../helpers/paths';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { INCREMENTAL_MIN_LENGTH } from '../../server/src/lsp/analysisCache';
import { Notifications, type DisableRuleChoice, type StatusParams } from '../../server/src/protocol';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { characterCount } from '../../server/src/core/rules/consistency/length';
import { loadResources } from '../../server/src/resources';

const RESOURCES = loadResources();

const DRAFT = '一、总体要求\n（一）指导思想\n（三）工作目标\n三、保障措施';

/** What the server must report for a text: a fresh analysis with default settings, as LSP diagnostics. */
function freshDiagnostics(uri: string, text: string): Diagnostic[] {
  const result = analyzeText(text, DEFAULT_CONFIG, RESOURCES);
  // The pages the server links to are installed beside its bundle.
  return JSON.parse(JSON.stringify(result.findings.map((f) => toDiagnostic(result.document.lines, f, uri, installedRuleDocs(SERVER_JS)))));
}

/** 1,000 small edits at generated places (deterministic seed), as a fast typist or a paste storm sends them. */
function editStorm(start: string, count: number): { changes: TextDocumentContentChangeEvent[]; final: string } {
  const pieces = fc.sample(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom('', '一、', '（二）', '3.', '😀', '\r\n', '\n', '甲乙', '。', '第五条', '××', '\ud800')), { numRuns: count, seed: 20260801 });
  let doc = TextDocument.create('untitled:storm', 'plaintext', 0, start);
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const [at, length, newText] of pieces) {
    const text = doc.getText();
    const from = text.length ? at % (text.length + 1) : 0;
    const range = { start: doc.positionAt(from), end: doc.positionAt(Math.min(text.length, from + length)) };
    changes.push({ range, text: newText });
    doc = TextDocument.update(doc, [{ range, text: newText }], doc.version + 1);
  }
  return { changes, final: doc.getText() };
}

async function sendStorm(client: TestClient, uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
  // No awaiting between notifications: they queue up on the pipe as fast as the client can write.
  const sent = changes.map((change, i) => client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] }));
  await Promise.all(sent);
}

function symbolsOf(client: TestClient, uri: string): Promise<DocumentSymbol[] | null> {
  return client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<DocumentSymbol[] | null>;
}

async function errorOf(p: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ResponseError) return e;
    throw e;
  }
  assert.fail('expected an error response');
}

describe('protocol robustness: 1,000 rapid incremental changes', () => {
  // Long enough to be re-analysed version by version (a short draft is analysed in full each time).
  const start = fc.sample(numberedDraft, { numRuns: 1, seed: 7 })[0] + '\n' + seedFiles().map(readText).join('\n');
  const { changes, final } = editStorm(start, 1000);

  it('the draft is one the server re-analyses from the previous version', () => {
    assert.ok(start.length >= INCREMENTAL_MIN_LENGTH);
  });

  it('push mode: the last published diagnostics are those of a fresh analysis of the final text', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'file:///storm-push.txt';
      await client.open(uri, start);
      await client.waitForDiagnostics(uri);
      await sendStorm(client, uri, changes);
      const published: PublishDiagnosticsParams = await client.waitForDiagnostics(uri, (p) => p.version === changes.length + 1);
      assert.deepEqual(published.diagnostics, freshDiagnostics(uri, final));
      const symbols = await symbolsOf(client, uri);
      assert.ok(Array.isArray(symbols));
    } finally {
      await client.shutdown();
    }
  });

  it('pull mode: textDocument/diagnostic after the storm answers for the final text', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ pull: true });
      const uri = 'file:///storm-pull.txt';
      await client.open(uri, start);
      await sendStorm(client, uri, changes);
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[] };
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.items, freshDiagnostics(uri, final));
    } finally {
      await client.shutdown();
    }
  });
});

describe('protocol robustness: every version pulled, as a writer types', () => {
  // The server carries the previous answer's diagnostics (lsp/carriedDiagnostics.ts), its encoded bytes
  // (lsp/encoding.ts) and the status count (consistency/length.ts) from one version to the next: after each edit —
  // beside findings on their line, line breaks added and removed before them, pieces of CRLF — the answer and the
  // count are a fresh analysis's.
  const start = fc.sample(numberedDraft, { numRuns: 1, seed: 11 })[0] + '\n' + seedFiles().map(readText).join('\n');

  it('each pull answers a fresh analysis of that version, and the status counts the characters of a fresh parse', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ pull: true });
      const uri = 'file:///typed.txt';
      await client.open(uri, start);
      const first = analyzeText(start, DEFAULT_CONFIG, RESOURCES);
      let doc = TextDocument.create(uri, 'plaintext', 1, start);
      let resultId: string | undefined;
      const edits = fc.sample(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('[X]', '××', '\n', '\r\n', '\r', '，', '', '  ', '😀', '一、')), { numRuns: 40, seed: 20261202 });
      for (const [i, [at, length, newText]] of edits.entries()) {
        const text = doc.getText();
        // Half the edits land right beside a finding (on its line), the others anywhere.
        const finding = first.findings[at % first.findings.length];
        const from = i % 2 === 0 && finding.end <= text.length ? finding.end : at % (text.length + 1);
        const range = { start: doc.positionAt(from), end: doc.positionAt(Math.min(text.length, from + length)) };
        doc = TextDocument.update(doc, [{ range, text: newText }], doc.version + 1);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: newText }] });
        const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId })) as DocumentDiagnosticReport & { items?: Diagnostic[]; resultId?: string };
        const fresh = freshDiagnostics(uri, doc.getText());
        if (report.kind === 'unchanged') assert.equal(report.resultId, resultId);
        else assert.deepEqual(report.items, fresh, `edit ${i}`);
        resultId = report.resultId;
        const status = client.notifications.filter((n) => n.method === Notifications.status.method).map((n) => n.params as StatusParams).pop();
        const parsed = parseDocument(doc.getText());
        assert.equal(status?.characters, characterCount(parsed, 0, parsed.text.length), `edit ${i}`);
      }
    } finally {
      await client.shutdown();
    }
  });
});

describe('protocol robustness: bad requests get LSP errors and the server keeps serving', () => {
  let client: TestClient;
  const uri = 'file:///draft.txt';
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri);
  });
  after(() => client.shutdown());

  const stillServes = async () => {
    const symbols = await symbolsOf(client, uri);
    assert.deepEqual(symbols?.map((s) => s.name), ['一、总体要求', '三、保障措施']);
  };

  it('unknown methods answer MethodNotFound; unknown notifications are ignored', async () => {
    const e = await errorOf(client.connection.sendRequest('gongwen/noSuchRequest', { uri }));
    assert.equal(e.code, -32601);
    await client.connection.sendNotification('gongwen/noSuchNotification', { uri });
    await stillServes();
  });

  it('requests for unknown and closed documents answer null or empty, not an error or a crash', async () => {
    const ghost = 'file:///never-opened.txt';
    assert.equal(await symbolsOf(client, ghost), null);
    assert.equal(await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: ghost } }), null);
    assert.equal(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: ghost }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), null);
    assert.deepEqual(await client.connection.sendRequest('gongwen/fixAll', { uri: ghost }), []);
    const closed = 'file:///closed.txt';
    await client.open(closed, DRAFT);
    await client.waitForDiagnostics(closed, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
    // Closing clears the document's diagnostics.
    await client.waitForDiagnostics(closed, (p) => p.diagnostics.length === 0);
    assert.equal(await symbolsOf(client, closed), null);
    await stillServes();
  });

  it('params without a document answer InvalidParams', async () => {
    for (const params of [{}, { textDocument: 5 }, { textDocument: { uri: 42 } }]) {
      const e = await errorOf(client.connection.sendRequest('textDocument/documentSymbol', params));
      assert.equal(e.code, -32602, JSON.stringify(params));
      assert.match(e.message, /textDocument\.uri/);
    }
    assert.equal((await errorOf(client.connection.sendRequest('gongwen/outline', { file: 'x' }))).code, -32602);
    await stillServes();
  });

  it('out-of-range positions in code action requests and diagnostics give valid edits', async () => {
    const far = { line: 10_000, character: 10_000 };
    // (A negative position is no LSP position at all: refused, see the next test.)
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: far },
      context: { diagnostics: [{ range: { start: far, end: far }, code: 'numbering-gap', source: '公文起草助手', message: 'stale' }] },
    })) as { title: string; command: { arguments: [string, string, { title: string; edits: { range: { start: { line: number; character: number } } }[] }[]] } }[];
    assert.deepEqual(actions.map((a) => a.title), ['停用规则“numbering-gap”…']);
    const [line] = actions[0].command.arguments[2];
    assert.equal(line.title, '在此行停用规则“numbering-gap”');
    // The line comment lands at the end of the document's last line, not at a position that does not exist.
    assert.deepEqual(line.edits[0].range.start, { line: 3, character: 6 });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: '\n四、附则' }],
    });
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: far }, text: '' }],
    });
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(published.diagnostics, freshDiagnostics(uri, DRAFT + '\n'));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: DRAFT }] });
    await client.waitForDiagnostics(uri, (p) => p.version === 4);
    await stillServes();
  });

  it('a change that repeats a version number is analysed anew: fix-all edits the text the editor has', async () => {
    const repeated = 'file:///repeated-version.txt';
    await client.open(repeated, '（一）指导思想。。', 'plaintext', 5);
    const fixAll = async () => (await client.connection.sendRequest('gongwen/fixAll', { uri: repeated })) as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
    assert.deepEqual((await fixAll()).map((e) => [e.range.start.character, e.range.end.character, e.newText]), [[8, 9, '']]);
    // Same version, another text: two characters more before the marks.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: repeated, version: 5 }, contentChanges: [{ text: '（一）坚持指导思想。。' }] });
    const edits = await fixAll();
    assert.deepEqual(edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]), [[10, 11, '']]);
    await stillServes();
  });

  it('positions that are none (fractional, null, negative lines) are refused at the boundary, never turned into null edits', async () => {
    const stale = (line: unknown) => ({ range: { start: { line, character: 0 }, end: { line, character: 3 } }, code: 'numbering-gap', source: '公文起草助手', message: 'x' });
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
      context: { diagnostics: [stale(1.5), stale(null), stale(-1), stale('2'), null, stale(2)] },
    })) as CodeAction[];
    // Only the well-formed diagnostic (line 2) gets its actions; every edit position is a pair of integers.
    assert.deepEqual(actions.map((a) => a.title), ['改为“（二）”', '停用规则“numbering-gap”…']);
    const edits = [...actions[0].edit!.changes![uri], ...(actions[1].command!.arguments![2] as DisableRuleChoice[]).flatMap((c) => c.edits as TextEdit[])];
    assert.equal(edits.length, 3);
    for (const e of edits) for (const p of [e.range.start, e.range.end]) assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), JSON.stringify(p));
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0.5, character: 1 } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: null, character: 1 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } }, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -1, character: -5 }, end: { line: 2, character: 0 } }, context: { diagnostics: [] } }],
    ] as const) {
      const e = await errorOf(client.connection.sendRequest(method, params));
      assert.equal(e.code, -32602, method);
    }
    await stillServes();
  });

  it('a request cancelled before it runs answers RequestCancelled', async () => {
    // A large draft keeps the server analysing while the request and its cancellation arrive.
    const big = 'file:///busy.txt';
    await client.open(big, `${DRAFT}\n${'坚持以人民为中心的发展思想，统筹推进各项工作。\n'.repeat(80_000)}`);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const e = await errorOf(pending);
    assert.equal(e.code, -32800);
    await stillServes();
  });

  it('malformed JSON-RPC: bad JSON, a wrong or non-numeric Content-Length, a request without method', async () => {
    const stdin = client.process.stdin!;
    const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
    stdin.write(frame('{"jsonrpc":"2.0","id":1,"method":'));
    await stillServes();
    stdin.write(frame('{"jsonrpc":"2.0","id":"short","method":"textDocument/documentSymbol"}', 20));
    await stillServes();
    stdin.write('Content-Length: many\r\n\r\n{}');
    await stillServes();
    stdin.write('garbage without any header\r\n');
    await stillServes();
    // Announcing ten gigabytes: refused at once, or the server would wait for them and answer nothing again.
    stdin.write('Content-Length: 9999999999\r\n\r\n{}');
    await stillServes();
    // 640 KB of blank lines that end no header: dropped in linear time.
    stdin.write('ab\r\n\r\n'.repeat(110_000));
    await stillServes();
    stdin.write(frame('[1,2,3]'));
    await stillServes();
    // A request without a method has an id, so the client learns which request was bad.
    const answered = new Promise<unknown>((resolve) => client.process.stdout!.on('data', function onData(d: Buffer) {
      if (d.toString().includes('"id":"no-method"')) {
        client.process.stdout!.off('data', onData);
        resolve(JSON.parse(d.toString().slice(d.toString().indexOf('{"jsonrpc":"2.0","id":"no-method"'))));
      }
    }));
    stdin.write(frame('{"jsonrpc":"2.0","id":"no-method","params":{}}'));
    assert.deepEqual(((await answered) as { error: { code: number } }).error.code, -32600);
    await stillServes();
    assert.equal(client.process.exitCode, null);
  });
});

describe('protocol robustness: the server process ends cleanly', () => {
  it('exits with 0 on shutdown + exit', async () => {
    const client = new TestClient();
    await client.initialize();
    const exited = once(client.process, 'exit');
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    const [code] = await exited;
    assert.equal(code, 0);
    client.connection.dispose();
  });

  it('exits (code 1, as LSP asks without shutdown) when stdin closes', async () => {
    const client = new TestClient();
    await client.initialize();
    await client.open('file:///a.txt', DRAFT);
    await client.waitForDiagnostics('file:///a.txt');
    const exited = once(client.process, 'exit');
    client.process.stdin!.end();
    const [code] = await exited;
    assert.equal(code, 1);
    client.connection.dispose();
  });
});
