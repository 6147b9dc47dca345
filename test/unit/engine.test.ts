import { strict as assert } from 'node:assert';
import { analyzeDocument, shiftFinding } from '../../server/src/core/engine/analyze';
import { lazyFix, type Finding } from '../../server/src/core/model/findings';
import { fixTitle } from '../../server/src/core/rules/fixTitles';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { formatMessage, type Rule } from '../../server/src/core/rules/rule';

/** A rule reporting the first line's text through a message template. */
const templated: Rule = {
  id: 'word-test-template', category: 'word', defaultSeverity: 'warning', description: '测试', descriptionEn: 'test', fixable: false,
  messages: { found: '找到“{text}”，应改为“{fix}”。' },
  messagesEn: { found: 'Found “{text}”: write “{fix}”.' },
  check(doc, ctx) {
    ctx.report({ messageId: 'found', data: { text: doc.text.slice(0, 2), fix: '部署' }, start: 0, end: 2 });
  },
};

describe('engine: message templates and categories', () => {
  it('fills a template from the finding data and keeps the id and category', () => {
    const [f] = analyzeDocument(parseDocument('布署工作。'), DEFAULT_CONFIG, {}, [templated]).findings;
    assert.equal(f.message, '找到“布署”，应改为“部署”。');
    assert.equal(f.messageId, 'found');
    assert.equal(f.category, 'word');
    assert.deepEqual(f.data, { text: '布署', fix: '部署' });
  });
  it('leaves an unknown placeholder as written', () => {
    assert.equal(formatMessage('缺少{what}与{other}', { what: '数字' }), '缺少数字与{other}');
  });
  it('fills the same template from each data object anew (templates are split once and kept)', () => {
    const template = '第{n}处“{mark}”，共{n}处';
    assert.equal(formatMessage(template, { n: 1, mark: '，' }), '第1处“，”，共1处');
    assert.equal(formatMessage(template, { n: 2, mark: '；' }), '第2处“；”，共2处');
    assert.equal(formatMessage(template, undefined), template);
    assert.equal(formatMessage('{mark}', { mark: '：' }), '：');
    assert.equal(formatMessage('没有占位', { mark: '：' }), '没有占位');
  });
  it('fills in the message of a data object shared by many findings once, per message id', () => {
    let reads = 0;
    const data = { get mark() { reads++; return '，'; } };
    const shared: Rule = {
      ...templated, messages: { one: '半角“{mark}”。', other: '另一种“{mark}”。' },
      check(_doc, ctx) {
        for (let i = 0; i < 3; i++) ctx.report({ messageId: 'one', data, start: i, end: i + 1 });
        ctx.report({ messageId: 'other', data, start: 3, end: 4 });
      },
    };
    const found = analyzeDocument(parseDocument('布署工作。'), DEFAULT_CONFIG, {}, [shared]).findings;
    assert.deepEqual(found.map((f) => f.message), ['半角“，”。', '半角“，”。', '半角“，”。', '另一种“，”。']);
    // `formatMessage` reads a value twice (is it there, what is it): once for 'one', once for 'other'.
    assert.equal(reads, 4);
  });
  it('reports a missing template as a rule failure, not as a finding', () => {
    const broken: Rule = { ...templated, messages: {} };
    const result = analyzeDocument(parseDocument('布署工作。'), DEFAULT_CONFIG, {}, [broken]);
    assert.deepEqual(result.findings, []);
    assert.equal(result.failures.length, 1);
    assert.match(result.failures[0].error, /no message template “found”/);
  });
  it('gives every parsed document a frame whose zones partition the text', () => {
    const text = '关于做好工作的通知\n一、总体要求\n正文。';
    const { frame } = parseDocument(text);
    assert.equal(frame.zones[0].start, 0);
    assert.equal(frame.zones[frame.zones.length - 1].end, text.length);
    for (let i = 1; i < frame.zones.length; i++) assert.equal(frame.zones[i].start, frame.zones[i - 1].end);
  });
  it('a finding moved after an edit keeps its fixes\' title ids and data (an English menu reads them), the edits still built only when read', () => {
    let built = 0;
    const fix = lazyFix({ ...fixTitle('replace', { text: '部署' }), safe: true }, () => (built++, [{ start: 0, end: 2, newText: '部署' }]));
    const [f] = analyzeDocument(parseDocument('布署工作。'), DEFAULT_CONFIG, {}, [templated]).findings;
    const [moved] = shiftFinding({ ...f, fixes: [fix] }, 3).fixes;
    assert.equal(built, 0);
    assert.deepEqual({ ...moved }, { title: '改为“部署”', titleId: 'replace', titleData: { text: '部署' }, safe: true, edits: [{ start: 3, end: 5, newText: '部署' }] });
    assert.equal(built, 1);
  });
  it('in a draft holding verbatim text, a lazy fix is built only when read, and a fix editing into the verbatim text is still dropped', () => {
    let built = 0;
    const text = '布署工作，见 https://www.gov.cn/a 。';
    const url = text.indexOf('https');
    const lazyRule: Rule = {
      ...templated,
      check(_doc, ctx) {
        ctx.report({
          messageId: 'found', data: { text: '布署', fix: '部署' }, start: 0, end: 2,
          fixes: [
            lazyFix({ ...fixTitle('replace', { text: '部署' }), safe: true }, () => (built++, [{ start: 0, end: 2, newText: '部署' }])),
            { ...fixTitle('replace', { text: 'x' }), safe: false, edits: [{ start: url + 2, end: url + 3, newText: 'x' }] },
          ],
        });
      },
    };
    const doc = parseDocument(text);
    assert.ok(doc.verbatim.length > 0);
    const [f] = analyzeDocument(doc, DEFAULT_CONFIG, {}, [lazyRule]).findings;
    assert.equal(built, 0);
    assert.deepEqual(f.fixes.map((fix) => fix.edits), [[{ start: 0, end: 2, newText: '部署' }]]);
    assert.equal(built, 1);
    assert.equal(f.fixes, f.fixes);
  });
  it('a finding moved again and again has the edits of its original moved once by the sum, built once', () => {
    let built = 0;
    const fix = lazyFix({ ...fixTitle('replace', { text: '部署' }), safe: true }, () => (built++, [{ start: 0, end: 2, newText: '部署' }]));
    const [f] = analyzeDocument(parseDocument('布署工作。'), DEFAULT_CONFIG, {}, [templated]).findings;
    let moved: Finding = { ...f, fixes: [fix] };
    for (const by of [3, -1, 10, 2]) moved = shiftFinding(moved, by);
    assert.equal(built, 0);
    assert.deepEqual([moved.start, moved.end], [14, 16]);
    assert.deepEqual(moved.fixes[0].edits, [{ start: 14, end: 16, newText: '部署' }]);
    assert.deepEqual(shiftFinding(moved, 1).fixes[0].edits, [{ start: 15, end: 17, newText: '部署' }]);
    assert.equal(built, 1);
    assert.equal(moved.fixes[0].titleId, 'replace');
  });
});
