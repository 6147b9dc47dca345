import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles, ROOT } from '../../scripts/docs';
import { RULE_DOCS_DIR } from '../../scripts/ruleDocs';
import { RULES } from '../../server/src/core/rules/index';
import { RULE_CATEGORIES } from '../../server/src/core/rules/rule';

describe('generated documentation', () => {
  it('package.json settings, l10n files and the README rule table match the rule registry (run `npm run docs`)', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), expected, `${file} is out of date: run npm run docs`);
    }
  });
  it('docs/rules/ holds one page per registered rule and the index, nothing else', () => {
    const pages = fs.readdirSync(path.join(ROOT, RULE_DOCS_DIR)).sort();
    assert.deepEqual(pages, ['README.md', ...RULES.map((r) => `${r.id}.md`)].sort());
  });
  it('every rule page shows an input the rule reports, with its findings (from test/fixtures/rules/<id>/)', () => {
    // Reports only the entries of a unit's own lexicon (.gongwen/terms.json), which a fixture cannot hold.
    const needsWorkspaceData = new Set(['word-unit-term']);
    for (const r of RULES.filter((x) => !needsWorkspaceData.has(x.id))) {
      const page = fs.readFileSync(path.join(ROOT, RULE_DOCS_DIR, `${r.id}.md`), 'utf8');
      assert.match(page, /## 会报告\n\n`{3,}text\n[\s\S]+?\n`{3,}\n\n- 第 \d+ 行：/, `${r.id}: no example (add test/fixtures/rules/${r.id}/invalid.txt)`);
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
});
