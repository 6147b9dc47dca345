import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import wordData from '../../server/src/core/words/data/words.json';
import wordSchema from '../../server/src/core/words/data/words.schema.json';
import { validateWordData } from '../../server/src/core/words/entries';
import type { WordEntry } from '../../server/src/core/words/entries';
import { WordLexicon } from '../../server/src/core/words/lexicon';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { loadResources } from '../../server/src/resources';

const resources = loadResources();
const lexicon = resources.words!;

describe('word list data', () => {
  it('words.json is valid against words.schema.json and the loader, with at least 300 entries', () => {
    const validate = new Ajv({ allErrors: true }).compile(wordSchema);
    assert.ok(validate(wordData), JSON.stringify(validate.errors, null, 2));
    const { data, problems } = validateWordData(wordData, 'words.json');
    assert.deepEqual(problems, []);
    assert.ok(data!.entries.length >= 300, `${data!.entries.length} entries`);
    assert.ok(data!.entries.filter((e) => e.list === '异形词').length >= 300);
  });

  it('no two entries share a word and a context', () => {
    const seen = new Set<string>();
    for (const e of wordData.entries as WordEntry[]) {
      const key = JSON.stringify([e.wrong, e.before, e.after, e.notBefore, e.notAfter, e.later]);
      assert.ok(!seen.has(key), `${e.wrong} twice`);
      seen.add(key);
    }
  });
});

/** Generated from the data: every entry's correct examples stay silent, its incorrect ones fire with its fix. */
describe('word list entries, one by one', () => {
  for (const entry of wordData.entries as WordEntry[]) {
    const name = `${entry.list} ${entry.wrong} → ${entry.right}${entry.before || entry.after || entry.later ? '（限语境）' : ''}`;
    it(name, () => {
      for (const sentence of entry.correct) {
        const hits = lexicon.scan(sentence);
        assert.deepEqual(hits.map((h) => `${h.entry.wrong}→${h.entry.right}`), [], `correct example fires: ${sentence}`);
      }
      for (const sentence of entry.incorrect) {
        const hits = lexicon.scan(sentence).filter((h) => h.entry === lexicon.entries.find((e) => e.wrong === h.entry.wrong && e === h.entry));
        const mine = hits.filter((h) => h.entry.wrong === entry.wrong && h.entry.right === entry.right);
        assert.ok(mine.length >= 1, `incorrect example is silent: ${sentence} (found ${hits.map((h) => h.entry.wrong).join('、') || 'nothing'})`);
        const fixed = sentence.slice(0, mine[0].start) + entry.right + sentence.slice(mine[0].end);
        assert.equal(sentence.slice(mine[0].start, mine[0].end), entry.wrong);
        assert.ok(fixed.includes(entry.right!), fixed);
      }
    });
  }
});

describe('word rules', () => {
  const findings = (text: string) => analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((f) => f.category === 'word');

  it('reports a confusable word with its reason and offers the replacement (not a safe fix)', () => {
    const text = '截止2023年底，全市已完成统一布署。';
    const list = findings(text);
    assert.deepEqual(list.map((f) => [f.ruleId, text.slice(f.start, f.end), f.messageId, f.data?.right]), [
      ['word-confusable', '截止', 'replace', '截至'],
      ['word-confusable', '布署', 'replace', '部署'],
    ]);
    assert.match(list[0].message, /^“截止”应为“截至”：“截至”后接时间/);
    assert.deepEqual(list[1].fixes, [{ title: '改为“部署”', titleId: 'replace', titleData: { text: '部署' }, edits: [{ start: 16, end: 18, newText: '部署' }], safe: false }]);
    assert.equal(list[0].severity, 'warning');
  });

  it('reports a variant form as information, citing GF 1001—2001', () => {
    const text = '鼓励社会力量参预基层治理。';
    const [f] = findings(text);
    assert.equal(f.ruleId, 'word-variant-form');
    assert.equal(f.severity, 'information');
    assert.equal(f.message, '异形词：“参预”应写作推荐词形“参与”。《第一批异形词整理表》以“参与”为推荐词形，“参预”为非推荐词形。');
    assert.equal(text.slice(f.start, f.end), '参预');
  });

  it('context decides: 截止 after a date, 做出 before a concrete thing, 法制 in official names are silent', () => {
    assert.deepEqual(findings('报名于5月31日截止。做出样品送检。全国人大常委会法制工作委员会负责。'), []);
  });

  it('的 or 得 after an adverbial before a verb of result (认真的做好, 扎扎实实的抓好, 清醒得认识到) is 地; before a noun it stays', () => {
    const text = '会议要求，各乡镇要认真的做好隐患排查工作，扎扎实实的抓好整改落实，清醒得认识到存在的差距。';
    const list = findings(text);
    assert.deepEqual(list.map((f) => [f.ruleId, text.slice(f.start, f.end), f.start, f.data?.right]), [
      ['word-confusable', '认真的', 9, '认真地'], ['word-confusable', '扎扎实实的', 21, '扎扎实实地'], ['word-confusable', '清醒得', 33, '清醒地'],
    ]);
    assert.deepEqual(findings('以认真的态度、扎实的作风、清醒的认识推动工作，经过认真的研究，会议同意。'), []);
  });

  it('的 before a complement that ends the clause after a verb (发展的更好。, 做的很好，) is 得; before a noun it stays', () => {
    const text = '让农民群众的生活发展的更好。这项工作做的很好，群众满意。';
    const list = findings(text);
    assert.deepEqual(list.map((f) => [f.ruleId, text.slice(f.start, f.end), f.start, f.data?.right]), [
      ['word-confusable', '的更好', 10, '得更好'], ['word-confusable', '的很好', 19, '得很好'],
    ]);
    assert.deepEqual(findings('为群众提供的更好服务，为企业创造发展的更好条件。'), []);
  });

  it('overlapping entries: the longer word wins, a whitelist phrase silences', () => {
    const text = '帮助企业度过难关。';
    assert.deepEqual(lexicon.scan(text).map((h) => [h.entry.wrong, h.entry.right]), [['度过难关', '渡过难关']]);
    const allowed = new WordLexicon(lexicon.entries, ['统一布署']);
    assert.deepEqual(allowed.scan('统一布署，另行布署。').map((h) => h.start), [7]);
  });
});
