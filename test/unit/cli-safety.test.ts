import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { CLI_JS, JsonFileResult, runCli, tempFolder } from '../helpers/cli';
import { readDraft } from '../../server/src/cli/readDraft';
import { WriteRefusedError, writeFixedDraft } from '../../server/src/cli/writeDraft';
import { escapeForTerminal } from '../../server/src/cli/output';

/** A surplus 、 after （一） (a safe fix) in a draft that has no other finding. */
const DRAFT = '一、总体要求\n（一）、指导思想\n（二）基本原则\n';
const FIXED = '一、总体要求\n（一）指导思想\n（二）基本原则\n';
const parseJson = (stdout: string) => JSON.parse(stdout) as (JsonFileResult & { fixError?: string })[];

describe('gongwen-lint --fix: what it writes to and what it keeps', () => {
  it('a symbolic link is written through: the target is fixed and the link stays a link', () => {
    const { dir, cleanup } = tempFolder({ 'real/draft.txt': DRAFT });
    try {
      fs.symlinkSync(path.join('real', 'draft.txt'), path.join(dir, 'link.txt'));
      const r = runCli(['--fix', 'link.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink(), 'the link was replaced by a file');
      assert.equal(fs.readFileSync(path.join(dir, 'real', 'draft.txt'), 'utf8'), FIXED);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['draft.txt']);
    } finally {
      cleanup();
    }
  });

  it('hard links stay one file: every name sees the fix', () => {
    const { dir, cleanup } = tempFolder({ 'a.txt': DRAFT });
    try {
      fs.linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
      const r = runCli(['--fix', 'a.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(fs.statSync(path.join(dir, 'a.txt')).nlink, 2);
      assert.equal(fs.statSync(path.join(dir, 'a.txt')).ino, fs.statSync(path.join(dir, 'b.txt')).ino);
      assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), FIXED);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'b.txt']);
    } finally {
      cleanup();
    }
  });

  for (const mode of [0o664, 0o775, 0o600]) {
    it(`keeps the file mode ${mode.toString(8)} (whatever the umask)`, () => {
      const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
      try {
        fs.chmodSync(path.join(dir, 'draft.txt'), mode);
        const r = runCli(['--fix', 'draft.txt'], dir);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), FIXED);
        assert.equal(fs.statSync(path.join(dir, 'draft.txt')).mode & 0o7777, mode);
      } finally {
        cleanup();
      }
    });
  }

  it('keeps owner and group (as root, where another owner can be given)', function () {
    if (process.getuid?.() !== 0) this.skip();
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      fs.chownSync(path.join(dir, 'draft.txt'), 4321, 8765);
      const r = runCli(['--fix', 'draft.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const st = fs.statSync(path.join(dir, 'draft.txt'));
      assert.deepEqual([st.uid, st.gid], [4321, 8765]);
      assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), FIXED);
    } finally {
      cleanup();
    }
  });

  it('refuses a read-only file: unchanged, a message, exit 2 (json names the refusal)', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      fs.chmodSync(path.join(dir, 'draft.txt'), 0o444);
      const r = runCli(['--fix', '--format', 'json', 'draft.txt'], dir);
      assert.equal(r.status, 2);
      assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), DRAFT);
      assert.match(r.stderr, /^draft\.txt：文件是只读的，未写回修复（如需修复，请先取消只读属性）。$/m);
      const [report] = parseJson(r.stdout);
      assert.match(report.fixError!, /只读/);
      // What is reported is the text as it stands.
      assert.deepEqual(report.diagnostics.map((d) => d.code), ['numbering-marker-punctuation']);
      assert.deepEqual(fs.readdirSync(dir), ['draft.txt']);
    } finally {
      cleanup();
    }
  });

  it('a write that fails (the file-size limit of the process) exits 2, leaves the draft and no temporary file', function () {
    // `ulimit -f` makes every write past 1 KB fail with EFBIG (SIGXFSZ ignored), for root too.
    if (spawnSync('bash', ['-c', 'true']).status !== 0) this.skip();
    const long = DRAFT + '这是一段足够长的正文。'.repeat(200) + '\n';
    const { dir, cleanup } = tempFolder({ 'draft.txt': long });
    try {
      const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 1; exec "${process.execPath}" "${CLI_JS}" --fix draft.txt`], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /draft\.txt：写回修复失败：文件超出系统允许的大小；原文件未改动。/);
      assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), long);
      assert.deepEqual(fs.readdirSync(dir), ['draft.txt']);
    } finally {
      cleanup();
    }
  });

  it('fixes a file whose name is 80 Chinese characters (the temporary name stays within NAME_MAX)', () => {
    const name = '关于进一步加强和改进'.repeat(8) + '.txt';
    assert.ok(Buffer.byteLength(name) > 240 && Buffer.byteLength(name) <= 255);
    const { dir, cleanup } = tempFolder({ [name]: DRAFT });
    try {
      const r = runCli(['--fix', name], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), FIXED);
      assert.deepEqual(fs.readdirSync(dir), [name]);
    } finally {
      cleanup();
    }
  });

  it('never overwrites what was saved after the draft was read (lost update)', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      const file = path.join(dir, 'draft.txt');
      const read = readDraft(file, 1 << 20);
      // The writer saves while the check runs: same size, another text.
      const saved = DRAFT.replace('总体要求', '工作目标');
      fs.writeFileSync(file, saved);
      assert.throws(() => writeFixedDraft(file, Buffer.from(FIXED), read.source), (e: unknown) => e instanceof WriteRefusedError && /检查期间被修改过/.test(e.message));
      assert.equal(fs.readFileSync(file, 'utf8'), saved);
      // Saved in the same instant with the same size and mtime: the content comparison still sees it.
      const again = readDraft(file, 1 << 20);
      const { atime, mtime } = fs.statSync(file);
      fs.writeFileSync(file, DRAFT.replace('总体要求', '主要目标'));
      fs.utimesSync(file, atime, mtime);
      assert.throws(() => writeFixedDraft(file, Buffer.from(FIXED), again.source), WriteRefusedError);
      assert.deepEqual(fs.readdirSync(dir), ['draft.txt']);
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint --split-headings: written as --fix writes', () => {
  /** Two headings run into one line: the split puts （二） on a line of its own. */
  const RUN_IN = '一、总体要求\n（一）、指导思想坚持统筹推进。（二）基本原则坚持问题导向。\n';
  const SPLIT = '一、总体要求\n（一）、指导思想坚持统筹推进。\n（二）基本原则坚持问题导向。\n';

  it('a symbolic link is written through and the mode kept (it used to replace the link by a file of mode 0644)', () => {
    const { dir, cleanup } = tempFolder({ 'real/draft.txt': RUN_IN });
    try {
      fs.chmodSync(path.join(dir, 'real', 'draft.txt'), 0o664);
      fs.symlinkSync(path.join('real', 'draft.txt'), path.join(dir, 'link.txt'));
      const r = runCli(['--split-headings', 'link.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /link\.txt：已将 1 处连排的标题或段落另起一行（UTF-8）。/);
      assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink(), 'the link was replaced by a file');
      assert.equal(fs.readFileSync(path.join(dir, 'real', 'draft.txt'), 'utf8'), SPLIT);
      assert.equal(fs.statSync(path.join(dir, 'real', 'draft.txt')).mode & 0o7777, 0o664);
    } finally {
      cleanup();
    }
  });

  it('refuses a read-only file: unchanged, a message, exit 2 (it used to rewrite it and exit 0)', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': RUN_IN });
    try {
      fs.chmodSync(path.join(dir, 'draft.txt'), 0o444);
      const r = runCli(['--split-headings', 'draft.txt'], dir);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /draft\.txt：文件是只读的，未写回修复/);
      assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), RUN_IN);
    } finally {
      cleanup();
    }
  });

  it('with --fix the file is written once, split and fixed, with one note', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': RUN_IN });
    try {
      const r = runCli(['--split-headings', '--fix', 'draft.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /draft\.txt：已将 1 处连排的标题或段落另起一行，已写回 1 处安全修复（UTF-8）。/);
      assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), SPLIT.replace('（一）、', '（一）'));
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: what it reads', () => {
  it('a folder run never follows a link out of the folder (to a folder, a file or /dev/zero), for reading or fixing', () => {
    const { dir, cleanup } = tempFolder({ 'drafts/a.txt': DRAFT, 'outside/b.txt': DRAFT, 'outside/sub/c.txt': DRAFT });
    try {
      fs.symlinkSync(path.join('..', 'outside'), path.join(dir, 'drafts', 'linked'));
      fs.symlinkSync(path.join('..', 'outside', 'b.txt'), path.join(dir, 'drafts', 'b.txt'));
      fs.symlinkSync('/dev/zero', path.join(dir, 'drafts', 'zero.txt'));
      const r = runCli(['--fix', '--format', 'json', 'drafts'], dir, 10_000);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(parseJson(r.stdout).map((f) => f.file), [path.join('drafts', 'a.txt')]);
      assert.equal(fs.readFileSync(path.join(dir, 'drafts', 'a.txt'), 'utf8'), FIXED);
      assert.equal(fs.readFileSync(path.join(dir, 'outside', 'b.txt'), 'utf8'), DRAFT);
      assert.equal(fs.readFileSync(path.join(dir, 'outside', 'sub', 'c.txt'), 'utf8'), DRAFT);
      // Globs the same.
      assert.deepEqual(parseJson(runCli(['--format', 'json', 'drafts/**/*.txt'], dir).stdout).map((f) => f.file), ['drafts/a.txt']);
    } finally {
      cleanup();
    }
  });

  it('a file reached twice (a hard link and a link named beside it) is checked and fixed once', () => {
    const { dir, cleanup } = tempFolder({ 'drafts/a.txt': DRAFT });
    try {
      fs.linkSync(path.join(dir, 'drafts', 'a.txt'), path.join(dir, 'drafts', 'b.txt'));
      fs.symlinkSync(path.join('drafts', 'a.txt'), path.join(dir, 'c.txt'));
      const r = runCli(['--fix', '--format', 'json', 'drafts', 'c.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(parseJson(r.stdout).map((f) => f.file), [path.join('drafts', 'a.txt')]);
      assert.equal(r.stderr.match(/已写回/g)?.length, 1);
    } finally {
      cleanup();
    }
  });

  it('refuses a FIFO and /dev/zero named explicitly (exit 2, a message), without waiting or reading without end', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status, 0);
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      const r = runCli(['pipe.txt', 'zero.txt', 'draft.txt'], dir, 10_000);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^无法读取“pipe\.txt”：不是普通文件（管道、设备或套接字），不读取。$/m);
      assert.match(r.stderr, /^无法读取“zero\.txt”：不是普通文件（管道、设备或套接字），不读取。$/m);
      assert.match(r.stdout, /^draft\.txt:2:1 warning numbering-marker-punctuation /m);
    } finally {
      cleanup();
    }
  });

  it('a .gongwenignore that is a link to /dev/zero stops the run with a message and exit 2', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      fs.symlinkSync('/dev/zero', path.join(dir, '.gongwenignore'));
      const r = runCli(['.'], dir, 10_000);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, '无法读取忽略文件“.gongwenignore”：不是普通文件（管道、设备或套接字），不读取。请修正或删除它后重新运行。\n');
      assert.equal(r.stdout, '');
    } finally {
      cleanup();
    }
  });

  it('refuses a file over the size limit (--max-size, in MB) with exit 2 and says how to raise it', () => {
    const big = DRAFT + '正文。'.repeat(200_000) + '\n';
    const { dir, cleanup } = tempFolder({ 'big.txt': big, 'draft.txt': DRAFT });
    try {
      const r = runCli(['--max-size', '1', '--format', 'json', 'big.txt', 'draft.txt'], dir);
      assert.equal(r.status, 2);
      const [bigReport, small] = parseJson(r.stdout);
      assert.equal(bigReport.error, '无法读取“big.txt”：文件大小 1.7 MB，超过上限 1 MB（可用 --max-size 调整上限）。');
      assert.deepEqual(small.diagnostics.map((d) => d.code), ['numbering-marker-punctuation']);
      assert.equal(runCli(['--max-size', '2', 'big.txt'], dir).status, 0);
      const bad = runCli(['--max-size', 'many', 'big.txt'], dir);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--max-size 的取值应为正数（单位 MB，如 --max-size 64），实为“many”。/);
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: strict decoding (what does not round-trip is checked, never written)', () => {
  it('a GB18030 file with sequences that do not encode back (85 30 81 30, A3 A0) is checked, and --fix refuses it untouched', () => {
    const bytes = Buffer.concat([iconv.encode('一、总体要求\n（一）、指导思想', 'gb18030'), Buffer.from([0x85, 0x30, 0x81, 0x30, 0xa3, 0xa0]), iconv.encode('\n（二）基本原则\n', 'gb18030')]);
    const { dir, cleanup } = tempFolder({ 'old.txt': bytes });
    try {
      const r = runCli(['--fix', '--format', 'json', 'old.txt'], dir);
      assert.equal(r.status, 2);
      assert.ok(fs.readFileSync(path.join(dir, 'old.txt')).equals(bytes), 'the bytes changed');
      const [report] = parseJson(r.stdout);
      assert.equal(report.encoding, 'gb18030');
      assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.line]), [['numbering-marker-punctuation', 1]]);
      assert.match(r.stderr, /^old\.txt：有字节不是有效的 GB18030 编码（无效或未分配的编码，写回时会变成别的字节），此文件只检查、不写回修复。$/m);
      assert.equal(report.fixError, 'old.txt：有 1 处可安全修复，但文件的字节不能原样写回，未写回修复。');
    } finally {
      cleanup();
    }
  });

  it('a UTF-8 file with one bad sequence (C0 80) stays UTF-8: checked as such, never rewritten as GB18030', () => {
    const bytes = Buffer.concat([Buffer.from('一、总体要求\n（一）、指导思想', 'utf8'), Buffer.from([0xc0, 0x80]), Buffer.from('\n（二）基本原则\n', 'utf8')]);
    const { dir, cleanup } = tempFolder({ 'draft.txt': bytes });
    try {
      const r = runCli(['--fix', '--format', 'json', 'draft.txt'], dir);
      assert.equal(r.status, 2);
      assert.ok(fs.readFileSync(path.join(dir, 'draft.txt')).equals(bytes), 'the bytes changed');
      const [report] = parseJson(r.stdout);
      assert.equal(report.encoding, 'utf-8');
      // The same finding, at the same place, as in the undamaged text.
      assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range]), [['numbering-marker-punctuation', { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }]]);
      assert.match(r.stderr, /^draft\.txt：有字节不是有效的 UTF-8 编码（已按替换字符“\ufffd”检查），此文件只检查、不写回修复。$/m);
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: big drafts and terminals', () => {
  it('--fix on a 9 MB draft writes every safe fix, the half-width fix of 220,000 marks among them (no call-stack overflow)', function () {
    this.timeout(120_000);
    const block = '一、总体要求\n（一）、指导思想\n（二）基本原则,坚持稳中求进,推动高质量发展;强化保障。。\n';
    const text = block.repeat(Math.ceil((9 * 1024 * 1024) / Buffer.byteLength(block)));
    const { dir, cleanup } = tempFolder({ 'big.txt': text });
    try {
      const r = runCli(['--fix', '--format', 'json', 'big.txt'], dir);
      assert.equal(r.status, 0, r.stderr.slice(0, 2000));
      assert.equal(fs.readFileSync(path.join(dir, 'big.txt'), 'utf8'), text.split('（一）、').join('（一）').split('。。').join('。').split(',').join('，').split(';').join('；'));
    } finally {
      cleanup();
    }
  });

  it('escapes control characters (ESC, C1, bidi overrides) as visible text for a terminal', () => {
    assert.equal(escapeForTerminal('a\x1b]0;pwned\x07b\x9b31m\u202ec\td'), 'a\\x1b]0;pwned\\x07b\\x9b31m\\u202ec\\x09d');
    assert.equal(escapeForTerminal('一、总体要求'), '一、总体要求');
  });

  it('--format text on a terminal shows escape sequences of file names and quoted draft text as visible escapes', function () {
    if (spawnSync('script', ['-qec', 'true', '/dev/null']).status !== 0) this.skip();
    const name = 'a\x1b[2Jb.txt';
    const { dir, cleanup } = tempFolder({ [name]: '一、总体要求\n二、主要任务\n二、\x1b[31m保障措施\x07\n' });
    try {
      // `script` runs the CLI on a terminal (stdout and stderr); the shell expands a*.txt to the name.
      const onTerminal = (args: string) => spawnSync('script', ['-qec', `"${process.execPath}" "${CLI_JS}" ${args}`, '/dev/null'], { cwd: dir, encoding: 'utf8' }).stdout;
      const check = onTerminal('a*.txt');
      assert.ok(!check.includes('\x1b[2J'), JSON.stringify(check));
      assert.match(check, /a\\x1b\[2Jb\.txt:3:1 error numbering-duplicate /);
      const outline = onTerminal('outline a*.txt');
      assert.ok(!outline.includes('\x1b[31m') && !outline.includes('\x07'), JSON.stringify(outline));
      assert.match(outline, /二、\\x1b\[31m保障措施\\x07/);
      // In a pipe the text is passed on as it is (programs read it).
      assert.ok(runCli([name], dir).stdout.startsWith(`${name}:3:1 error numbering-duplicate `));
    } finally {
      cleanup();
    }
  });
});
