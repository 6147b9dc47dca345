import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ClientCommands, Requests, type PlaceholderItem } from '../../server/src/protocol';
import { TestClient, fileUri } from '../helpers/lspClient';
import { FIXTURES_DIR, readText, seedFiles } from '../helpers/paths';
import { placeholdersSnapshot } from '../helpers/snapshots';

const SEED_001 = seedFiles().find((f) => path.basename(f).startsWith('001_'))!;
const SEED_004 = seedFiles().find((f) => path.basename(f).startsWith('004_'))!;

/** The real server over stdio: the placeholders request, hover and the “填写此处…” code action. */
describe('protocol: placeholders', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  const placeholdersOf = (params: { uri: string; text?: string }) => client.connection.sendRequest(Requests.placeholders, params) as Promise<PlaceholderItem[]>;

  for (const file of seedFiles()) {
    const name = path.basename(file, '.txt');
    it(`${name}: the placeholder list of the open draft matches the reviewed fixture`, async () => {
      const uri = fileUri(file);
      await client.open(uri, readText(file));
      const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'placeholders', `${name}.json`), 'utf8'));
      assert.deepEqual(placeholdersSnapshot(await placeholdersOf({ uri })), expected);
    });
  }

  it('seed 001 has about sixty × placeholders', async () => {
    const items = await placeholdersOf({ uri: fileUri(SEED_001), text: readText(SEED_001) });
    assert.equal(items.filter((i) => i.code === 'placeholder-cross').length, 60);
  });

  it('analyses the text of a draft that is not open, with kind and context for the tree view', async () => {
    const uri = 'file:///workspace/closed-draft.txt';
    const items = await placeholdersOf({ uri, text: '一、总体要求\n请点击👉 全市森林覆盖率达到[X]%，湿地保护率达到较高水平，美丽XX建设取得新进展，各项任务全面完成。' });
    assert.deepEqual(items, [
      { code: 'placeholder-marker', kind: '方括号占位符', text: '[X]', range: { start: { line: 1, character: 15 }, end: { line: 1, character: 18 } }, context: '请点击👉 全市森林覆盖率达到[X]%，湿地保护率达到较高水平，美丽XX建设…' },
      { code: 'placeholder-letter', kind: '字母占位符', text: 'XX', range: { start: { line: 1, character: 34 }, end: { line: 1, character: 36 } }, context: '…到[X]%，湿地保护率达到较高水平，美丽XX建设取得新进展，各项任务全面完成。' },
    ]);
    assert.deepEqual(await placeholdersOf({ uri: 'file:///workspace/clean.txt', text: '全年经济运行稳中向好。' }), []);
  });

  it('hover on a placeholder says how many of that kind remain and how to fill it in, nothing its diagnostic says', async () => {
    const uri = fileUri(SEED_001);
    await client.open(uri, readText(SEED_001));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 107 } })) as Hover;
    assert.deepEqual(hover.range, { start: { line: 13, character: 107 }, end: { line: 13, character: 108 } });
    const text = (hover.contents as MarkupContent).value;
    assert.equal(text, '本文档还有 60 处叉号占位符未处理（占位符共 63 处）。\n\n快速修复“填写此处…”可在原处直接输入，不必先删去占位符。');
    // VS Code shows the diagnostic in the same hover: none of its clauses may come again.
    const diagnostic = (await client.waitForDiagnostics(uri)).diagnostics.find((d) => d.range.start.line === 13 && d.range.start.character === 107)!;
    assert.equal(diagnostic.code, 'placeholder-cross');
    for (const clause of diagnostic.message.split(/[：。，（）]/).filter((c) => c.length >= 4)) assert.ok(!text.includes(clause), `the hover repeats “${clause}”`);
    // The cursor just after a selected placeholder (a keyboard hover) gets the same answer.
    const atEnd = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 108 } })) as Hover;
    assert.deepEqual(atEnd.range, hover.range);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 2 } });
    assert.equal(nothing, null);
  });

  it('offers “填写此处…” as a command with the placeholder range; for a missing figure, the point before the unit', async () => {
    const uri = fileUri(SEED_004);
    await client.open(uri, readText(SEED_004));
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const percent = diagnostics.find((d) => d.code === 'placeholder-missing-figure' && d.range.start.line === 18 && d.range.start.character === 290) as Diagnostic;
    assert.ok(percent, 'the 保持% diagnostic');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: percent.range, context: { diagnostics: [percent] } })) as CodeAction[];
    const fill = actions.find((a) => a.title === '填写此处…')!;
    assert.equal(fill.edit, undefined);
    assert.deepEqual(fill.command, { title: '填写此处…', command: ClientCommands.fillPlaceholder, arguments: [uri, { start: { line: 18, character: 290 }, end: { line: 18, character: 290 } }] });

    const seed001 = fileUri(SEED_001);
    const cross = (await client.waitForDiagnostics(seed001)).diagnostics.find((d) => d.code === 'placeholder-cross') as Diagnostic;
    const crossActions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: seed001 }, range: cross.range, context: { diagnostics: [cross] } })) as CodeAction[];
    assert.deepEqual(crossActions.find((a) => a.title === '填写此处…')!.command!.arguments, [seed001, cross.range]);
  });
});
