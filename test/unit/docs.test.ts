import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CONFIG_SCHEMA_FILE, generatedFiles, ROOT } from '../../scripts/docs';
import { resolveSettings } from '../../server/src/core/config/config';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { RULE_DOCS_DIR, RULE_DOCS_EN_DIR } from '../../scripts/ruleDocs';
import { RULES } from '../../server/src/core/rules/index';
import { RULE_CATEGORIES } from '../../server/src/core/rules/rule';
import { loadResources } from '../../server/src/resources';

describe('generated documentation', () => {
  it('package.json settings, l10n files and the README rule table match the rule registry (run `npm run docs`)', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), expected, `${file} is out of date: run npm run docs`);
    }
  });
  it('docs/rules/ holds one page per registered rule and the index, and en/ the same in English, nothing else', () => {
    const expected = ['README.md', ...RULES.map((r) => `${r.id}.md`)].sort();
    assert.deepEqual(fs.readdirSync(path.join(ROOT, RULE_DOCS_DIR)).sort(), ['en', ...expected].sort());
    assert.deepEqual(fs.readdirSync(path.join(ROOT, RULE_DOCS_EN_DIR)).sort(), expected);
  });
  it('every rule page shows an input the rule reports, with its findings (from test/fixtures/rules/<id>/)', () => {
    // Reports only the entries of a unit's own lexicon (.gongwen/terms.json), which a fixture cannot hold.
    const needsWorkspaceData = new Set(['word-unit-term']);
    for (const r of RULES.filter((x) => !needsWorkspaceData.has(x.id))) {
      const page = fs.readFileSync(path.join(ROOT, RULE_DOCS_DIR, `${r.id}.md`), 'utf8');
      // A case with its own settings shows them first (`设置（.gongwen/config.json）：` and a json block).
      assert.match(page, /## 会报告\n\n(?:设置[^\n]*\n\n`{3,}json\n[\s\S]+?\n`{3,}\n\n)?`{3,}text\n[\s\S]+?\n`{3,}\n\n- 第 \d+ 行：/, `${r.id}: no example (add test/fixtures/rules/${r.id}/invalid.txt)`);
    }
  });
  it('every English rule page shows the same example with the findings in English, as many as the Chinese page', () => {
    const needsWorkspaceData = new Set(['word-unit-term']);
    for (const r of RULES.filter((x) => !needsWorkspaceData.has(x.id))) {
      const zh = fs.readFileSync(path.join(ROOT, RULE_DOCS_DIR, `${r.id}.md`), 'utf8');
      const en = fs.readFileSync(path.join(ROOT, RULE_DOCS_EN_DIR, `${r.id}.md`), 'utf8');
      assert.ok(en.includes(`\n\n${r.descriptionEn}\n\n`), `${r.id}: the English description`);
      assert.match(en, /## Reported\n\n(?:Settings[^\n]*\n\n`{3,}json\n[\s\S]+?\n`{3,}\n\n)?`{3,}text\n[\s\S]+?\n`{3,}\n\n- Line \d+: [A-Z“(\d]/, `${r.id}: no English example`);
      const lines = (page: string, pattern: RegExp) => page.split('\n').filter((l) => pattern.test(l)).map((l) => Number(/\d+/.exec(l)![0]));
      assert.deepEqual(lines(en, /^- Line \d+: /), lines(zh, /^- 第 \d+ 行：/), `${r.id}: the same findings on the same lines`);
    }
  });
  it('every enum value of the settings has a Chinese and an English description', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    let enums = 0;
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (Array.isArray(n.enum)) {
        enums++;
        const descriptions = n.enumDescriptions as string[];
        assert.equal(descriptions?.length, n.enum.length, `enumDescriptions for ${JSON.stringify(n.enum)}`);
        for (const d of descriptions) {
          const key = d.replace(/^%|%$/g, '');
          assert.match(zh[key], /[\u4e00-\u9fff]/, `Chinese text for ${key}`);
          assert.equal(typeof en[key], 'string', `English text for ${key}`);
        }
      }
      Object.values(n).forEach(visit);
    };
    visit(pkg.contributes.configuration.properties);
    assert.ok(enums >= 5, `${enums} enums`);
  });
  it('every rule id is kebab-case and starts with its category', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(-[a-z0-9]+)+$/);
      assert.ok(RULE_CATEGORIES.includes(r.category));
      assert.ok(r.id.startsWith(r.category + '-'), r.id);
      assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
      ids.add(r.id);
      assert.match(r.description, /[\u4e00-\u9fff]/, `${r.id} needs a Chinese description`);
    }
  });
  it('the schema of .gongwen/config.json and the settings check agree: README’s example passes both, bad files fail both', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, CONFIG_SCHEMA_FILE), 'utf8')));
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /## 设置[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1];
    const problemsOf = (values: unknown) => resolveSettings([{ source: 'config.json', values, file: true, origin: 'workspace' }], RULE_IDS, loadResources().places).problems;
    assert.ok(validate(JSON.parse(example)), JSON.stringify(validate.errors));
    assert.deepEqual(problemsOf(JSON.parse(example)), []);
    for (const bad of [{ rules: { 'numbering-gaps': 'off' } }, { placeholderMode: 'loud' }, { run: 'onSave' }, { agencies: { extra: [{ name: 'x' }] } }, { files: 'drafts' }, { colour: 'red' }, { jurisdiction: '福建省平潭县' }, { jurisdiction: [350128] }]) {
      assert.equal(validate(bad), false, `the schema accepts ${JSON.stringify(bad)}`);
      assert.notDeepEqual(problemsOf(bad), [], `the settings check accepts ${JSON.stringify(bad)}`);
    }
  });

  it('the schemas package.json contributes through jsonValidation exist and go into the .vsix', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[] } };
    const shipped = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    for (const { url } of pkg.contributes.jsonValidation) {
      const file = url.replace(/^\.\//, '');
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} is missing`);
      assert.ok(shipped.includes(file), `${file} is not in the .vsix (.vscodeignore)`);
    }
  });
});
