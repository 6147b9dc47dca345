import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CONFIG_SCHEMA_FILE, generatedFiles, ROOT } from '../../scripts/docs';
import { resolveSettings } from '../../server/src/core/config/config';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { RULES } from '../../server/src/core/rules/index';
import { RULE_CATEGORIES } from '../../server/src/core/rules/rule';

describe('generated documentation', () => {
  it('package.json settings, l10n files and the README rule table match the rule registry (run `npm run docs`)', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), expected, `${file} is out of date: run npm run docs`);
    }
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
    const problemsOf = (values: unknown) => resolveSettings([{ source: 'config.json', values, file: true, origin: 'workspace' }], RULE_IDS).problems;
    assert.ok(validate(JSON.parse(example)), JSON.stringify(validate.errors));
    assert.deepEqual(problemsOf(JSON.parse(example)), []);
    for (const bad of [{ rules: { 'numbering-gaps': 'off' } }, { placeholderMode: 'loud' }, { run: 'onSave' }, { agencies: { extra: [{ name: 'x' }] } }, { files: 'drafts' }, { colour: 'red' }]) {
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
