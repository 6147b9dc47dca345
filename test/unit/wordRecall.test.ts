import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import reviewed from '../fixtures/words/corpus.json';
import { judgeCase, measureRecall, wordFindingsOf } from '../helpers/wordMeasure';
import type { RecallCase } from '../helpers/wordMeasure';
import recallSet from '../fixtures/words/recall.json';
import { corpusFiles, itWithCorpus, readText, seedFiles } from '../helpers/paths';

/** The figures README's “用词” section reports (`npx tsx scripts/words-measure.ts`). */
describe('word rules measured', () => {
  it('the recall set has at least 200 sentences, each with its wrong text in it', () => {
    assert.ok(recallSet.cases.length >= 200, `${recallSet.cases.length}`);
    for (const c of recallSet.cases as RecallCase[]) assert.ok(c.sentence.includes(c.wrong) && c.wrong !== c.right, c.sentence);
  });

  it('recall per list, and exactly the cases still missed', () => {
    const { lists, missed } = measureRecall();
    assert.deepEqual(lists.map((l) => [l.list, l.cases, l.detected, l.fixed]), [
      ['易错词', 137, 136, 136],
      ['异形词', 69, 69, 69],
      ['地名', 50, 50, 47],
      ['规范表述', 35, 34, 33],
    ]);
    assert.deepEqual(missed.map((c) => c.wrong), ['权力', '以中国式现代化全面推动中华民族伟大复兴']);
  });

  it('a case counts only where a finding covers its wrong text', () => {
    assert.deepEqual(judgeCase({ list: '易错词', sentence: '统一布署。', wrong: '布署', right: '部署' }), { detected: true, fixed: true });
    assert.deepEqual(judgeCase({ list: '易错词', sentence: '统一部署，另行布署。', wrong: '部署', right: '布署' }), { detected: false, fixed: false });
  });

  itWithCorpus('on the corpus and the seeds: exactly the reviewed findings (each judged in test/fixtures/words/corpus.json)', () => {
    const files = [...corpusFiles(), ...seedFiles()];
    const found = files.flatMap((f) => wordFindingsOf(readText(f)).map((x) => [path.basename(f), x.rule, x.text, x.context]));
    assert.deepEqual(found, reviewed.findings.map((r) => [r.file, r.rule, r.text, r.context]));
  });
});
