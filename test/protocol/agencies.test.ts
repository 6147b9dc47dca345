import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CompletionList, Hover, InitializeParams, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient, fileUri } from '../helpers/lspClient';
import { rangeText } from '../helpers/snapshots';

/** Built server over stdio (`npm run build` first): completion, hover and the workspace agency dictionary. */
describe('protocol: agency names', () => {
  describe('completion and hover', () => {
    const uri = 'file:///agencies.txt';
    const text = '（市生态环境局、市发改委、市环保局按职责分工负责）\n市fgw\n（市生态环境局、按职责分工负责）\n普通文字\n全市上下要坚持节约集约、绿色低碳，推进城市更新和社区治理，打造美丽城市\n由市生态';
    let client: TestClient;
    before(async () => {
      client = new TestClient();
      const init = (await client.initialize()) as { capabilities: { completionProvider?: { triggerCharacters: string[] } } };
      assert.ok(init.capabilities.completionProvider?.triggerCharacters.includes('市'));
      await client.open(uri, text);
      await client.waitForDiagnostics(uri);
    });
    after(() => client.shutdown());

    const complete = async (line: number, character: number) =>
      (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as CompletionList | null;
    const hover = async (line: number, character: number) =>
      (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;

    it('after 市, pinyin initials `fgw` offer 发展和改革委员会, replacing the typed letters', async () => {
      const list = await complete(1, 4);
      assert.ok(list && list.items.length > 0);
      const item = list.items.find((i) => i.label === '发展和改革委员会')!;
      assert.ok(item, list.items.map((i) => i.label).join(' '));
      assert.deepEqual(list.items.map((i) => i.label), ['发展和改革委员会'], 'only agencies whose initials start with fgw');
      assert.equal(item.detail, '简称 发展改革委、发改委 · 省/市/县/区 · 政府 · 本文已用 1 次');
      assert.ok(item.filterText!.startsWith('fgw'));
      const edit = item.textEdit as TextEdit;
      assert.equal(rangeText(edit.range), '1:1-1:4');
      assert.equal(edit.newText, '发展和改革委员会');
    });

    it('inside a responsibility clause, offers units with the level of the unit before', async () => {
      const list = await complete(2, 8);
      assert.ok(list);
      const item = list.items.find((i) => i.label === '农业农村局')!;
      assert.equal((item.textEdit as TextEdit).newText, '市农业农村局');
      assert.equal(rangeText((item.textEdit as TextEdit).range), '2:8-2:8');
      assert.equal(await complete(3, 2), null, 'no completion in ordinary text');
    });

    it('never in prose (after 全市, 打造美丽城市): Enter after such a line starts a new line', async () => {
      assert.equal(await complete(4, 2), null, 'after 全市');
      assert.equal(await complete(4, 36), null, 'after 打造美丽城市');
      assert.equal(await complete(4, 4), null, 'after 全市上下');
    });

    it('after 由市生态 offers 生态环境局 first, preselected only because two typed characters open its name', async () => {
      const list = (await complete(5, 4))!;
      assert.equal(list.items[0].label, '生态环境局');
      assert.equal(list.items[0].preselect, true);
      assert.ok(list.items.slice(1).every((i) => !i.preselect));
      assert.equal(rangeText((list.items[0].textEdit as TextEdit).range), '5:2-5:4');
      assert.equal((list.items[0].textEdit as TextEdit).newText, '生态环境局');
      const one = (await complete(5, 3))!;
      assert.ok(one.items.every((i) => !i.preselect), 'one character is a weak match');
    });

    it('hover on an abbreviation shows the full name, abbreviations, level and kind', async () => {
      const h = (await hover(0, 10))!;
      assert.equal(rangeText(h.range!), '0:8-0:12');
      const value = (h.contents as MarkupContent).value;
      assert.match(value, /\*\*市发展和改革委员会\*\*/);
      assert.match(value, /简称：发展改革委、发改委/);
      assert.match(value, /层级：省级、市级、县级、区级 · 类别：政府/);
    });

    it('hover on a current name lists its former names; on a former name, its successor', async () => {
      const current = (await hover(0, 3))!;
      assert.match((current.contents as MarkupContent).value, /曾用名：“环境保护局”（环保局），2018年（2018年党和国家机构改革）/);
      const former = (await hover(0, 15))!;
      assert.equal(rangeText(former.range!), '0:13-0:17');
      assert.match((former.contents as MarkupContent).value, /^\*\*市环境保护局\*\*（旧称）\n\n2018年起改为“市生态环境局”（2018年党和国家机构改革）。/);
    });
  });

  describe('workspace dictionary and setting', () => {
    let dir: string;
    let client: TestClient;
    let draftUri: string;
    let dictionaryFile: string;
    const draft = '（市河长办、市湖长办、市湖泊办按职责分工负责）';

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-agencies-'));
      dictionaryFile = path.join(dir, '.gongwen', 'agencies.json');
      fs.mkdirSync(path.dirname(dictionaryFile));
      fs.writeFileSync(dictionaryFile, JSON.stringify({
        version: '1.0.0',
        agencies: [
          { name: '河长制办公室', abbreviations: ['河长办'], levels: ['市'], kind: '议事协调' },
          { name: 'Lake Office', levels: ['市'], kind: '其他' },
        ],
      }));
      client = new TestClient();
      const params: InitializeParams = {
        processId: process.pid,
        rootUri: fileUri(dir),
        workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
        capabilities: { workspace: { configuration: false, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
        initializationOptions: {
          settings: { agencies: { extra: [{ name: '湖长制办公室', abbreviations: ['湖长办'], levels: ['市'], kind: '议事协调' }, { name: '园林局', levels: ['市'], kind: '部门' }] } },
        },
      };
      await client.connection.sendRequest('initialize', params);
      await client.connection.sendNotification('initialized', {});
      draftUri = fileUri(path.join(dir, 'draft.txt'));
      await client.open(draftUri, draft);
    });
    after(async () => {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('entries from .gongwen/agencies.json and gongwen.agencies.extra are known; the rest is reported', async () => {
      const published = await client.waitForDiagnostics(draftUri);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, rangeText(d.range)]), [['agency-unknown', '0:11-0:15']]);
    });

    it('bad entries give one message each, naming the file or setting and the field', async () => {
      await client.waitForDiagnostics(draftUri);
      const messages = client.notifications.filter((n) => n.method.startsWith('window/showMessage')).map((n) => (n.params as { message: string }).message);
      assert.ok(messages.some((m) => m.includes(`${dictionaryFile} agencies[1].name`) && m.includes('应为 1 到 30 个汉字的名称')), messages.join('\n'));
      assert.ok(messages.some((m) => m.includes('gongwen.agencies.extra[1].kind') && m.includes('"部门" 不是有效类别')), messages.join('\n'));
    });

    it('offers “添加到工作区机构词典”, and picks up the file the command writes', async () => {
      const unknown = (await client.waitForDiagnostics(draftUri)).diagnostics[0];
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: draftUri }, range: unknown.range, context: { diagnostics: [unknown] },
      })) as CodeAction[];
      const add = actions.find((a) => a.command?.command === 'gongwen.addAgencyToWorkspace')!;
      assert.equal(add.title, '添加到工作区机构词典：“湖泊办”');
      assert.deepEqual(add.command!.arguments, ['湖泊办']);

      // What the client command does: append the name to the workspace file; the watcher tells the server.
      const file = JSON.parse(fs.readFileSync(dictionaryFile, 'utf8'));
      file.agencies.push({ name: '湖泊办', levels: ['省', '市', '县', '区'], kind: '其他' });
      fs.writeFileSync(dictionaryFile, JSON.stringify(file));
      client.resetDiagnostics(draftUri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dictionaryFile), type: 2 }] });
      const after = await client.waitForDiagnostics(draftUri);
      assert.deepEqual(after.diagnostics.map((d) => d.code), []);
    });
  });

  it('in an untrusted workspace (Restricted Mode) the workspace dictionary file is not read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-untrusted-'));
    fs.mkdirSync(path.join(dir, '.gongwen'));
    fs.writeFileSync(path.join(dir, '.gongwen', 'agencies.json'), JSON.stringify({
      version: '1.0.0', agencies: [{ name: '河长制办公室', abbreviations: ['河长办'], levels: ['市'], kind: '议事协调' }],
    }));
    // The same unit twice (its short form and full name): a finding only where the workspace dictionary is read.
    const draft = '（市河长办、市河长制办公室按职责分工负责）';
    const diagnose = async (trusted: boolean) => {
      const client = new TestClient();
      try {
        await client.connection.sendRequest('initialize', {
          processId: process.pid, rootUri: fileUri(dir), workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
          capabilities: { textDocument: { publishDiagnostics: {} } }, initializationOptions: { settings: {}, trusted },
        } satisfies InitializeParams);
        await client.connection.sendNotification('initialized', {});
        const uri = fileUri(path.join(dir, 'draft.txt'));
        await client.open(uri, draft);
        return (await client.waitForDiagnostics(uri)).diagnostics.map((d) => [d.code, rangeText(d.range)]);
      } finally {
        await client.shutdown();
      }
    };
    try {
      assert.deepEqual(await diagnose(true), [['agency-clause-duplicate', '0:6-0:13']]);
      assert.deepEqual(await diagnose(false), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a workspace dictionary that is not valid JSON gives one message naming the file; checking goes on with the built-in one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-badjson-'));
    const file = path.join(dir, '.gongwen', 'agencies.json');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '{ "version": "1.0.0", "agencies": [ { "name": "河长制办公室", } ] ');
    const client = new TestClient();
    try {
      await client.initialize({ folder: dir, settings: {} });
      const uri = fileUri(path.join(dir, 'draft.txt'));
      await client.open(uri, '（市环保局、市发改委按职责分工负责）');
      const published = await client.waitForDiagnostics(uri);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, rangeText(d.range)]), [['agency-outdated', '0:1-0:5']]);
      const messages = client.notifications.filter((n) => n.method.startsWith('window/showMessage')).map((n) => (n.params as { message: string }).message);
      assert.equal(messages.filter((m) => m.includes(file)).length, 1, messages.join('\n'));
      assert.ok(messages.some((m) => m.includes(`${file}：不是有效的 JSON`)), messages.join('\n'));
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

