import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { runCli, tempFolder, type JsonFileResult } from '../helpers/cli';
import { fileUri, TestClient } from '../helpers/lspClient';
import { CORPUS_DIR, corpusFiles, describeWithCorpus, readText } from '../helpers/paths';
import { rangeText } from '../helpers/snapshots';

/**
 * `.gongwen/config.json` is read by the CLI and the language server alike: the same draft with the same
 * project files gets the same findings from `gongwen-lint` and from the editor.
 */

/** Far from the defaults: rules off, on (one off by default), other severities, final mode, agency entries in both files. */
const CONFIG = {
  $schema: '../schemas/config.schema.json',
  placeholderMode: 'final',
  rules: {
    'numbering-gap': 'error',
    'numbering-start': 'off',
    'punctuation-half-width': 'off',
    'punctuation-half-width-each': 'hint',
    'agency-mixed-forms': 'warning',
    'residue-web-navigation': false,
  },
  agencies: { extra: [{ name: '湖长制办公室', abbreviations: ['湖长办'], levels: ['省', '市', '县'], kind: '议事协调' }] },
};
const DICTIONARY = { version: '1.0.0', agencies: [{ name: '河长制办公室', abbreviations: ['河长办'], levels: ['省', '市', '县'], kind: '议事协调' }] };

type Found = string;
const found = (d: Pick<Diagnostic, 'code' | 'range' | 'message'> & { severity?: number }): Found => `${String(d.code)} ${rangeText(d.range)} ${d.severity} ${d.message}`;

/** A workspace holding the project files and copies of the given drafts (relative path → text). */
function workspace(drafts: Record<string, string>, config: unknown = CONFIG) {
  return tempFolder({ '.gongwen/config.json': JSON.stringify(config, null, 2), '.gongwen/agencies.json': JSON.stringify(DICTIONARY), ...drafts });
}

/** What the server publishes for each draft, opened from the workspace folder. */
async function serverFindings(dir: string, files: readonly string[], settings: unknown = {}, configuration = false): Promise<Map<string, Found[]>> {
  const client = new TestClient();
  try {
    await client.initialize({ folder: dir, settings, configuration });
    const out = new Map<string, Found[]>();
    for (const file of files) {
      const uri = fileUri(path.join(dir, file));
      await client.open(uri, readText(path.join(dir, file)));
      out.set(file, (await client.waitForDiagnostics(uri)).diagnostics.map(found));
    }
    return out;
  } finally {
    await client.shutdown();
  }
}

function cliFindings(dir: string, args: readonly string[]): { findings: Map<string, Found[]>; status: number | null; stderr: string } {
  const run = runCli(['--format', 'json', ...args], dir);
  const results = JSON.parse(run.stdout) as JsonFileResult[];
  return { findings: new Map(results.map((r) => [r.file.split(path.sep).join('/'), r.diagnostics.map(found)])), status: run.status, stderr: run.stderr };
}

describeWithCorpus('project configuration: the CLI and the server agree on the corpus', () => {
  it('every corpus document under a non-default .gongwen/config.json and agencies.json: identical findings, and the settings took effect', async function () {
    this.timeout(180_000);
    const drafts: Record<string, string> = {};
    for (const file of corpusFiles()) drafts[path.relative(CORPUS_DIR, file).split(path.sep).join('/')] = readText(file);
    const { dir, cleanup } = workspace(Object.fromEntries(Object.entries(drafts).map(([name, text]) => [`corpus/${name}`, text])));
    try {
      const names = Object.keys(drafts).map((n) => `corpus/${n}`).sort();
      // Two worker threads: each resolves the project's settings on its own, as the main thread does.
      const cli = cliFindings(dir, ['--jobs', '2', 'corpus']);
      assert.equal(cli.stderr.split('\n').filter((l) => l.includes('config.json')).length, 0, cli.stderr);
      assert.deepEqual([...cli.findings.keys()].sort(), names);
      const server = await serverFindings(dir, names);
      for (const name of names) assert.deepEqual(server.get(name), cli.findings.get(name), `${name}: the editor and the CLI disagree`);

      const all = [...cli.findings.values()].flat();
      const codes = new Set(all.map((f) => f.split(' ')[0]));
      assert.ok(codes.has('punctuation-half-width-each'), 'the rule switched on by the file is not reported');
      for (const off of ['numbering-start', 'punctuation-half-width', 'residue-web-navigation']) assert.ok(!codes.has(off), `${off} is off in the file`);
      const placeholders = all.filter((f) => f.startsWith('placeholder-'));
      assert.ok(placeholders.length > 0 && placeholders.every((f) => f.split(' ')[2] === '1'), 'final mode: every placeholder is an error');
      const gaps = all.filter((f) => f.startsWith('numbering-gap '));
      assert.ok(gaps.length > 0 && gaps.every((f) => f.split(' ')[2] === '1'), 'numbering-gap is an error in the file');
    } finally {
      cleanup();
    }
  });
});

describe('project configuration: finding and layering the files', () => {
  const DRAFT = '一、总体要求\n三、保障措施\n（市河长办、市湖长办、市湖泊办按职责分工负责）\n达到[X]%。';

  it('is found from the draft’s folder upward; the agency entries of both files are known; the CLI says the same', async () => {
    const { dir, cleanup } = workspace({ 'a/b/draft.txt': DRAFT });
    try {
      const server = await serverFindings(dir, ['a/b/draft.txt']);
      assert.deepEqual(server.get('a/b/draft.txt')!.map((f) => f.split(' ').slice(0, 3).join(' ')), [
        'numbering-gap 1:0-1:2 1',
        'agency-unknown 2:11-2:15 3',
        'placeholder-marker 3:2-3:5 1',
      ]);
      const cli = cliFindings(path.join(dir, 'a'), ['b/draft.txt']);
      assert.deepEqual(cli.findings.get('b/draft.txt'), server.get('a/b/draft.txt'));
      assert.equal(cli.status, 1);
    } finally {
      cleanup();
    }
  });

  it('VS Code settings apply over the file: a rule the file switches off, a setting switches on; gongwen.placeholderMode replaces the file’s', async () => {
    const { dir, cleanup } = workspace({ 'draft.txt': DRAFT }, { placeholderMode: 'final', rules: { 'numbering-gap': 'off', 'agency-unknown': 'off' } });
    try {
      const server = await serverFindings(dir, ['draft.txt'], { placeholderMode: 'hint', rules: { 'numbering-gap': 'error' } }, true);
      assert.deepEqual(server.get('draft.txt')!.map((f) => f.split(' ').slice(0, 3).join(' ')), ['numbering-gap 1:0-1:2 1', 'placeholder-marker 3:2-3:5 4']);
    } finally {
      cleanup();
    }
  });

  it('CLI: --config FILE is used for every draft, --no-config uses none, --final wins over the file; a bad file is named and exits 2', () => {
    const { dir, cleanup } = tempFolder({
      'draft.txt': DRAFT,
      '.gongwen/config.json': JSON.stringify({ rules: { 'numbering-gap': 'off' } }),
      'ci/strict.json': JSON.stringify({ placeholderMode: 'hint', rules: { 'numbering-gap': 'error', 'agency-unknown': 'off' } }),
      'ci/bad.json': JSON.stringify({ rules: { 'numbering-gaps': 'off' }, run: 'onSave', placeholderMode: 'loud' }),
    });
    try {
      const codes = (args: string[]) => cliFindings(dir, [...args, 'draft.txt']).findings.get('draft.txt')!.map((f) => f.split(' ').slice(0, 3).join(' '));
      // Without a project dictionary none of the three is a near miss of a known name: no agency-unknown.
      assert.deepEqual(codes([]), ['placeholder-marker 3:2-3:5 2']);
      assert.deepEqual(codes(['--config', 'ci/strict.json']), ['numbering-gap 1:0-1:2 1', 'placeholder-marker 3:2-3:5 4']);
      assert.deepEqual(codes(['--config', 'ci/strict.json', '--final']), ['numbering-gap 1:0-1:2 1', 'placeholder-marker 3:2-3:5 1']);
      assert.deepEqual(codes(['--no-config']).map((c) => c.split(' ')[0]), ['numbering-gap', 'placeholder-marker']);
      const bad = cliFindings(dir, ['--config', 'ci/bad.json', 'draft.txt']);
      assert.equal(bad.status, 2);
      const file = path.join(dir, 'ci', 'bad.json');
      assert.deepEqual(bad.stderr.trim().split('\n').sort(), [
        `${file} placeholderMode：“placeholderMode”应为 hint、warning、final 之一，实为 "loud"；已使用 "warning"。`,
        `${file} rules.numbering-gaps：未知的规则“numbering-gaps”；已忽略。可用规则见 README 的规则列表。`,
        `${file} run：“run”只能在编辑器设置中修改（gongwen.run）；已忽略。`,
      ]);
      const missing = runCli(['--config', 'ci/none.json', 'draft.txt'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /找不到配置文件“ci\/none.json”/);
    } finally {
      cleanup();
    }
  });

  it('the server re-reads .gongwen/config.json when it changes, and names a bad value once', async () => {
    const { dir, cleanup } = workspace({ 'draft.txt': DRAFT }, { rules: { 'numbering-gap': 'off' } });
    const client = new TestClient();
    try {
      await client.initialize({ folder: dir, watch: true });
      const uri = fileUri(path.join(dir, 'draft.txt'));
      await client.open(uri, DRAFT);
      assert.ok(!(await client.waitForDiagnostics(uri)).diagnostics.some((d) => d.code === 'numbering-gap'));
      const file = path.join(dir, '.gongwen', 'config.json');
      fs.writeFileSync(file, JSON.stringify({ rules: { 'numbering-gap': 'error' }, debounce: 5 }));
      client.resetDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 2 }] });
      const after = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'numbering-gap'));
      assert.equal(after.diagnostics.find((d) => d.code === 'numbering-gap')!.severity, 1);
      const messages = client.notifications.filter((n) => n.method.startsWith('window/showMessage')).map((n) => (n.params as { message: string }).message);
      assert.deepEqual(messages, [`公文起草助手设置有误 — ${file} debounce：“debounce”只能在编辑器设置中修改（gongwen.debounce）；已忽略。`]);
    } finally {
      await client.shutdown();
      cleanup();
    }
  });
});

describe('project configuration: the unit’s jurisdiction (word-place-outside-jurisdiction)', () => {
  const COPIED = readText(path.join(__dirname, '..', 'fixtures', 'rules', 'word-place-outside-jurisdiction', 'invalid.txt'));
  const outside = (findings: readonly Found[] | undefined) => (findings ?? []).filter((f) => f.startsWith('word-place-outside-jurisdiction ')).map((f) => f.split(' ').slice(0, 2).join(' '));

  it('`jurisdiction` in .gongwen/config.json reaches the CLI and the editor alike: a plan copied from 永泰县 is reported under 闽清县; under 永泰县 only the title’s issuer is; nothing without the setting', async () => {
    const { dir, cleanup } = tempFolder({
      'minqing/.gongwen/config.json': JSON.stringify({ jurisdiction: ['福建省闽清县'] }),
      'minqing/plan.txt': COPIED,
      'yongtai/.gongwen/config.json': JSON.stringify({ jurisdiction: ['350125'] }),
      'yongtai/plan.txt': COPIED,
      'unset/plan.txt': COPIED,
    });
    try {
      const drafts = ['minqing/plan.txt', 'yongtai/plan.txt', 'unset/plan.txt'];
      const cli = cliFindings(dir, drafts);
      assert.equal(cli.stderr, '');
      const lines = ['0:14-0:17', '3:14-3:17', '5:0-5:3', '8:0-8:3', '10:35-10:38', '12:30-12:33', '15:15-15:18', '18:26-18:29'];
      assert.deepEqual(outside(cli.findings.get('minqing/plan.txt')), lines.map((l) => `word-place-outside-jurisdiction ${l}`));
      // Under 永泰县 the one foreign name is the issuer 闽清县 the copier had put into the title.
      assert.deepEqual(outside(cli.findings.get('yongtai/plan.txt')), ['word-place-outside-jurisdiction 0:0-0:3']);
      assert.deepEqual(outside(cli.findings.get('unset/plan.txt')), []);
      const server = await serverFindings(dir, drafts);
      for (const draft of drafts) assert.deepEqual(server.get(draft), cli.findings.get(draft), `${draft}: the editor and the CLI disagree`);
    } finally {
      cleanup();
    }
  });

  it('an entry that names no single division is named with its file and field, exits 2, and the rest of the setting applies', () => {
    const { dir, cleanup } = tempFolder({ '.gongwen/config.json': JSON.stringify({ jurisdiction: ['朝阳区', '闽清'] }), 'plan.txt': COPIED });
    try {
      const cli = cliFindings(dir, ['plan.txt']);
      assert.equal(cli.status, 2);
      assert.equal(cli.stderr, `${path.join(dir, '.gongwen', 'config.json')} jurisdiction[0]：“朝阳区”可指 2 个行政区：“北京市朝阳区”（110105）、“吉林省长春市朝阳区”（220104）；请写带上级的全称（如“吉林省长春市朝阳区”）或区划代码；已忽略。\n`);
      assert.equal(outside(cli.findings.get('plan.txt')).length, 8);
    } finally {
      cleanup();
    }
  });
});
