import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { contextExcerpt, diagnosticMessage } from '../../server/src/service/diagnosticMessage';

const excerpt = (text: string, start: number, end: number) => contextExcerpt(new LineIndex(text), start, end);

describe('diagnostic messages: the advice, then the context excerpt', () => {
  it('puts six characters either side of the finding after the message, … where the line goes on', () => {
    const text = '2020年全市接待国内外游客×万人次，实现旅游收入×亿元，分别恢复到去年同期的八成。';
    const at = text.indexOf('×');
    const message = '叉号占位符“×”：此处缺少数字，请填写实际数值。';
    assert.equal(diagnosticMessage(new LineIndex(text), { ruleId: 'placeholder-cross', messageId: 'number', start: at, end: at + 1, message }), `${message}（“…待国内外游客×万人次，实现…”）`);
  });

  it('marks no cut at the line’s start or end, and shows a short line whole', () => {
    assert.equal(excerpt('×县要加强统筹协调，形成工作合力。', 0, 1), '×县要加强统筹…');
    assert.equal(excerpt('一、总体要求\n（三）工作目标', 7, 10), '（三）工作目标');
  });

  it('shows a long finding by its first twelve characters', () => {
    const text = '首页 > 政务公开 > 通知公告 > 正文内容页面';
    assert.equal(excerpt(text, 0, text.length), '首页 > 政务公开 >…');
  });

  it('stays on the finding’s first line (CRLF too) and reads whitespace runs as one space', () => {
    assert.equal(excerpt('第一行文字\r\n第二行，有×处。\r\n第三行', 7, 20), '第二行，有×处。');
    assert.equal(excerpt('压实政治责任\u3000\u3000。全市上下', 6, 8), '压实政治责任 。全市上下');
  });

  it('marks a cut only where the line holds more than white space beyond the excerpt (any white space trim removes)', () => {
    const tail = '\t\u3000\u00a0\u2028\u2003\ufeff ';
    assert.equal(excerpt(`${tail}各地要落实×项措施${tail}`, tail.length + 5, tail.length + 6), '各地要落实×项措施');
    assert.equal(excerpt(`前${tail}各地要落实×项措施${tail}后`, tail.length + 6, tail.length + 7), '…各地要落实×项措施…');
    assert.equal(excerpt(`各地要落实×项措施。\n下一行`, 5, 6), '各地要落实×项措施。');
  });

  it('never cuts a surrogate pair', () => {
    const text = '请点击👉👉加微信联系老师获取全文资料包';
    const at = text.indexOf('加');
    assert.equal(excerpt(text, at, at + 3), '…点击👉👉加微信联系老师获取…');
    const cut = excerpt('一二三四五👉加微信', 7, 8);
    assert.ok(!/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(cut.replace(/…/g, '')), cut);
  });

  it('adds nothing for a finding on an empty line', () => {
    assert.equal(diagnosticMessage(new LineIndex('一、总体要求\n\n二、任务'), { ruleId: 'numbering-gap', messageId: 'gap', start: 7, end: 7, message: '缺少内容。' }), '缺少内容。');
  });
});
