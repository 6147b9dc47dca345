import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { runCli, tempFolder } from '../helpers/cli';
import { footnoteReference, makeDocxParts, paragraph, runs } from '../helpers/docx';
import { parseXml, unzip } from '../helpers/docxReview';
import { RULES } from '../../server/src/core/rules/index';

/**
 * `--lang en`: the command line's own words (notes and errors on stderr, the usage, the outline, the
 * SARIF rule descriptions, the comments of `--annotate`) in English, each beside its Chinese default.
 */

/** A marker with a surplus 、 (safe fix) and a gap (no fix). */
const DRAFT = '一、总体要求\n（一）、指导思想\n（二）基本原则\n二、主要任务\n四、保障措施\n';

/** Run the CLI in Chinese (the default) and in English on the same folder. */
function bothLanguages(args: readonly string[], dir: string) {
  return { zh: runCli(args, dir), en: runCli(['--lang', 'en', ...args], dir) };
}

describe('gongwen-lint --lang en: notes and errors on stderr', () => {
  it('names a file’s encoding, and says when its bytes cannot be written back', () => {
    const { dir, cleanup } = tempFolder({
      'gbk.txt': iconv.encode(DRAFT, 'gbk'),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT, 'utf8')]),
      // Mostly UTF-8 with one bad byte: read as UTF-8 with U+FFFD, never fixed.
      'bad.txt': Buffer.concat([Buffer.from(DRAFT, 'utf8'), Buffer.from([0xc0, 0x80, 0x0a])]),
    });
    try {
      const { zh, en } = bothLanguages(['gbk.txt', 'bom.txt', 'bad.txt', '--jobs', '1'], dir);
      assert.equal(zh.stderr, [
        'gbk.txt：编码 GBK',
        'bom.txt：编码 UTF-8（带 BOM）',
        'bad.txt：有字节不是有效的 UTF-8 编码（已按替换字符“\ufffd”检查），此文件只检查、不写回修复。',
        '',
      ].join('\n'));
      assert.equal(en.stderr, [
        'gbk.txt: encoding GBK',
        'bom.txt: encoding UTF-8 (with BOM)',
        'bad.txt: some bytes are not valid UTF-8 (checked with the replacement character “\ufffd” in their place): this file is checked, and fixes are not written to it.',
        '',
      ].join('\n'));
    } finally {
      cleanup();
    }
  });

  it('files it cannot read: missing, binary, too large; exit 2, in the JSON error too', () => {
    const { dir, cleanup } = tempFolder({ 'binary.txt': Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]), 'big.txt': '一、总体要求\n'.repeat(200_000) });
    try {
      const { zh, en } = bothLanguages(['missing.txt', 'binary.txt', 'big.txt', '--max-size', '1', '--jobs', '1'], dir);
      assert.equal(zh.status, 2);
      assert.equal(en.status, 2);
      assert.equal(zh.stderr, [
        '无法读取“missing.txt”：文件不存在。',
        '无法读取“binary.txt”：不是文本文件（含有 NUL 或大量控制字符），已跳过。',
        '无法读取“big.txt”：文件大小 3.6 MB，超过上限 1 MB（可用 --max-size 调整上限）。',
        '',
      ].join('\n'));
      assert.equal(en.stderr, [
        'Cannot read “missing.txt”: no such file.',
        'Cannot read “binary.txt”: not a text file (NUL bytes or many control characters); skipped.',
        'Cannot read “big.txt”: the file is 3.6 MB, over the limit of 1 MB (--max-size raises the limit).',
        '',
      ].join('\n'));
      const json = JSON.parse(runCli(['--lang', 'en', '--format', 'json', 'missing.txt'], dir).stdout) as { error: string }[];
      assert.equal(json[0].error, 'Cannot read “missing.txt”: no such file.');
    } finally {
      cleanup();
    }
  });

  it('--fix says what it wrote, and why it wrote nothing to a read-only file', () => {
    const { dir, cleanup } = tempFolder({ 'zh.txt': DRAFT, 'en.txt': DRAFT, 'ro-zh.txt': DRAFT, 'ro-en.txt': DRAFT });
    try {
      fs.chmodSync(path.join(dir, 'ro-zh.txt'), 0o444);
      fs.chmodSync(path.join(dir, 'ro-en.txt'), 0o444);
      const zh = runCli(['--fix', 'zh.txt', 'ro-zh.txt', '--jobs', '1'], dir);
      const en = runCli(['--lang', 'en', '--fix', 'en.txt', 'ro-en.txt', '--jobs', '1'], dir);
      assert.equal(zh.stderr, 'zh.txt：已写回 1 处安全修复（UTF-8）。\nro-zh.txt：文件是只读的，未写回修复（如需修复，请先取消只读属性）。\n');
      assert.equal(en.stderr, 'en.txt: 1 safe fix written (UTF-8).\nro-en.txt: the file is read-only: the fixes were not written (clear its read-only attribute to have them written).\n');
      assert.equal(fs.readFileSync(path.join(dir, 'en.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'zh.txt'), 'utf8'));
    } finally {
      cleanup();
    }
  });

  it('a missing --config file, a folder with nothing to check, an unreadable .gongwenignore', () => {
    const { dir, cleanup } = tempFolder({ 'empty/notes.csv': 'a,b\n' });
    try {
      const config = bothLanguages(['--config', 'nope.json', 'x.txt'], dir);
      assert.equal(config.zh.stderr, '找不到配置文件“nope.json”。\n');
      assert.equal(config.en.stderr, 'No such config file: “nope.json”.\n');
      const empty = bothLanguages(['empty'], dir);
      assert.equal(empty.zh.stderr, '“empty”中没有可检查的文件（或都已被忽略，或不在项目设置 files 之内）。\n');
      assert.equal(empty.en.stderr, 'No file to check in “empty” (or all are ignored, or outside the project\'s files setting).\n');
      fs.mkdirSync(path.join(dir, '.gongwenignore'));
      const ignore = bothLanguages(['empty'], dir);
      assert.equal(ignore.zh.stderr, '无法读取忽略文件“.gongwenignore”：这是一个文件夹。请修正或删除它后重新运行。\n');
      assert.equal(ignore.en.stderr, 'Cannot read the ignore file “.gongwenignore”: this is a folder. Correct or delete it, then run again.\n');
      assert.equal(ignore.en.status, 2);
    } finally {
      cleanup();
    }
  });

  it('usage errors and --help in English when --lang en is given anywhere; in Chinese otherwise', () => {
    const { dir, cleanup } = tempFolder();
    try {
      const zh = runCli(['--jobs', '0', 'a.txt'], dir);
      assert.equal(zh.status, 2);
      assert.ok(zh.stderr.startsWith('--jobs 的取值应为正整数，实为“0”。\n\n用法：\n'), zh.stderr);
      const en = runCli(['--jobs', '0', 'a.txt', '--lang=en'], dir);
      assert.equal(en.status, 2);
      assert.ok(en.stderr.startsWith('--jobs is a positive whole number, not “0”.\n\nUsage:\n  gongwen-lint [options] FILE|FOLDER|GLOB...'), en.stderr);
      assert.equal(runCli(['--lang', 'en', '--track-changes', 'a.docx'], dir).stderr.split('\n')[0], '--track-changes works only with --annotate.');
      assert.equal(runCli(['--lang', 'en', '--lang'], dir).stderr.split('\n')[0], '--lang is zh or en, not nothing.');
      const help = runCli(['--help', '--lang', 'en'], dir);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage:\n/);
      assert.match(help.stdout, /\n {2}--lang zh\|en {14}language of the messages \(default zh; en: English, as an English VS Code shows them\)\n/);
      assert.doesNotMatch(help.stdout.replace('“公文起草助手”', ''), /[\u4e00-\u9fff]/, 'only the comments’ author, 公文起草助手, is Chinese');
      assert.match(runCli(['--help'], dir).stdout, /^用法：\n/);
    } finally {
      cleanup();
    }
  });
});

describe('gongwen-lint --lang en: outline, SARIF and Word comments', () => {
  it('outline lines name the line in English', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      const { zh, en } = bothLanguages(['outline', 'draft.txt'], dir);
      assert.equal(zh.stdout.split('\n').slice(0, 3).join('\n'), 'draft.txt:\n  一、总体要求  (第 1 行)\n    （一）指导思想  (第 2 行)');
      assert.equal(en.stdout.split('\n').slice(0, 3).join('\n'), 'draft.txt:\n  一、总体要求  (line 1)\n    （一）指导思想  (line 2)');
    } finally {
      cleanup();
    }
  });

  it('SARIF describes every rule in English (the help keeps both), and names the tool in English', () => {
    const { dir, cleanup } = tempFolder({ 'draft.txt': DRAFT });
    try {
      type Driver = { fullName: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] };
      const driverOf = (stdout: string) => (JSON.parse(stdout) as { runs: { tool: { driver: Driver } }[] }).runs[0].tool.driver;
      const { zh, en } = bothLanguages(['--format', 'sarif', 'draft.txt'], dir);
      const [chinese, english] = [driverOf(zh.stdout), driverOf(en.stdout)];
      assert.equal(chinese.fullName, '公文起草助手（gongwen-lint）');
      assert.equal(english.fullName, 'Gongwen Drafting Assistant (gongwen-lint)');
      assert.deepEqual(english.rules.map((r) => [r.id, r.shortDescription.text, r.fullDescription.text, r.help.text]),
        RULES.map((r) => [r.id, r.descriptionEn, r.descriptionEn, `${r.description}\n${r.descriptionEn}`]));
      assert.deepEqual(chinese.rules.map((r) => r.shortDescription.text), RULES.map((r) => r.description));
      const gap = english.rules.find((r) => r.id === 'numbering-gap')!;
      assert.equal(gap.shortDescription.text, 'A same-level marker skips a number.');
    } finally {
      cleanup();
    }
  });

  it('--annotate writes the comments, the story names and the note in English; the findings print with the story in English', () => {
    const docx = makeDocxParts({
      body: paragraph('一、总体要求') + `<w:p>${runs('三、保障措施')}${footnoteReference(1)}</w:p>`,
      header: paragraph('×县人民政府文件'),
      footnotes: [paragraph('说明：数据截至[X]月。')],
    });
    const { dir, cleanup } = tempFolder({ 'draft.docx': docx });
    try {
      const commentsOf = (file: string) => {
        const xml = parseXml(unzip(fs.readFileSync(path.join(dir, file))).get('word/comments.xml')!.toString('utf8'));
        return Array.from(xml.getElementsByTagName('w:comment')).map((c) => Array.from(c.getElementsByTagName('w:p')).map((p) => p.textContent));
      };
      const zh = runCli(['--annotate', 'zh.docx', 'draft.docx'], dir);
      const en = runCli(['--lang', 'en', '--annotate', 'en.docx', 'draft.docx'], dir);
      assert.equal(zh.status, 0, zh.stderr);
      assert.equal(en.status, 0, en.stderr);
      assert.deepEqual(commentsOf('zh.docx'), [
        ['序号不连续：此处应为“二、”，实为“三、”。请补上缺少的部分或重新编号。', '规则 numbering-gap（警告）'],
        ['【页眉】叉号占位符“×”：此处缺少名称，请填写实际名称。', '规则 placeholder-cross（警告）'],
        ['【脚注】方括号占位符“[X]”：此处缺少数字，请填写实际数值。', '规则 placeholder-marker（警告）'],
      ]);
      assert.deepEqual(commentsOf('en.docx'), [
        ['Numbering is not continuous: “二、” is expected here, not “三、”. Add the missing part or renumber.', 'Rule numbering-gap (warning)'],
        ['[header] Cross placeholder “×”: a name is missing here. Fill in the actual name.', 'Rule placeholder-cross (warning)'],
        ['[footnotes] Bracket placeholder “[X]”: a figure is missing here. Fill in the actual value.', 'Rule placeholder-marker (warning)'],
      ]);
      assert.equal(zh.stderr, '已写出带批注的 Word 文档“zh.docx”：3 条批注（原文件“draft.docx”未改动）。\ndraft.docx：Word 文档，按段落提取正文（2 段）\n');
      assert.equal(en.stderr, 'Wrote the Word document “en.docx” with 3 comments (the input “draft.docx” is unchanged).\ndraft.docx: Word document, the text read paragraph by paragraph (2 paragraphs)\n');
      assert.match(en.stdout, /^draft\.docx \(header\):1:1 warning placeholder-cross Cross placeholder/m);
      assert.match(zh.stdout, /^draft\.docx（页眉）:1:1 warning placeholder-cross 叉号占位符/m);
    } finally {
      cleanup();
    }
  });

  it('a damaged .docx given to --annotate is an English error', () => {
    const { dir, cleanup } = tempFolder({ 'broken.docx': Buffer.from('not a zip at all, just text') });
    try {
      const r = runCli(['--lang', 'en', '--annotate', 'out.docx', 'broken.docx'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'Cannot read “broken.docx”: not a valid Word document (a .docx is a zip archive).\n');
    } finally {
      cleanup();
    }
  });
});
