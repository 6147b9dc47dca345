import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AgencyEntry } from '../../server/src/core/agency/entries';
import { validateAgencyData } from '../../server/src/core/agency/entries';
import { resolveSettings } from '../../server/src/core/config/config';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { ProjectFiles, projectOfFile } from '../../server/src/project/projectFiles';
import { loadResources } from '../../server/src/resources';

const extra = (name: string): AgencyEntry[] => [{ name, abbreviations: [], variants: [], levels: ['市'], kind: '其他', prefixes: ['place'], parents: [], origin: 'settings' }];
const entry = (name: string) => ({ name, levels: ['市'], kind: '其他' });
const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海林田禾丰安康宁泰和顺兴盛昌隆';
const nameOf = (i: number) => `${HAN[i % HAN.length]}${HAN[Math.floor(i / HAN.length) % HAN.length]}${HAN[Math.floor(i / HAN.length / HAN.length) % HAN.length]}局`;

/** A folder with `.gongwen/` files as `files` has them (a function makes the file itself: a FIFO, a link). */
function project(files: Record<string, string | ((file: string) => void)>): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-project-'));
  fs.mkdirSync(path.join(dir, '.gongwen'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, '.gongwen', name);
    if (typeof content === 'string') fs.writeFileSync(file, content);
    else content(file);
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function read(files: Record<string, string | ((file: string) => void)>) {
  const { dir, cleanup } = project(files);
  try {
    const projects = new ProjectFiles();
    const found = projects.projectOf(path.join(dir, 'draft.txt'), dir);
    assert.ok(found);
    return { data: projects.read(found), found };
  } finally {
    cleanup();
  }
}

describe('project files: read like every file a user names (io/readFile.ts)', () => {
  it('a FIFO as agencies.json is refused at once, never waited on', function () {
    if (spawnSync('mkfifo', ['--help']).status !== 0) this.skip();
    const { data, found } = read({ 'agencies.json': (file) => assert.equal(spawnSync('mkfifo', [file]).status, 0) });
    assert.deepEqual(data.agencyProblems, [{ source: found.agenciesFile, message: '不是普通文件（管道、设备或套接字），不读取；已忽略此文件，使用内置机构词典。', en: 'not a regular file (a pipe, device or socket), not read; this file is ignored and the built-in agency dictionary is used.' }]);
    assert.deepEqual(data.agencies, []);
  });

  it('config.json as a link to /dev/zero is refused, never read without end', () => {
    const { data, found } = read({ 'config.json': (file) => fs.symlinkSync('/dev/zero', file) });
    assert.deepEqual(data.problems, [{ source: found.configFile, message: '这是一个链接，不跟随读取；已忽略此文件，使用默认设置。', en: 'this is a link, not followed; this file is ignored and the default settings are used.' }]);
    assert.equal(data.layer, undefined);
  });

  it('a project file that links to a file outside the project is refused unread (its text would be quoted in a CI log)', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-outside-'));
    try {
      const secret = path.join(outside, 'credentials');
      fs.writeFileSync(secret, '[default]\naws_secret_access_key = abc\n');
      const { data, found } = read({ 'config.json': (file) => fs.symlinkSync(secret, file), 'agencies.json': (file) => fs.symlinkSync(secret, file) });
      assert.deepEqual(data.problems, [{ source: found.configFile, message: '这是一个链接，不跟随读取；已忽略此文件，使用默认设置。', en: 'this is a link, not followed; this file is ignored and the default settings are used.' }]);
      assert.deepEqual(data.agencyProblems, [{ source: found.agenciesFile, message: '这是一个链接，不跟随读取；已忽略此文件，使用内置机构词典。', en: 'this is a link, not followed; this file is ignored and the built-in agency dictionary is used.' }]);
      assert.ok(!JSON.stringify(data).includes('aws'));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a .gongwen folder that is a link is refused as a whole, with one problem', () => {
    const { dir: target, cleanup: removeTarget } = project({ 'config.json': '{"placeholderMode": "final"}', 'agencies.json': '{"version": "1.0.0", "agencies": []}' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-linked-'));
    try {
      fs.symlinkSync(path.join(target, '.gongwen'), path.join(dir, '.gongwen'));
      const projects = new ProjectFiles();
      const found = projects.projectOf(path.join(dir, 'draft.txt'), dir)!;
      const data = projects.read(found);
      assert.deepEqual(data.problems, [{ source: path.join(dir, '.gongwen'), message: '这是一个链接，不跟随读取；已忽略其中的设置、机构词典和本单位词表，使用默认设置。', en: 'This is a link, which is not followed; its settings, agency dictionary and unit terms are ignored and the default settings are used.' }]);
      assert.equal(data.layer, undefined);
      assert.deepEqual([data.agencyProblems, data.termProblems], [[], []]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      removeTarget();
    }
  });

  it('a config file named with --config is read through a link, as any file named on the command line', () => {
    const { dir, cleanup } = project({ 'config.json': '{"placeholderMode": "final"}' });
    try {
      fs.symlinkSync(path.join(dir, '.gongwen', 'config.json'), path.join(dir, 'shared.json'));
      const data = new ProjectFiles().read(projectOfFile(path.join(dir, 'shared.json')));
      assert.deepEqual(data.problems, []);
      assert.deepEqual(data.layer?.values, { placeholderMode: 'final' });
    } finally {
      cleanup();
    }
  });

  it('terms.json over 2 MB is refused by its size, unread', () => {
    const { data, found } = read({ 'terms.json': JSON.stringify({ version: '1.0.0', terms: [], whitelist: [], pad: 'x'.repeat(3 * 1024 * 1024) }) });
    assert.deepEqual(data.termProblems, [{ source: found.termsFile, message: '文件大小 3 MB，超过上限 2 MB；已忽略此文件，不使用本单位词表。', en: 'the file is 3 MB, over the limit of 2 MB; this file is ignored and no unit terms are used.' }]);
  });

  it('a config.json that is not UTF-8 is refused, not read with replacement characters', () => {
    const { data, found } = read({ 'config.json': (file) => fs.writeFileSync(file, Buffer.from([0x7b, 0x22, 0xc4, 0xe3, 0x22, 0x3a, 0x31, 0x7d])) });
    assert.deepEqual(data.problems, [{ source: found.configFile, message: '不是有效的 UTF-8 文本；已忽略此文件，使用默认设置。', en: 'not valid UTF-8 text; this file is ignored and the default settings are used.' }]);
  });

  it('a dictionary file under the size limit with more entries than the limit is refused as a whole, with one problem', () => {
    const agencies = Array.from({ length: 6000 }, (_, i) => entry(nameOf(i)));
    const { data, found } = read({ 'agencies.json': JSON.stringify({ version: '1.0.0', agencies }) });
    assert.deepEqual(data.agencyProblems, [{ source: found.agenciesFile, message: '有 6000 个条目，超过上限 5000 个；已忽略此文件，使用内置机构词典。', en: 'There are 6000 entries, over the limit of 5000; this file is ignored and the built-in agency dictionary is used.' }]);
    assert.deepEqual(data.agencies, []);
  });
});

describe('project files: dictionaries compiled for the agency entries of the settings', () => {
  it('are cached by content and bounded: a setting changed 330 times keeps a few dictionaries, not 330', () => {
    const base = loadResources();
    const files = new ProjectFiles();
    const resources = (entries: AgencyEntry[]) => files.resources(base, undefined, entries, () => undefined);
    const first = resources(extra('河长制办公室'));
    // The same content (another array) is the same dictionary: analyses made with it stay valid.
    assert.equal(resources(extra('河长制办公室')), first);
    const seen = new Set([first]);
    for (let i = 0; i < 330; i++) seen.add(resources(extra(`第${'一二三四五六七八九十'[i % 10]}${'甲乙丙丁戊己庚辛壬癸'[Math.floor(i / 10) % 10]}${'子丑寅卯'[Math.floor(i / 100)]}办公室`)));
    assert.equal(seen.size, 331, 'every value compiled its own dictionary');
    // Only the last few are kept: the first value compiles again, and still knows its entry.
    const again = resources(extra('河长制办公室'));
    assert.notEqual(again, first);
    assert.ok(again.agencies!.agencies.some((a) => a.name === '河长制办公室'));
    assert.equal(resources(extra('河长制办公室')), again);
  });

  it('more entries than the limit in gongwen.agencies.extra are refused as a whole, with one problem', () => {
    const { values, problems } = resolveSettings([{ source: 'gongwen', values: { agencies: { extra: Array.from({ length: 5001 }, (_, i) => entry(nameOf(i))) } }, file: false, origin: 'settings' }], RULE_IDS, undefined);
    assert.deepEqual(values['agencies.extra'], []);
    assert.deepEqual(problems, [{ source: 'gongwen.agencies.extra', message: '有 5001 个条目，超过上限 5000 个；已忽略此设置，使用内置机构词典。', en: 'There are 5001 entries, over the limit of 5000; this setting is ignored and the built-in agency dictionary is used.' }]);
  });
});

describe('project files: a dictionary file of 2 MB of bad entries', () => {
  it('is validated without overflowing the call stack (one problem per entry, 200,000 of them)', () => {
    const raw = { version: '1.0.0', agencies: Array.from({ length: 200_000 }, () => ({ name: 1 })) };
    const { problems } = validateAgencyData(raw, 'agencies.json', 'workspace');
    assert.equal(problems.length, 200_000);
  });
});
