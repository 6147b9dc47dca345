import { strict as assert } from 'node:assert';
import { wordAlternation } from '../../server/src/core/text/alternation';
import { isChineseContext, isChineseContextCode, isHanCode } from '../../server/src/core/text/chars';

describe('chars: the one vocabulary of character classes', () => {
  it('Han: unified ideographs, extension A, compatibility ideographs and the first unit of the extension planes', () => {
    for (const ch of ['一', '龥', '㐀', '丽', '𠀀']) assert.ok(isHanCode(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '1', '，', '😀', '\udc00']) assert.ok(!isHanCode(ch.charCodeAt(0)), JSON.stringify(ch));
  });

  it('Chinese context: Han characters and Chinese punctuation, never Latin, digits or emoji', () => {
    for (const ch of ['中', '，', '。', '“', '”', '《', '…', '—', '·', '％', '\u3000']) assert.ok(isChineseContext(ch) && isChineseContextCode(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '5', ',', '%', '😀', '', undefined]) assert.ok(!isChineseContext(ch), JSON.stringify(ch));
  });
});

describe('wordAlternation (a prefix tree as a regular expression)', () => {
  it('writes common prefixes once, and a word that is a prefix of another as an optional rest', () => {
    assert.equal(wordAlternation(['发布时间', '发布日期', '来源', '信息来源']), '(?:发布(?:时间|日期)|来源|信息来源)');
    assert.equal(wordAlternation(['编辑', '编辑部']), '(?:编辑(?:部)?)');
    assert.equal(wordAlternation(['索引号'], '[ \\u3000]{0,2}'), '(?:索[ \\u3000]{0,2}引[ \\u3000]{0,2}号)');
    assert.equal(wordAlternation(['a.b', 'QQ']), '(?:a\\.b|QQ)');
    assert.equal(new RegExp(wordAlternation([])).test(''), false, 'no words: matches nothing');
  });

  it('matches exactly the words, the longer of two first, as a flat alternation sorted longest first does', () => {
    const words = ['发布', '发布时间', '发布者', '来源', '文章来源', '编辑', '责任编辑', 'QQ', 'QQ空间', '字号'];
    const tree = new RegExp(`^${wordAlternation(words)}`);
    const flat = new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`);
    for (const text of [...words, '发布时间：', '发布者张三', '发', '空间', 'QQ空', '责任', '字号大', '来源于', '']) {
      assert.equal(tree.exec(text)?.[0], flat.exec(text)?.[0], text);
    }
    const spaced = new RegExp(`^${wordAlternation(['索引号', '有效性'], '[ \\u3000]{0,2}')}[：:]`);
    assert.ok(spaced.test('索 引 号：'));
    assert.ok(spaced.test('有\u3000效\u3000性:'));
    assert.ok(!spaced.test('索   引号：'), 'at most two spaces between letters');
  });
});
