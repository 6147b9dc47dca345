import { strict as assert } from 'node:assert';
import { chromeLine, interiorChromeLine } from '../../server/src/core/parser/chrome';

/**
 * `chromeLine` and `interiorChromeLine` keep each line content's pattern (parser/chrome.ts): the answer
 * must be the one the patterns give, wherever the line stands, in whichever order the two are asked,
 * and after the memo has been emptied.
 */
describe('line chrome shapes memoised by content', () => {
  const TOOLBAR = '【打印本页】【关闭窗口】';
  /** Chrome only around the document (not `anywhere`): interiorChromeLine says nothing. */
  const MAINTAINER = '技术支持：某某网络科技有限公司';
  const SENTENCE = '各地要加强组织领导，确保各项任务落到实处。';

  const at = (line: string, before: string, after: string) => ({ text: before + line + after, start: before.length, end: before.length + line.length });

  it('gives the same answer for the same content at other offsets and in other texts', () => {
    for (const [before, after] of [['', ''], ['关于做好工作的通知\n', '\n一、总体要求'], ['\n\n\n', 'x']]) {
      const toolbar = at(TOOLBAR, before, after);
      assert.deepEqual(chromeLine(toolbar.text, toolbar.start, toolbar.end), { kind: 'navigation', what: '网页工具栏' });
      assert.deepEqual(interiorChromeLine(toolbar.text, toolbar.start, toolbar.end), { kind: 'navigation', what: '网页工具栏' });
      const sentence = at(SENTENCE, before, after);
      assert.equal(chromeLine(sentence.text, sentence.start, sentence.end), undefined);
      assert.equal(interiorChromeLine(sentence.text, sentence.start, sentence.end), undefined);
    }
  });

  it('keeps apart what is chrome anywhere and what only around the document, whichever is asked first', () => {
    const first = at(MAINTAINER, '甲', '乙');
    assert.equal(interiorChromeLine(first.text, first.start, first.end), undefined);
    assert.deepEqual(chromeLine(first.text, first.start, first.end), { kind: 'navigation', what: '网站维护信息' });
    assert.equal(interiorChromeLine(first.text, first.start, first.end), undefined);
  });

  it('reads only the bounds given: a part of a chrome line is not the line', () => {
    const toolbar = at(TOOLBAR, '', '');
    assert.deepEqual(chromeLine(toolbar.text, 0, TOOLBAR.length), { kind: 'navigation', what: '网页工具栏' });
    assert.equal(chromeLine(`${SENTENCE}${TOOLBAR}`, 0, SENTENCE.length + 3), undefined);
    assert.equal(chromeLine(toolbar.text, 2, 2), undefined);
  });

  it('answers the same after more contents than the memo keeps', () => {
    const toolbar = at(TOOLBAR, '前言\n', '\n');
    assert.deepEqual(chromeLine(toolbar.text, toolbar.start, toolbar.end), { kind: 'navigation', what: '网页工具栏' });
    // More distinct lines than the memo's bound (20,000): it is emptied on the way.
    for (let i = 0; i < 25_000; i++) {
      const line = `第${i}项工作要求，各单位认真落实。`;
      assert.equal(chromeLine(line, 0, line.length), undefined);
    }
    assert.deepEqual(chromeLine(toolbar.text, toolbar.start, toolbar.end), { kind: 'navigation', what: '网页工具栏' });
    const sentence = at(SENTENCE, '', '');
    assert.equal(interiorChromeLine(sentence.text, sentence.start, sentence.end), undefined);
  });
});
