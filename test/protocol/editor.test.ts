import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationTokenSource, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import type { CodeAction, CompletionList, Diagnostic, DocumentDiagnosticReport, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { Notifications, Requests, type SessionState, type StatusParams } from '../../server/src/protocol';
import { TestClient, fileUri } from '../helpers/lspClient';
import { ROOT, readText, seedFiles } from '../helpers/paths';

const SEED_000 = seedFiles().find((f) => path.basename(f).startsWith('000_'))!;
const DRAFT = '关于开展城乡环境整治行动的通知\n各区人民政府：\n到2026年底，全市生活垃圾分类覆盖率达到[X]%。\n';
const ENGLISH = '# Sample project\n\nBuild it with `npm ci`, then run `npm test`.\n';

type FullReport = DocumentDiagnosticReport & { items: Diagnostic[] };

/** What the editor relies on besides the diagnostics themselves: the real server over stdio. */
describe('protocol: what the editor shows', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  const statusOf = (uri: string) => client.notifications.filter((n) => n.method === Notifications.status.method).map((n) => n.params as StatusParams).filter((p) => p.uri === uri).pop();

  it('every diagnostic links to its rule page, and says what the CLI says (message with its excerpt)', async () => {
    const uri = fileUri(SEED_000);
    await client.open(uri, readText(SEED_000));
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.ok(diagnostics.length > 20);
    for (const d of diagnostics) {
      const href = d.codeDescription?.href;
      assert.ok(href, `${d.code}: no codeDescription`);
      assert.equal(path.relative(ROOT, fileURLToPath(href)), path.join('docs', 'rules', `${d.code}.md`));
      assert.ok(fs.existsSync(fileURLToPath(href)), href);
    }
    let cli: { diagnostics: Diagnostic[] }[];
    try {
      cli = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', SEED_000], { encoding: 'utf8' }));
    } catch (e) {
      cli = JSON.parse((e as { stdout: string }).stdout); // exit code 1: error-severity findings
    }
    assert.deepEqual(diagnostics.map((d) => d.message), cli[0].diagnostics.map((d) => d.message));
    assert.ok(diagnostics.filter((d) => d.code === 'placeholder-marker').every((d) => /（“.+”）$/.test(d.message)));
  });

  it('checks an untitled document that looks like a Chinese draft', async () => {
    await client.open('untitled:Untitled-1', DRAFT);
    const { diagnostics } = await client.waitForDiagnostics('untitled:Untitled-1', (p) => p.diagnostics.length > 0);
    assert.deepEqual(diagnostics.map((d) => d.code), ['placeholder-marker']);
    assert.equal(statusOf('untitled:Untitled-1')?.skipped, undefined);
  });

  it('leaves plain text that is no Chinese draft unchecked and says so; the 公文 language is always checked', async () => {
    const uri = 'file:///ws/README.md';
    await client.open(uri, ENGLISH + '到2026年底，覆盖率达到[X]%。\n', 'markdown');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    assert.deepEqual(statusOf(uri), { uri, errors: 0, warnings: 0, infos: 0, placeholders: 0, skipped: 'not-chinese' });
    for (const method of ['textDocument/documentSymbol', 'textDocument/hover']) {
      assert.equal(await client.connection.sendRequest(method, { textDocument: { uri }, position: { line: 4, character: 12 } }), null, method);
    }
    const gw = 'untitled:Untitled-2';
    await client.open(gw, ENGLISH + '到2026年底，覆盖率达到[X]%。\n', 'gongwen');
    assert.deepEqual((await client.waitForDiagnostics(gw, (p) => p.diagnostics.length > 0)).diagnostics.map((d) => d.code), ['placeholder-marker']);
  });

  it('applies the session state: a confirmed folder’s files are drafts, the final check makes placeholders errors', async () => {
    const uri = 'file:///ws/notes/README.md';
    await client.open(uri, ENGLISH + '到2026年底，覆盖率达到[X]%。\n', 'markdown');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    const confirmed: SessionState = { finalCheck: false, draftFolders: ['file:///ws/notes'] };
    await client.connection.sendNotification(Notifications.session.method, confirmed);
    const checked = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(checked.diagnostics.map((d) => [d.code, d.severity]), [['placeholder-marker', DiagnosticSeverity.Warning]]);
    // A folder of the same name's prefix is another folder.
    await client.open('file:///ws/notes-old/a.md', ENGLISH + '覆盖率达到[X]%。\n', 'markdown');
    assert.deepEqual((await client.waitForDiagnostics('file:///ws/notes-old/a.md')).diagnostics, []);
    await client.connection.sendNotification(Notifications.session.method, { ...confirmed, finalCheck: true });
    const final = await client.waitForDiagnostics(uri, (p) => p.diagnostics[0]?.severity === DiagnosticSeverity.Error);
    assert.deepEqual(final.diagnostics.map((d) => d.code), ['placeholder-marker']);
    await client.connection.sendNotification(Notifications.session.method, { finalCheck: 'yes', draftFolders: 'all' });
    assert.deepEqual((await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics, [], 'a malformed state reads as the default');
  });
});

describe('protocol: an editor in English', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ locale: 'en' });
  });
  after(() => client.shutdown());

  it('gets the findings with their related information, the rules’ fixes, the product’s menu titles and the placeholder hover in English', async () => {
    const uri = 'file:///en/draft.txt';
    const text = '一、总体要求\n（一）指导思想\n（三）工作目标\n全市森林覆盖率达到[X]%。';
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const marker = diagnostics.find((d) => d.code === 'placeholder-marker')!;
    assert.equal(marker.message, 'Bracket placeholder “[X]”: a figure is missing here. Fill in the actual value. (“…林覆盖率达到[X]%。”)');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: marker.range, context: { diagnostics: [marker] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Fill in here…', 'Disable rule “placeholder-marker”…']);
    const choices = actions[1].command!.arguments![2] as { title: string }[];
    assert.deepEqual(choices.map((c) => c.title), ['Disable “placeholder-marker” on this line', 'Disable “placeholder-marker” in this file']);
    const gap = diagnostics.find((d) => d.code === 'numbering-gap')!;
    assert.equal(gap.message, 'Numbering is not continuous: “（二）” is expected here, not “（三）”. Add the missing part or renumber. (“（三）工作目标”)');
    assert.deepEqual(gap.relatedInformation?.map((r) => r.message), ['The previous number “（一）”']);
    const gapActions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } })) as CodeAction[];
    assert.deepEqual(gapActions.map((a) => a.title), ['Change to “（二）”', 'Disable rule “numbering-gap”…']);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: marker.range.start })) as Hover;
    assert.equal((hover.contents as MarkupContent).value, '1 of this kind (Bracket placeholder) left in this document, 1 placeholder in all.\n\nThe quick fix “Fill in here…” lets you type over the placeholder in place.');
  });

  it('gets a safe fix’s title, an agency’s hover and completion details in English', async () => {
    const uri = 'file:///en/agency.txt';
    await client.open(uri, '关于做好防汛工作的通知\n\n各区县人民政府:\n市发展和改革委员会负责统筹，由市生态');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const colon = diagnostics.find((d) => d.code === 'element-addressee');
    assert.ok(colon, JSON.stringify(diagnostics));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: colon.range, context: { diagnostics: [colon] } })) as CodeAction[];
    assert.equal(actions[0].title, 'Change to a full-width colon “：”');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } })) as Hover;
    assert.equal((hover.contents as MarkupContent).value, '**市发展和改革委员会**\n\nShort forms: 发展改革委, 发改委\n\nLevels: provincial, city, county, district · Kind: government');
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 19 } })) as CompletionList;
    assert.equal(list.items[0].label, '生态环境局');
    assert.equal(list.items[0].detail, 'city/county/district · government');
  });
});

describe('protocol: gongwen.findingsLanguage chooses the findings’ language whatever the editor’s', () => {
  const text = '一、总体要求\n（一）指导思想\n（三）工作目标';
  for (const { locale, findingsLanguage, message, fix, page, report } of [
    {
      locale: 'en', findingsLanguage: 'zh', message: '序号不连续：此处应为“（二）”，实为“（三）”。请补上缺少的部分或重新编号。（“（三）工作目标”）', fix: '改为“（二）”',
      page: '/docs/rules/numbering-gap.md', report: '# 公文检查报告：zh.txt\n\n生成时间：',
    },
    {
      locale: 'zh-cn', findingsLanguage: 'en', message: 'Numbering is not continuous: “（二）” is expected here, not “（三）”. Add the missing part or renumber. (“（三）工作目标”)', fix: 'Change to “（二）”',
      page: '/docs/rules/en/numbering-gap.md', report: '# Check report: en.txt\n\nGenerated: ',
    },
  ]) {
    it(`${locale} editor, findingsLanguage ${findingsLanguage}`, async () => {
      const client = new TestClient();
      try {
        await client.initialize({ locale, settings: { findingsLanguage } });
        const uri = `file:///lang/${findingsLanguage}.txt`;
        await client.open(uri, text);
        const { diagnostics } = await client.waitForDiagnostics(uri);
        const gap = diagnostics.find((d) => d.code === 'numbering-gap')!;
        assert.equal(gap.message, message);
        // The rule's page in the same language, installed beside the server bundle.
        assert.equal(gap.codeDescription?.href, pathToFileURL(path.join(ROOT, page)).href);
        const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } })) as CodeAction[];
        assert.equal(actions[0].title, fix);
        const markdown = await client.connection.sendRequest(Requests.report.method, { uri, format: 'markdown' }) as string;
        assert.ok(markdown.startsWith(report), markdown.slice(0, 80));
      } finally {
        await client.shutdown();
      }
    });
  }
});

describe('protocol: pull diagnostics with the default settings (no pause)', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ pull: true });
  });
  after(() => client.shutdown());

  it('answers a pull right after an edit, with the edited draft\'s findings', async () => {
    const uri = 'file:///no-pause/draft.txt';
    const pull = () => client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<FullReport>;
    await client.open(uri, '一、总体要求\n二、重点任务\n');
    assert.deepEqual((await pull()).items.map((d) => d.code), []);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '三' }],
    });
    const answered = pull();
    let settled = false;
    void answered.then(() => (settled = true), () => (settled = true));
    // Requests after it are answered in order: with a pause the pull would still be waiting.
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(settled, true, 'the pull waited after the edit');
    assert.deepEqual((await answered).items.map((d) => d.code), ['numbering-gap']);
  });
});

describe('protocol: gongwen.debounce with pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ pull: true, settings: { debounce: 10000 } });
    // Opened here, not in the first test: each test must pass when selected alone (mocha -g).
    await client.open(uri, '一、总体要求\n三、重点任务\n');
  });
  after(() => client.shutdown());

  const uri = 'file:///debounce/draft.txt';
  const params = { textDocument: { uri } };
  const pull = (source?: CancellationTokenSource) =>
    (source ? client.connection.sendRequest('textDocument/diagnostic', params, source.token) : client.connection.sendRequest('textDocument/diagnostic', params)) as Promise<FullReport>;

  it('answers a pull at once when the draft was not edited', async () => {
    assert.deepEqual((await pull()).items.map((d) => d.code), ['numbering-gap']);
  });

  it('holds a pull after an edit until the writer pauses; an edit meanwhile cancels it (the client asks again)', async () => {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '二' }],
    });
    const source = new CancellationTokenSource();
    const held = pull(source);
    // The 10 s pause has not passed: nothing has answered when VS Code cancels on the next keystroke.
    let settled = false;
    void held.then(() => (settled = true), () => (settled = true));
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(settled, false, 'the pull answered before the pause');
    source.cancel();
    await assert.rejects(held, (e: { code?: number }) => e.code === -32800);
  });
});
