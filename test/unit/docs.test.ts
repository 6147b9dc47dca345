import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles, ROOT } from '../../scripts/docs';
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
});
