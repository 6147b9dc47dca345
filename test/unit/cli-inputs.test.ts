import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { JsonFileResult, runCli, tempFolder } from '../helpers/cli';
import { footnoteReference, makeDocx, makeDocxParts, paragraph, runs } from '../helpers/docx';
import { seedFiles } from '../helpers/paths';
import { extractDocx } from '../../server/src/docx';

const GAP_DRAFT = '一、甲\n三、丙\n';
const files = (stdout: string) => [...new Set(stdout.trim().split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(':'))))];

describe('gongwen-lint: folders, globs and ignores', () => {
  const tree = {
    'drafts/a.txt': GAP_DRAFT,
    'drafts/b.md': GAP_DRAFT,
    'drafts/c.gw': GAP_DRAFT,
    'drafts/notes.csv': GAP_DRAFT,
    'drafts/old/d.txt': GAP_DRAFT,
    'drafts/node_modules/pkg/readme.txt': GAP_DRAFT,
    'drafts/.git/x.txt': GAP_DRAFT,
    'other/e.txt': GAP_DRAFT,
  };

  it('a folder yields its drafts (.txt .md .gw .gongwen .docx) in path order, skipping node_modules and .git', () => {
    const { dir, cleanup } = tempFolder(tree);
    try {
      const r = runCli(['drafts'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(r.stdout), ['drafts/a.txt', 'drafts/b.md', 'drafts/c.gw', 'drafts/old/d.txt'].map((f) => f.split('/').join(path.sep)));
    } finally {
      cleanup();
    }
  });

  it('.gongwenignore and --ignore filter folders and globs with .gitignore syntax; an explicit file is still checked', () => {
    const { dir, cleanup } = tempFolder({ ...tree, '.gongwenignore': '# 旧稿不查\nold/\n' });
    try {
      assert.deepEqual(files(runCli(['drafts'], dir).stdout), ['drafts/a.txt', 'drafts/b.md', 'drafts/c.gw'].map((f) => f.split('/').join(path.sep)));
      assert.deepEqual(files(runCli(['drafts', '--ignore', '*.md', '--ignore=c.gw'], dir).stdout), [path.join('drafts', 'a.txt')]);
      assert.deepEqual(files(runCli(['**/*.txt'], dir).stdout), ['drafts/a.txt', 'other/e.txt']);
      assert.deepEqual(files(runCli(['drafts/old/d.txt'], dir).stdout), ['drafts/old/d.txt']);
    } finally {
      cleanup();
    }
  });

  it('a glob or folder that yields nothing is reported and exits 2; a file named twice is checked once', () => {
    const { dir, cleanup } = tempFolder(tree);
    try {
      const r = runCli(['drafts/*.docx', 'other/e.txt', 'other/e.txt'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /“drafts\/\*\.docx”中没有可检查的文件（或都已被忽略，或不在项目设置 files 之内）。/);
      assert.equal(r.stdout.trim().split('\n').length, 1);
    } finally {
      cleanup();
    }
  });

  it('worker threads give the same output, in the same order, as one thread', () => {
    const seeds = Object.fromEntries(seedFiles().flatMap((f) => [1, 2, 3].map((n) => [`batch/${n}-${path.basename(f)}`, fs.readFileSync(f)])));
    const { dir, cleanup } = tempFolder(seeds);
    try {
      const single = runCli(['--format', 'json', '--jobs', '1', 'batch'], dir);
      const parallel = runCli(['--format', 'json', '--jobs', '2', 'batch'], dir);
      assert.equal(parallel.status, single.status);
      assert.equal(parallel.stdout, single.stdout);
      const results = JSON.parse(parallel.stdout) as JsonFileResult[];
      assert.equal(results.length, Object.keys(seeds).length);
      assert.ok(results.some((r) => r.diagnostics.length > 0));
      // Not a terminal: no progress indicator on stderr.
      assert.equal(parallel.stderr, '');
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: a project\'s draft globs (`files` in .gongwen/config.json)', () => {
  const native = (list: string[]) => list.map((f) => f.split('/').join(path.sep));
  const tree = {
    '.gongwen/config.json': JSON.stringify({ files: ['公文/**/*.txt'] }),
    '公文/a.txt': GAP_DRAFT,
    '公文/b.md': GAP_DRAFT,
    '公文/c.gw': GAP_DRAFT,
    '公文/2024/d.txt': GAP_DRAFT,
    'notes/e.txt': GAP_DRAFT,
    'notes/f.md': GAP_DRAFT,
    // A project of its own without `files`: the built-in extensions.
    'archive/.gongwen/config.json': JSON.stringify({ placeholderMode: 'final' }),
    'archive/g.md': GAP_DRAFT,
    'ci/gongwen.json': JSON.stringify({ files: ['*.md'] }),
    'ci/h.md': GAP_DRAFT,
    'ci/i.txt': GAP_DRAFT,
  };

  it('a folder yields the files its project\'s globs match, from the project\'s folder, and the 公文-language files; another project\'s own', () => {
    const { dir, cleanup } = tempFolder(tree);
    try {
      const r = runCli(['.'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(r.stdout), native(['archive/g.md', '公文/2024/d.txt', '公文/a.txt', '公文/c.gw']));
      // The same from inside the project: the globs are relative to the folder holding .gongwen/, not to the folder walked.
      assert.deepEqual(files(runCli(['.'], path.join(dir, '公文')).stdout), native(['2024/d.txt', 'a.txt', 'c.gw']));
      assert.deepEqual(files(runCli(['notes'], dir).stdout), []);
    } finally {
      cleanup();
    }
  });

  it('a file named explicitly and a glob are checked whatever `files` say; --no-config walks by the built-in extensions', () => {
    const { dir, cleanup } = tempFolder(tree);
    try {
      assert.deepEqual(files(runCli(['notes/e.txt', '公文/b.md'], dir).stdout), native(['notes/e.txt', '公文/b.md']));
      assert.deepEqual(files(runCli(['notes/*.md'], dir).stdout), native(['notes/f.md']));
      assert.deepEqual(files(runCli(['--no-config', 'notes', '公文'], dir).stdout), native(['notes/e.txt', 'notes/f.md', '公文/2024/d.txt', '公文/a.txt', '公文/b.md', '公文/c.gw']));
    } finally {
      cleanup();
    }
  });

  it('--config FILE: its globs, relative to its folder, for every folder walked', () => {
    const { dir, cleanup } = tempFolder(tree);
    try {
      assert.deepEqual(files(runCli(['--config', 'ci/gongwen.json', 'ci', 'archive'], dir).stdout), native(['ci/h.md']));
    } finally {
      cleanup();
    }
  });

  it('a folder the globs leave empty is reported (exit 2); a bad `files` value is reported and the built-in extensions used', () => {
    const { dir, cleanup } = tempFolder({ ...tree, 'bad/.gongwen/config.json': JSON.stringify({ files: '*.txt' }), 'bad/j.txt': GAP_DRAFT });
    try {
      const r = runCli(['notes'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /“notes”中没有可检查的文件（或都已被忽略，或不在项目设置 files 之内）。/);
      const bad = runCli(['bad'], dir);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /config\.json files：“files”应为 /);
      assert.deepEqual(files(bad.stdout), native(['bad/j.txt']));
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint: Word documents', () => {
  const body = [
    paragraph('一、总体要求'),
    paragraph('（一）指导思想\t以人为本 A&B'),
    '<w:tbl><w:tr><w:tc>' + paragraph('表格中的段落') + '</w:tc></w:tr></w:tbl>',
    '<w:p><w:r><w:t>三、</w:t></w:r><w:del><w:r><w:delText>删除的字</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>保障措施</w:t></w:r></w:p>',
    '<w:p/>',
    paragraph('附：说明'),
  ].join('');

  it('extracts paragraphs in order, as mammoth reads the same file (tabs, entities, tables, tracked deletions)', async () => {
    const docx = makeDocx(body);
    const ours = extractDocx(docx);
    const theirs = (await mammoth.extractRawText({ buffer: docx })).value;
    assert.deepEqual(ours.text.split('\n'), theirs.replace(/\n\n$/, '').split('\n\n'));
    assert.deepEqual(ours.text.split('\n'), ['一、总体要求', '（一）指导思想\t以人为本 A&B', '表格中的段落', '三、保障措施', '', '附：说明']);
    assert.deepEqual(ours.paragraphStarts, [0, 7, 24, 31, 38, 39]);
  });

  it('a page number in a footer or header is the page number there, not residue; the body’s and a footnote’s are', () => {
    const docx = makeDocxParts({
      body: paragraph('一、总体要求') + paragraph('— 2 —') + `<w:p>${runs('见说明')}${footnoteReference(1)}</w:p>`,
      header: paragraph('第 1 页 共 3 页'),
      footer: paragraph('×县人民政府办公室') + paragraph('— 1 —'),
      footnotes: [paragraph('— 3 —')],
    });
    const { dir, cleanup } = tempFolder({ 'draft.docx': docx });
    try {
      const r = runCli(['--format', 'json', 'draft.docx'], dir);
      const [result] = JSON.parse(r.stdout) as JsonFileResult[];
      const found = result.diagnostics.map((d) => [(d as { story?: string }).story ?? '正文', d.code, d.range.start.line]);
      assert.deepEqual(found, [['正文', 'residue-page-number', 1], ['页脚', 'placeholder-cross', 0], ['脚注', 'residue-page-number', 0]]);
    } finally {
      cleanup();
    }
  });

  it('a manual line break starts a new line but stays in its paragraph', () => {
    const ours = extractDocx(makeDocx(paragraph('一、总体要求\n二、主要任务') + paragraph('三、保障')));
    assert.equal(ours.text, '一、总体要求\n二、主要任务\n三、保障');
    assert.deepEqual(ours.paragraphStarts, [0, 14]);
  });

  it('reports findings by line and column of the extracted text and by Word paragraph; --fix leaves the .docx alone', () => {
    const { dir, cleanup } = tempFolder({ 'draft.docx': makeDocx(body + paragraph('（三）、工作要求')) });
    try {
      const before = fs.readFileSync(path.join(dir, 'draft.docx'));
      const r = runCli(['--fix', '--format', 'json', 'draft.docx'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'draft.docx')), before);
      assert.match(r.stderr, /draft\.docx：Word 文档，按段落提取正文（7 段）/);
      assert.match(r.stderr, /draft\.docx：不修改 Word 文档/);
      const [result] = JSON.parse(r.stdout) as JsonFileResult[];
      assert.equal(result.encoding, 'docx');
      const gap = result.diagnostics.find((d) => d.code === 'numbering-gap')!;
      assert.deepEqual([gap.range.start, gap.paragraph, gap.paragraphOffset], [{ line: 3, character: 0 }, 4, 0]);
      const outline = runCli(['outline', 'draft.docx'], dir);
      assert.match(outline.stdout, /^draft\.docx:\n {2}一、总体要求 {2}\(第 1 行\)\n/);
    } finally {
      cleanup();
    }
  });

  it('a damaged or legacy Word file is a clear error with exit 2', () => {
    const { dir, cleanup } = tempFolder({
      'broken.docx': makeDocx(paragraph('一、甲')).subarray(0, 60),
      'legacy.docx': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    });
    try {
      const r = runCli(['broken.docx', 'legacy.docx'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /无法读取“broken\.docx”：不是有效的 Word 文档（\.docx 应为 zip 压缩包），已跳过。/);
      assert.match(r.stderr, /无法读取“legacy\.docx”：这是旧版 Word 97–2003 文档（\.doc）或加密的 \.docx/);
    } finally {
      cleanup();
    }
  });
});
