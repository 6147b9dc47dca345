import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { breaksVerbatim } from '../../server/src/core/parser/verbatim';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { fixAllText as fixAll } from '../../server/src/service/fixAll';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';

function spans(text: string): string[] {
  return parseDocument(text).verbatim.map((s) => text.slice(s.start, s.end));
}

describe('verbatim spans: Markdown and YAML syntax, code, addresses, HTML', () => {
  it('front matter at the start, closed by --- and holding a key', () => {
    const text = '---\n标题: 关于开展检查的通知\ntags: [a, b]\n---\n正文(一)内容,完毕.';
    assert.deepEqual(spans(text), ['---\n标题: 关于开展检查的通知\ntags: [a, b]\n---']);
    // A --- separator line with no key lines, or not at the start, is no front matter.
    assert.deepEqual(spans('---\n正文\n---\n'), []);
    assert.deepEqual(spans('前言\n---\n标题: x\n---\n'), []);
  });

  it('fenced code (closed, or running to the end) and inline code', () => {
    assert.deepEqual(spans('正文\n```\na, b: c\n```\n后文`x,y`和`z`'), ['```\na, b: c\n```', '`x,y`', '`z`']);
    assert.deepEqual(spans('正文\n~~~js\na,b\n'), ['~~~js\na,b\n']);
    // A lone backtick or one closing on another line opens nothing.
    assert.deepEqual(spans('甲`乙\n丙`丁'), []);
  });

  it('link and image syntax: the brackets and the destination, not the link text', () => {
    const text = '详见[实施方案](./a.md)和![示意图](img/1.png "图 1")，及[定义](https://x.cn/a_(1))。';
    assert.deepEqual(spans(text), ['[', '](./a.md)', '![', '](img/1.png "图 1")', '[', '](https://x.cn/a_(1))']);
    assert.deepEqual(spans('[1]: http://www.gov.cn/a\n正文'), ['[1]: http://www.gov.cn/a']);
  });

  it('addresses without the punctuation of the sentence after them; HTML comments and tags', () => {
    assert.deepEqual(spans('原文链接:https://www.gov.cn/zhengce/1.htm,请查阅www.x.cn。'), ['https://www.gov.cn/zhengce/1.htm', 'www.x.cn']);
    assert.deepEqual(spans('甲<br>乙<!-- gongwen-disable-line -->丙<关于推动…>'), ['<br>', '<!-- gongwen-disable-line -->']);
  });

  it('breaksVerbatim: an edit may cover a span whole, never reach into it', () => {
    const doc = parseDocument('甲[方案](./a.md)乙');
    const v = doc.verbatim; // [1,2) and [4,13)
    assert.equal(breaksVerbatim(v, 0, 1), false);
    assert.equal(breaksVerbatim(v, 0, 14), false, 'the whole link deleted');
    assert.equal(breaksVerbatim(v, 4, 5), true, 'inside the destination');
    assert.equal(breaksVerbatim(v, 12, 14), true, 'part of it');
    assert.equal(breaksVerbatim(v, 6, 6), true, 'an insertion inside');
    assert.equal(breaksVerbatim(v, 4, 4), false, 'an insertion at its edge');
    assert.equal(breaksVerbatim(v, 13, 14), false);
  });
});

describe('every rule and fix leaves Markdown and YAML alone', () => {
  const draft = [
    '---',
    '标题: 关于印发实施方案的通知',
    '日期: 2024-03-12',
    '---',
    '',
    '各区县人民政府,市直各单位:',
    '现将[实施方案](./fangan.md)印发给你们(见附件),请认真贯彻执行。参见`config:a,b`与https://www.gov.cn/a,b,c。',
    '',
    '```',
    '代码(一),不改',
    '```',
  ].join('\n');

  it('fix-all converts the prose and nothing else', () => {
    const fixed = fixAll(draft, DEFAULT_CONFIG).text;
    assert.equal(fixed, [
      '---',
      '标题: 关于印发实施方案的通知',
      '日期: 2024-03-12',
      '---',
      '',
      '各区县人民政府，市直各单位：',
      '现将[实施方案](./fangan.md)印发给你们（见附件），请认真贯彻执行。参见`config:a,b`与https://www.gov.cn/a,b,c。',
      '',
      '```',
      '代码(一),不改',
      '```',
    ].join('\n'));
  });

  it('no finding lies in the front matter, the code or the link syntax', () => {
    const doc = parseDocument(draft);
    for (const f of analyzeText(draft).findings) assert.equal(breaksVerbatim(doc.verbatim, f.start, f.end), false, `${f.ruleId} ${draft.slice(f.start, f.end)}`);
  });
});
