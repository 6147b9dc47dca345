import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { JsonFileResult, runCli, tempFolder } from '../helpers/cli';
import { RULES } from '../../server/src/core/rules/index';

/** A marker with a surplus 、 (safe fix) and a gap (no fix), over CRLF lines. */
const DRAFT = '一、总体要求\r\n（一）、指导思想\r\n（二）基本原则\r\n二、主要任务\r\n四、保障措施\r\n';
// Each message is the rule's advice, then its context excerpt (service/diagnosticMessage.ts).
const PUNCTUATION = '序号后标点多余：“（一）、”中括号或圈码序号后不再加“、”（GB/T 15834—2011 B.3）。请删除。（“（一）、指导思想”）';
const GAP = '序号不连续：此处应为“三、”，实为“四、”。请补上缺少的部分或重新编号。（“四、保障措施”）';
const EXPECTED = [
  { code: 'numbering-marker-punctuation', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, message: PUNCTUATION },
  { code: 'numbering-gap', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } }, message: GAP },
];

const summary = (r: JsonFileResult) => r.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }));
const parseJson = (stdout: string) => JSON.parse(stdout) as JsonFileResult[];

describe('gongwen-lint: encodings', () => {
  const encodings: [string, string, Buffer][] = [
    ['utf-8', 'UTF-8', Buffer.from(DRAFT, 'utf8')],
    ['utf-8-bom', 'UTF-8（带 BOM）', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT, 'utf8')])],
    ['utf-16le', 'UTF-16 LE（带 BOM）', iconv.encode(DRAFT, 'utf-16le', { addBOM: true })],
    ['utf-16be', 'UTF-16 BE（带 BOM）', iconv.encode(DRAFT, 'utf-16be', { addBOM: true })],
    ['gbk', 'GBK', iconv.encode(DRAFT, 'gbk')],
  ];
  for (const [encoding, label, bytes] of encodings) {
    it(`reads ${encoding} and reports the same findings at the same positions`, () => {
      const { dir, cleanup } = tempFolder({ 'draft.txt': bytes });
      try {
        const json = runCli(['--format', 'json', 'draft.txt'], dir);
        assert.equal(json.status, 0, json.stderr);
        // Compact in a pipe (indented only on a terminal): one line of JSON.
        assert.equal(json.stdout.split('\n').length, 2);
        const [result] = parseJson(json.stdout);
        assert.equal(result.encoding, encoding);
        assert.deepEqual(summary(result), EXPECTED);
        const text = runCli(['draft.txt'], dir);
        assert.equal(text.stdout, `draft.txt:2:1 warning numbering-marker-punctuation ${PUNCTUATION}\ndraft.txt:5:1 warning numbering-gap ${GAP}\n`);
        // Plain UTF-8 is the default and goes unmentioned; any other encoding is named on stderr.
        assert.equal(text.stderr, encoding === 'utf-8' ? '' : `draft.txt：编码 ${label}\n`);
      } finally {
        cleanup();
      }
    });
  }

  it('--lang en prints the same findings with the rules’ English messages (as an English VS Code shows them), in worker threads too', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT, 'second.txt': DRAFT });
    try {
      const r = runCli(['--lang', 'en', '--jobs', '2', 'draft.txt', 'second.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const lines = [
        'warning numbering-marker-punctuation Extra punctuation after a number: no “、” follows a bracketed or circled number such as “（一）、” (GB/T 15834—2011 B.3). Delete it. (“（一）、指导思想”)',
        'warning numbering-gap Numbering is not continuous: “三、” is expected here, not “四、”. Add the missing part or renumber. (“四、保障措施”)',
      ];
      assert.equal(r.stdout, ['draft.txt', 'second.txt'].map((f) => `${f}:2:1 ${lines[0]}\n${f}:5:1 ${lines[1]}\n`).join(''));
      const bad = runCli(['--lang', 'fr', 'draft.txt'], dir);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--lang 的取值应为 zh 或 en，实为“fr”。/);
    } finally {
      cleanup();
    }
  });

  it('reads GB18030 with four-byte characters (CJK extension A) and says so', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': iconv.encode('一、总体要求㐀\n三、保障措施\n', 'gb18030') });
    try {
      const r = runCli(['--format', 'json', 'draft.txt'], dir);
      const [result] = parseJson(r.stdout);
      assert.equal(result.encoding, 'gb18030');
      assert.deepEqual(result.diagnostics.map((d) => [d.code, d.range.start.line]), [['numbering-gap', 1]]);
    } finally {
      cleanup();
    }
  });

  it('refuses a binary file with exit 2 and a message, and still checks the other files', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { dir, cleanup } = tempFolder({ 'image.txt': png, 'draft.txt': DRAFT });
    try {
      const r = runCli(['image.txt', 'draft.txt'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /无法读取“image\.txt”：不是文本文件（含有 NUL 或大量控制字符），已跳过。/);
      assert.doesNotMatch(r.stdout, /image\.txt/);
      assert.match(r.stdout, /^draft\.txt:5:1 warning numbering-gap /m);
    } finally {
      cleanup();
    }
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 instead of reporting on garbage', () => {
    const { dir, cleanup } = tempFolder({ 'latin.txt': Buffer.from([0x41, 0x80, 0x42, 0xff, 0x43, 0x0a]) });
    try {
      const r = runCli(['--format', 'json', 'latin.txt'], dir);
      assert.equal(r.status, 2);
      const [result] = parseJson(r.stdout);
      assert.deepEqual(result.diagnostics, []);
      assert.match(result.error!, /无法识别编码/);
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: --fix', () => {
  const FIXED = DRAFT.replace('（一）、', '（一）');
  const cases: [string, Buffer, (b: Buffer) => string][] = [
    ['UTF-8 with BOM', Buffer.from('\ufeff' + DRAFT, 'utf8'), (b) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3).toString('utf8') : 'BOM lost')],
    ['UTF-16 LE', iconv.encode(DRAFT, 'utf-16le', { addBOM: true }), (b) => (b[0] === 0xff && b[1] === 0xfe ? iconv.decode(b, 'utf-16le') : 'BOM lost')],
    ['UTF-16 BE', iconv.encode(DRAFT, 'utf-16be', { addBOM: true }), (b) => (b[0] === 0xfe && b[1] === 0xff ? iconv.decode(b, 'utf-16be') : 'BOM lost')],
    ['GBK', iconv.encode(DRAFT, 'gbk'), (b) => iconv.decode(b, 'gbk')],
  ];
  for (const [name, bytes, decode] of cases) {
    it(`writes safe fixes back in ${name}, keeping CRLF, through a temporary file that does not remain`, () => {
      const { dir, cleanup } = tempFolder({ 'draft.txt': bytes });
      try {
        const r = runCli(['--fix', '--format', 'json', 'draft.txt'], dir);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(decode(fs.readFileSync(path.join(dir, 'draft.txt'))), FIXED);
        assert.deepEqual(fs.readdirSync(dir), ['draft.txt']);
        assert.match(r.stderr, /draft\.txt：已写回 1 处安全修复/);
        // What is reported is what remains after the fix, on the rewritten file.
        assert.deepEqual(summary(parseJson(r.stdout)[0]), [EXPECTED[1]]);
        const again = runCli(['--fix', 'draft.txt'], dir);
        assert.doesNotMatch(again.stderr, /已写回/);
      } finally {
        cleanup();
      }
    });
  }

  it('leaves a file without safe fixes untouched (same bytes, same modification time)', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': '一、总体要求\n三、保障措施\n' });
    try {
      const before = fs.statSync(path.join(dir, 'draft.txt')).mtimeMs;
      runCli(['--fix', 'draft.txt'], dir);
      assert.equal(fs.statSync(path.join(dir, 'draft.txt')).mtimeMs, before);
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: exit codes, line breaks and size', () => {
  it('exits 0 without error-severity findings, 1 with one, 2 on bad usage or a missing file', () => {
    const { dir, cleanup } = tempFolder({ 'warn.txt': '一、甲\n三、丙\n', 'error.txt': '一、甲\n二、乙\n二、丙\n' });
    try {
      assert.equal(runCli(['warn.txt'], dir).status, 0);
      const error = runCli(['error.txt'], dir);
      assert.equal(error.status, 1);
      assert.equal(error.stdout, 'error.txt:3:1 error numbering-duplicate 序号重复：“二、”与第 2 行的序号相同，此处应为“三、”。请重新编号。（“二、丙”）\n');
      const usage = runCli(['--format', 'xml', 'warn.txt'], dir);
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /--format 的取值应为 text、json 或 sarif，实为“xml”/);
      assert.equal(runCli([], dir).status, 2);
      const missing = runCli(['warn.txt', 'nowhere.txt'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /无法读取“nowhere\.txt”：文件不存在。/);
    } finally {
      cleanup();
    }
  });

  it('positions findings on CR-only lines, after tabs and full-width-space indentation', () => {
    const { dir, cleanup } = tempFolder({ 'cr.txt': '一、甲\r\t（一）、乙\r　　二、丙\r　　四、丁\r' });
    try {
      const [result] = parseJson(runCli(['--format', 'json', 'cr.txt'], dir).stdout);
      assert.deepEqual(result.diagnostics.map((d) => [d.code, d.range.start, d.range.end]), [
        ['numbering-marker-punctuation', { line: 1, character: 1 }, { line: 1, character: 5 }],
        ['numbering-gap', { line: 3, character: 2 }, { line: 3, character: 4 }],
      ]);
    } finally {
      cleanup();
    }
  });

  it('checks a single 2 MB line and reports UTF-16 columns far along it', () => {
    const sentence = '工作要求：一是抓好落实；三是加强保障。';
    const line = sentence.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(sentence)));
    const { dir, cleanup } = tempFolder({ 'line.txt': line });
    try {
      const r = runCli(['--format', 'json', 'line.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const [result] = parseJson(r.stdout);
      const last = result.diagnostics[result.diagnostics.length - 1];
      assert.equal(last.code, 'numbering-enumeration-gap');
      assert.equal(last.range.start.line, 0);
      assert.equal(last.range.start.character, line.lastIndexOf('三是'));
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: json and sarif', () => {
  it('json keeps the contract [{file, diagnostics}] with LSP positions and the source', () => {
    const { dir, cleanup } = tempFolder({ 'a.txt': DRAFT, 'b.txt': '一、甲\n二、乙\n' });
    try {
      const results = parseJson(runCli(['--format', 'json', 'a.txt', 'b.txt'], dir).stdout);
      assert.deepEqual(results.map((r) => [r.file, r.diagnostics.length]), [['a.txt', 2], ['b.txt', 0]]);
      for (const d of results[0].diagnostics) {
        assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity', 'source']);
        assert.equal(d.source, '公文起草助手');
        assert.equal(d.severity, 2);
      }
    } finally {
      cleanup();
    }
  });

  it('sarif 2.1.0: the rule registry in Chinese, one-based UTF-16 regions, relative artifact uris', () => {
    const { dir, cleanup } = tempFolder({ 'sub/a.txt': DRAFT, 'b.txt': '𠮷𠮷要求：一是抓好落实；三是加强保障。\n' });
    try {
      const r = runCli(['--format', 'sarif', 'sub/a.txt', 'b.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.tool.driver.name, 'gongwen-lint');
      assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), RULES.map((x) => x.id));
      for (const [i, rule] of RULES.entries()) {
        assert.equal(run.tool.driver.rules[i].shortDescription.text, rule.description);
        assert.match(run.tool.driver.rules[i].shortDescription.text, /[\u4e00-\u9fff]/);
        assert.ok(['error', 'warning', 'note'].includes(run.tool.driver.rules[i].defaultConfiguration.level));
      }
      assert.deepEqual(run.artifacts.map((a: { location: { uri: string; uriBaseId: string } }) => [a.location.uri, a.location.uriBaseId]), [['sub/a.txt', '%SRCROOT%'], ['b.txt', '%SRCROOT%']]);
      assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
      const results = run.results.map((x: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: object } }[] }) => {
        assert.equal(run.tool.driver.rules[x.ruleIndex].id, x.ruleId);
        const location = x.locations[0].physicalLocation;
        assert.equal(run.artifacts[location.artifactLocation.index].location.uri, location.artifactLocation.uri);
        return [x.ruleId, x.level, location.artifactLocation.uri, location.region];
      });
      // 三是 follows two astral characters: column 15 counts UTF-16 units (13 would count code points).
      assert.deepEqual(results, [
        ['numbering-marker-punctuation', 'warning', 'sub/a.txt', { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 }],
        ['numbering-gap', 'warning', 'sub/a.txt', { startLine: 5, startColumn: 1, endLine: 5, endColumn: 3 }],
        ['numbering-enumeration-gap', 'warning', 'b.txt', { startLine: 1, startColumn: 15, endLine: 1, endColumn: 17 }],
      ]);
      assert.equal(run.results[0].message.text, PUNCTUATION);
      assert.equal(run.invocations[0].executionSuccessful, true);
    } finally {
      cleanup();
    }
  });

  it('sarif reports an unreadable file as a failed invocation notification', () => {
    const { dir, cleanup } = tempFolder({ 'bin.txt': Buffer.from([0, 1, 2, 3]), 'a.txt': DRAFT });
    try {
      const r = runCli(['--format', 'sarif', 'bin.txt', 'a.txt'], dir);
      assert.equal(r.status, 2);
      const run = JSON.parse(r.stdout).runs[0];
      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.deepEqual(run.invocations[0].toolExecutionNotifications.map((n: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri]), [['error', 'bin.txt']]);
      assert.deepEqual(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri), ['a.txt']);
    } finally {
      cleanup();
    }
  });
});
