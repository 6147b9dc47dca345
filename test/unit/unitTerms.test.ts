import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import type { ReportedFinding, RuleResources } from '../../server/src/core/rules/rule';
import { wordUnitTerm } from '../../server/src/core/rules/word/unitTerm';
import { validateUnitTerms } from '../../server/src/core/words/terms';
import { loadResources } from '../../server/src/resources';
import { JsonFileResult, runCli, tempFolder } from '../helpers/cli';

const base = loadResources();

const TERMS = {
  version: '1.0.0',
  terms: [
    { word: '河长办', suggestion: '河长制办公室', reason: '本单位公文用全称（办发〔2024〕3号）', exceptions: ['河长办公室'] },
    { word: '一把手', reason: '正式公文不用口语称谓', after: ['负责', '亲自'] },
    { word: '高标准', suggestion: '高水平', reason: '本单位2025年起统一用“高水平”', from: '2025-01-01', scope: ['body'] },
    { word: '标题词', suggestion: '题名', reason: '只查标题', scope: ['title'] },
  ],
  whitelist: ['统一布署', '湖北省张家界市'],
};

function withTerms(raw: unknown): RuleResources {
  const { terms, problems } = validateUnitTerms(raw, '.gongwen/terms.json');
  assert.deepEqual(problems, []);
  return { ...base, words: base.words!.withUnitTerms(terms) };
}

const word = (text: string, resources: RuleResources) =>
  analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((f) => f.category === 'word').map((f) => [f.ruleId, text.slice(f.start, f.end), f.messageId]);

describe('the unit lexicon (.gongwen/terms.json)', () => {
  const resources = withTerms(TERMS);

  it('validates into terms and a whitelist; bad entries are dropped with the file and field named', () => {
    const { terms, problems } = validateUnitTerms({
      version: '1.0.0',
      terms: [{ word: '河长办', suggestion: '河长制办公室' }, { word: 'x' }, { word: '某词', scope: ['正文'] }, { word: '某某', from: '2025-1-1' }, { word: '某某词', colour: 'red' }],
      whitelist: ['统一布署', 7],
      extra: 1,
    }, '/ws/.gongwen/terms.json');
    assert.deepEqual(terms.entries.map((e) => [e.wrong, e.right, e.list]), [['河长办', '河长制办公室', '本单位']]);
    assert.deepEqual(terms.whitelist, ['统一布署']);
    assert.deepEqual(problems.map((p) => p.source), [
      '/ws/.gongwen/terms.json extra', '/ws/.gongwen/terms.json terms[1].word', '/ws/.gongwen/terms.json terms[2].scope',
      '/ws/.gongwen/terms.json terms[3].from', '/ws/.gongwen/terms.json terms[4].colour', '/ws/.gongwen/terms.json whitelist[1]',
    ]);
    assert.match(problems[2].message, /应为公文部分的数组，可选：/);
    assert.deepEqual(validateUnitTerms([1], 'f').problems.map((p) => p.source), ['f']);
  });

  it('reports a unit term with its suggestion and 审核依据; its exceptions and context are honoured', () => {
    const text = '请市河长办牵头。河长办公室设在水利局。由一把手负责，一把手工程。';
    const findings = analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId === 'word-unit-term');
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.messageId, f.message]), [
      ['河长办', 'replace', '“河长办”应为“河长制办公室”（本单位词表）：本单位公文用全称（办发〔2024〕3号）'],
      ['一把手', 'avoid', '“一把手”（本单位词表）：正式公文不用口语称谓'],
    ]);
    assert.deepEqual(findings[0].fixes[0].edits, [{ start: 2, end: 5, newText: '河长制办公室' }]);
  });

  it('scope and dates: a term for the title only is silent in the body; a term from 2025 is silent in a 2024 draft', () => {
    assert.deepEqual(word('正文中的标题词。', resources), []);
    const text = '坚持高标准推进。';
    assert.deepEqual(word(text, resources), [['word-unit-term', '高标准', 'replace']]);
    const parsed = parseDocument(text);
    const run = (year: number) => {
      const out: ReportedFinding[] = [];
      const doc = { ...parsed, frame: { ...parsed.frame, date: { start: 0, end: 0, year, month: 6, day: 1, style: 'arabic' as const } } };
      wordUnitTerm.check(doc, { config: DEFAULT_CONFIG, resources, report: (f) => out.push(f) });
      return out.length;
    };
    assert.equal(run(2024), 0);
    assert.equal(run(2025), 1);
  });

  it('the whitelist silences built-in word and place findings inside its phrases, nowhere else', () => {
    assert.deepEqual(word('统一布署。另行布署。赴湖北省张家界市考察。', resources), [['word-confusable', '布署', 'replace']]);
    assert.deepEqual(word('统一布署。赴湖北省张家界市考察。', base).map((f) => f[1]), ['布署', '湖北省张家界市']);
  });

  it('an empty lexicon gives back the built-in word lists themselves (analysis caches hold)', () => {
    assert.equal(base.words!.withUnitTerms({ entries: [], whitelist: [] }), base.words);
    assert.equal(resources.words!.withUnitTerms({ entries: [], whitelist: [] }), base.words);
  });

  it('the CLI reads the draft’s .gongwen/terms.json (as the editor does) and names a bad one on stderr, exit 2', () => {
    const { dir, cleanup } = tempFolder({ '.gongwen/terms.json': JSON.stringify(TERMS), 'draft.txt': '请市河长办牵头，统一布署。' });
    try {
      const run = runCli(['--format', 'json', 'draft.txt'], dir);
      const [report] = JSON.parse(run.stdout) as JsonFileResult[];
      assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]), [['word-unit-term', 2, 5]]);
      fs.writeFileSync(`${dir}/.gongwen/terms.json`, '{ "terms": [ { "word": 1 } ] }');
      const bad = runCli(['--format', 'json', 'draft.txt'], dir);
      assert.match(bad.stderr, /\.gongwen\/terms\.json terms\[0\]\.word：应为 2 到 40 个字符/);
      assert.equal(bad.status, 2);
      const english = runCli(['--lang', 'en', '--format', 'json', 'draft.txt'], dir);
      assert.equal(english.stderr, `${path.join(dir, '.gongwen', 'terms.json')} terms[0].word: Should be a word of 2 to 40 characters without white space; this term is ignored.\n`);
      assert.equal(english.status, 2);
      assert.deepEqual((JSON.parse(bad.stdout) as JsonFileResult[])[0].diagnostics.map((d) => d.code), ['word-confusable']);
    } finally {
      cleanup();
    }
  });
});
