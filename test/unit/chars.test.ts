import { strict as assert } from 'node:assert';
import { wordAlternation } from '../../server/src/core/text/alternation';
import { isChineseContext, isChineseContextCode, isHanCode } from '../../server/src/core/text/chars';
import { continuesWrappedLine } from '../../server/src/core/text/hardWrap';
import { LineIndex } from '../../server/src/core/text/lineIndex';

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

describe('continuesWrappedLine (lines broken by a PDF page width)', () => {
  const joins = (text: string) => {
    const lines = new LineIndex(text);
    return Array.from({ length: lines.lineCount }, (_, line) => continuesWrappedLine(text, lines, line));
  };

  it('a full line of running text broken mid-sentence goes on on the next line, up to the paragraph\'s last line', () => {
    const text = '今天召开全区农村工作会议，主要任务是深入贯彻中央和省委、市委\n农村工作会议精神，总结去年工作，部署今年任务。俗话说：“一年\n之计在于春”，各镇街要抓早抓小。\n全区粮食播种面积稳定在32万亩以上，确保颗粒归仓，守住底线。';
    assert.deepEqual(joins(text), [false, true, true, false]);
  });

  it('a heading, a short title line, an indented line, a numbered line, a paragraph longer than a page line and a wider next line start paragraphs of their own', () => {
    assert.deepEqual(joins('一、牢记“国之大者”，坚决扛起生态文明建设政治责任和历史使命\n过去一年，全市上下坚持以习近平生态文明思想为指导。'), [false, false], 'after a numbered heading');
    assert.deepEqual(joins('关于进一步加强农村人居环境整治\n工作的实施意见'), [false, false], 'a title wrapped');
    assert.deepEqual(joins('今天召开全区农村工作会议，主要任务是深入贯彻中央和省委、\n　　市委农村工作会议精神，总结去年工作。'), [false, false], 'indented');
    assert.deepEqual(joins('今天召开全区农村工作会议，主要任务是深入贯彻中央和省委、\n（一）提高思想认识'), [false, false], 'a heading marker');
    const long = '过去一年，全市上下坚持以习近平生态文明思想为指导，'.repeat(5) + '持续深入打好蓝天碧水净土保卫战';
    assert.deepEqual(joins(`${long}\n生态环境质量持续改善。`), [false, false], 'longer than a page line');
    assert.deepEqual(joins('今天召开全区农村工作会议，主要任务是深入贯彻中央和省委\n市委农村工作会议精神，总结去年工作，部署今年任务，动员全区上下坚定信心。'), [false, false], 'the next line is wider');
  });

  it('an article (第一条 …) and a run-in heading whose body follows on its line are running text: the next line may continue them', () => {
    // A regulation copied from a web page of fixed width: the article's text breaks inside 《…》.
    const article = '第一条 为规范和推进全市城镇老旧小区改造工作，改善居民居住条件，根据《国务院办公\n厅关于全面推进城镇老旧小区改造工作的指导意见》和省有关文件精神，制定本细则。\n第二条 本细则自2024年7月1日起施行。';
    assert.deepEqual(joins(article), [false, true, false]);
    const runIn = '（一）全面落实公平竞争政策。持续破除市场准入壁垒，全面落实“全国一张清单”管\n理模式，不得额外对民营企业设置准入条件。';
    assert.deepEqual(joins(runIn), [false, true]);
    // A heading that is the whole line stays a paragraph of its own, and so does a chapter's title.
    assert.deepEqual(joins('一、持续优化民营经济发展环境，全面落实公平竞争政策和市场准入\n负面清单制度，破除各种隐性壁垒。'), [false, false], 'a heading line without a sentence end');
    assert.deepEqual(joins('第一章 总则\n第一条 为规范城镇老旧小区改造工作，制定本细则。'), [false, false], 'a chapter title');
  });
});
