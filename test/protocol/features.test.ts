import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { readText, seedFiles } from '../helpers/paths';
import { rangeText } from '../helpers/snapshots';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { ClientCommands, Requests, type DisableRuleChoice, type OutlineNode } from '../../server/src/protocol';
import { loadResources } from '../../server/src/resources';
import { fixAllText } from '../../server/src/service/fixAll';
import { INCREMENTAL_MIN_LENGTH } from '../../server/src/lsp/analysisCache';

const URI = 'file:///draft.txt';
const TEXT = '一、总体要求\n（一）指导思想\n（三）工作目标\n三、保障措施';

function applyLspEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('protocol: features', () => {
  describe('pull diagnostics client', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient();
      const init = (await client.initialize({ pull: true })) as { capabilities: Record<string, unknown> };
      assert.deepEqual(init.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
      await client.open(URI, TEXT);
    });
    after(() => client.shutdown());

    it('answers textDocument/diagnostic with exact ranges and codes', async () => {
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as DocumentDiagnosticReport & { items: Diagnostic[] };
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.items.map((d) => [d.code, rangeText(d.range), d.severity, d.source]), [
        ['numbering-gap', '2:0-2:3', 2, '公文起草助手'],
        ['numbering-gap', '3:0-3:2', 2, '公文起草助手'],
      ]);
      assert.equal(report.items[0].message, '序号不连续：此处应为“（二）”，实为“（三）”。请补上缺少的部分或重新编号。（“（三）工作目标”）');
      assert.deepEqual(report.items[0].relatedInformation?.map((r) => [r.message, rangeText(r.location.range)]), [['上一个序号“（一）”', '1:0-1:3']]);
    });

    it('answers “unchanged” while an edit leaves every diagnostic where it was, a full report when it moves one', async () => {
      const uri = 'file:///result-id.txt';
      await client.open(uri, '一、甲\n（二）乙\n正文一行');
      type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
      const pull = (previousResultId?: string) => client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<Report>;
      const edit = (version: number, line: number, character: number, text: string) => client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
      });
      const first = await pull();
      assert.equal(first.kind, 'full');
      assert.deepEqual(first.items!.map((d) => [d.code, rangeText(d.range)]), [['numbering-start', '1:0-1:3']]);
      assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
      await edit(2, 2, 4, '。');
      assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
      await edit(3, 1, 0, '　');
      const moved = await pull(first.resultId);
      assert.equal(moved.kind, 'full');
      assert.notEqual(moved.resultId, first.resultId);
      assert.deepEqual(moved.items!.map((d) => [d.code, rangeText(d.range)]), [['numbering-start', '1:1-1:4']]);
    });

    it('after a chain of edits (re-checked line by line) reports exactly what a fresh open of the same text reports', async () => {
      const uri = 'file:///edited-seed.txt';
      // Seed 004 first (the edits below are on its lines), the others after it: long enough to be re-analysed version by version.
      const seed = [4, 0, 1, 2, 3].map((i) => readText(seedFiles()[i])).join('\n');
      assert.ok(seed.length >= INCREMENTAL_MIN_LENGTH);
      await client.open(uri, seed);
      const local = TextDocument.create(uri, 'plaintext', 1, seed);
      type Report = { kind: string; items: Diagnostic[] };
      // Related spans name their document: the same place in either document compares equal.
      const pull = async (u: string) => JSON.parse(JSON.stringify(((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as Report).items).split(JSON.stringify(u)).join('"<draft>"')) as Diagnostic[];
      await pull(uri);
      // Typing a placeholder, breaking a line, deleting a heading marker, pasting an outdated agency name, a page number.
      const changes: TextDocumentContentChangeEvent[] = [
        { range: { start: { line: 10, character: 4 }, end: { line: 10, character: 4 } }, text: '××县' },
        { range: { start: { line: 20, character: 6 }, end: { line: 20, character: 6 } }, text: '\n' },
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } }, text: '' },
        { range: { start: { line: 40, character: 2 }, end: { line: 40, character: 2 } }, text: '，由市环保局牵头' },
        { range: { start: { line: 30, character: 0 }, end: { line: 30, character: 0 } }, text: '12、' },
      ];
      for (const [i, change] of changes.entries()) {
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
        TextDocument.update(local, [change], i + 2);
        const freshUri = `file:///fresh-${i}.txt`;
        await client.open(freshUri, local.getText());
        const [edited, fresh] = [await pull(uri), await pull(freshUri)];
        assert.ok(fresh.length > 10, `the seed has findings to compare (${fresh.length})`);
        assert.deepEqual(edited, fresh, `after edit ${i + 1}`);
      }
      assert.ok((await pull(uri)).some((d) => d.code === 'placeholder-cross' && d.range.start.line === 10), 'the typed ××县 is reported');
      assert.ok((await pull(uri)).some((d) => d.code === 'agency-outdated'), 'the pasted 市环保局 is reported');
    });

    it('offers quick fixes keyed on the code and range, not the message', async () => {
      const diagnostic: Diagnostic = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, code: 'numbering-gap', source: '公文起草助手', message: 'any text' };
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      assert.deepEqual(actions.map((a) => a.title), ['改为“（二）”', '停用规则“numbering-gap”…']);
      const fixed = applyLspEdits(TEXT, actions[0].edit!.changes![URI]);
      assert.equal(fixed, '一、总体要求\n（一）指导思想\n（二）工作目标\n三、保障措施');
      // The one disable entry asks (a client command) whether for the line or the file.
      const [disableUri, ruleId, choices] = actions[1].command!.arguments as [string, string, DisableRuleChoice[]];
      assert.deepEqual([actions[1].command!.command, disableUri, ruleId], [ClientCommands.disableRule, URI, 'numbering-gap']);
      assert.deepEqual(choices.map((c) => c.title), ['在此行停用规则“numbering-gap”', '在本文件停用规则“numbering-gap”']);
      assert.equal(applyLspEdits(TEXT, choices[0].edits as TextEdit[]).split('\n')[2], '（三）工作目标 <!-- gongwen-disable-line numbering-gap -->');
      assert.equal(applyLspEdits(TEXT, choices[1].edits as TextEdit[]).split('\n')[0], '<!-- gongwen-disable-file numbering-gap -->');
    });

    it('puts the fixes first and one disable entry per rule, however many findings the line has', async () => {
      const uri = 'file:///busy-line.txt';
      const text = '一、总体要求\n全市[X]个县、[X]个区要完成××项任务，确保[ ]%。';
      await client.open(uri, text);
      const { items } = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[] };
      const onLine = items.filter((d) => d.range.start.line === 1);
      assert.deepEqual([...new Set(onLine.map((d) => d.code))].sort(), ['placeholder-cross', 'placeholder-marker']);
      assert.ok(onLine.length >= 4, `a busy line: ${onLine.length} findings`);
      const range = { start: { line: 1, character: 0 }, end: { line: 1, character: text.split('\n')[1].length } };
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: onLine } })) as CodeAction[];
      const titles = actions.map((a) => a.title);
      const disable = titles.filter((t) => t.startsWith('停用规则'));
      assert.deepEqual(disable, ['停用规则“placeholder-marker”…', '停用规则“placeholder-cross”…']);
      assert.deepEqual(titles.slice(-2), disable, `the disable entries come last: ${titles.join(' / ')}`);
      assert.equal(titles.filter((t) => t === '填写此处…').length, onLine.length, 'each placeholder keeps its own “填写此处…” (a different range)');
    });

    it('formats (renumbers) the whole document in one edit set that changes only numerals', async () => {
      const edits = (await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
      assert.deepEqual(edits.map((e) => [rangeText(e.range), e.newText]), [['2:1-2:2', '二'], ['3:0-3:1', '二']]);
      assert.equal(applyLspEdits(TEXT, edits), '一、总体要求\n（一）指导思想\n（二）工作目标\n二、保障措施');
      const viaRequest = (await client.connection.sendRequest('gongwen/renumber', { uri: URI })) as TextEdit[];
      assert.deepEqual(viaRequest, edits);
    });

    it('returns source actions for renumbering and fix-all only when asked', async () => {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const none = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [] } })) as CodeAction[];
      assert.deepEqual(none, []);
      const source = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [], only: ['source'] } })) as CodeAction[];
      assert.deepEqual(source.map((a) => [a.kind, a.title]), [['source.gongwen.renumber', '全文重新编号']]);
    });

    it('answers gongwen/fixAll and source.fixAll with every pass at once: seed 001 needs two, one application leaves no safe fix', async () => {
      const seed = seedFiles().find((f) => f.includes('001_'))!;
      const uri = 'file:///seed-001.txt';
      const text = readText(seed);
      const expected = fixAllText(text, DEFAULT_CONFIG, loadResources());
      assert.equal(expected.passes, 2, 'seed 001 no longer needs two fix-all passes: pick another draft for this test');
      await client.open(uri, text);
      const edits = await client.connection.sendRequest(Requests.fixAll, { uri });
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits);
      assert.equal(fixed, expected.text);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const [action] = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
      assert.equal(action.kind, 'source.fixAll.gongwen');
      assert.deepEqual(action.edit!.changes![uri], edits);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
      assert.deepEqual(await client.connection.sendRequest(Requests.fixAll, { uri }), []);
    });

    it('serves the outline request with problem marks', async () => {
      const outline = (await client.connection.sendRequest('gongwen/outline', { uri: URI })) as OutlineNode[];
      const flat = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [`${n.marker}${n.title} L${n.line} [${n.problems.join(',')}]`, ...flat(n.children)]);
      assert.deepEqual(flat(outline), ['一、总体要求 L0 []', '（一）指导思想 L1 []', '（三）工作目标 L2 [numbering-gap]', '三、保障措施 L3 [numbering-gap]']);
      assert.equal(await client.connection.sendRequest('gongwen/outline', { uri: 'file:///not-open.txt' }), null);
    });
  });

  describe('push client with settings', () => {
    it('pushes after open and after changes, applying gongwen.rules from workspace/configuration', async () => {
      const client = new TestClient();
      try {
        await client.initialize({ configuration: true, settings: { rules: { 'numbering-gap': 'error' }, debounce: 0 } });
        await client.open(URI, TEXT);
        const first = await client.waitForDiagnostics(URI);
        assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [['numbering-gap', 1], ['numbering-gap', 1]]);
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: URI, version: 2 },
          contentChanges: [{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } }, text: '二' }],
        });
        const second = await client.waitForDiagnostics(URI, (p) => p.version === 2);
        assert.deepEqual(second.diagnostics.map((d) => [d.code, rangeText(d.range)]), [['numbering-gap', '3:0-3:2']]);
      } finally {
        await client.shutdown();
      }
    });

    it('switches a rule off and honours inline directives', async () => {
      const client = new TestClient();
      try {
        await client.initialize({ settings: { rules: { 'numbering-gap': 'off' } } });
        await client.open(URI, '一、甲\n（二）乙 <!-- gongwen-disable-line -->\n三、丙');
        const published = await client.waitForDiagnostics(URI);
        assert.deepEqual(published.diagnostics.map((d) => d.code), []);
      } finally {
        await client.shutdown();
      }
    });

    it('in manual mode reports nothing until gongwen/check', async () => {
      const client = new TestClient();
      try {
        await client.initialize({ pull: true, settings: { run: 'manual' } });
        await client.open(URI, TEXT);
        const before = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as { items: Diagnostic[] };
        assert.deepEqual(before.items, []);
        await client.connection.sendNotification('gongwen/check', { uri: URI });
        const status = await new Promise<unknown>((resolve) => {
          const poll = () => {
            const n = client.notifications.find((x) => x.method === 'gongwen/status');
            if (n) resolve(n.params);
            else setImmediate(poll);
          };
          poll();
        });
        assert.deepEqual(status, { uri: URI, errors: 0, warnings: 2, infos: 0, placeholders: 0, characters: 26 });
        const after = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as { items: Diagnostic[] };
        assert.equal(after.items.length, 2);
      } finally {
        await client.shutdown();
      }
    });
  });
});
