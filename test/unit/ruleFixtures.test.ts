import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { ruleById, RULES } from '../../server/src/core/rules/index';
import { loadResources } from '../../server/src/resources';
import { MAX_FIX_PASSES } from '../../server/src/service/fixAll';
import { fixtureCases, ruleFixtureFolders, runCase, writeExpectations, type FixtureFinding } from '../helpers/ruleFixtures';

/**
 * Every folder of test/fixtures/rules/ (format: its README.md): each input gives exactly its reviewed
 * findings, and fix-all with only that rule on converges to the reviewed fixed text.
 * `UPDATE_RULE_FIXTURES=1 npx mocha test/unit/ruleFixtures.test.ts` rewrites the expectations — read the diff.
 */
const update = process.env.UPDATE_RULE_FIXTURES === '1';
const resources = loadResources();

describe('rule fixtures (test/fixtures/rules/<rule-id>/)', () => {
  const folders = ruleFixtureFolders();

  it('every registered rule has its folder (test/fixtures/rules/README.md says how to write one)', () => {
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !folders.includes(id)), []);
  });

  it('every folder is named after a registered rule and holds a case with findings and one without', () => {
    assert.ok(folders.length > 0, 'no rule fixtures found');
    for (const folder of folders) {
      const rule = ruleById(folder);
      assert.ok(rule, `test/fixtures/rules/${folder}: no rule has this id`);
      const names = fixtureCases(rule).map((c) => c.name);
      assert.ok(names.some((n) => n.startsWith('invalid')), `${folder}: no invalid… case (an input the rule reports)`);
      assert.ok(names.some((n) => n.startsWith('valid')), `${folder}: no valid… case (an input the rule leaves alone)`);
      assert.deepEqual(names.filter((n) => !/^(in)?valid/.test(n)), [], `${folder}: case names start with valid or invalid`);
    }
  });

  for (const folder of folders) {
    const rule = ruleById(folder);
    if (!rule) continue;
    describe(folder, () => {
      for (const c of fixtureCases(rule)) {
        it(c.name, () => {
          if (update) writeExpectations(c, resources);
          const got = runCase(c, resources);
          assert.deepEqual(got.failures, [], `the rule failed on ${c.inputFile}`);
          const expected: FixtureFinding[] = fs.existsSync(c.expectedFile) ? JSON.parse(fs.readFileSync(c.expectedFile, 'utf8')) : [];
          assert.deepEqual(got.findings, expected, `findings of ${c.inputFile} differ from ${c.expectedFile}`);
          if (c.name.startsWith('valid')) assert.deepEqual(got.findings, [], 'a valid… case has no finding');
          else assert.ok(got.findings.length > 0, 'an invalid… case has at least one finding');
          assert.ok(got.converged, `fix-all did not converge in ${MAX_FIX_PASSES} passes`);
          const fixed = fs.existsSync(c.fixedFile) ? fs.readFileSync(c.fixedFile, 'utf8') : c.input;
          assert.equal(got.fixed, fixed, fs.existsSync(c.fixedFile) ? `fix-all of ${c.inputFile} differs from ${c.fixedFile}` : 'fix-all changed a case that has no .fixed.txt');
        });
      }
    });
  }
});
