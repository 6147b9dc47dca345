import { strict as assert } from 'node:assert';
import { parseDocument, reparseDocument } from '../../server/src/core/parser/parseDocument';
import { parseChineseNumeral, formatChineseNumeral } from '../../server/src/core/parser/numerals';
import type { PolicyDocument, Section } from '../../server/src/core/model/document';
import { readText, SEEDS_DIR } from '../helpers/paths';
import * as path from 'node:path';

/** The outline as `depth marker title` lines: compact enough to assert whole trees. */
function outline(section: Section, depth = 0): string[] {
  return section.children.flatMap((c) => [`${depth} ${c.heading!.marker?.text ?? '·'}${c.heading!.title}`, ...outline(c, depth + 1)]);
}

describe('numerals', () => {
  it('parses Chinese numerals of any size', () => {
    assert.equal(parseChineseNumeral('一'), 1);
    assert.equal(parseChineseNumeral('十'), 10);
    assert.equal(parseChineseNumeral('十一'), 11);
    assert.equal(parseChineseNumeral('二十三'), 23);
    assert.equal(parseChineseNumeral('一百零五'), 105);
    assert.equal(parseChineseNumeral('一百一十'), 110);
    assert.equal(parseChineseNumeral('一〇五'), 105);
    assert.ok(Number.isNaN(parseChineseNumeral('二三')));
  });
  it('formats them back', () => {
    for (const n of [1, 9, 10, 11, 20, 23, 99, 100, 105, 110, 999]) assert.equal(parseChineseNumeral(formatChineseNumeral(n)), n, String(n));
    assert.equal(formatChineseNumeral(105), '一百零五');
    assert.equal(formatChineseNumeral(15), '十五');
  });
});

describe('parser: headings', () => {
  it('recognises the GB/T 9704 hierarchy with both bracket widths and all separators', () => {
    const doc = parseDocument('一、总体要求\n（一）指导思想\n1.坚持党的领导\n（1）加强组织\n①明确责任\n(二)基本原则\n2．统筹推进\n3、分类施策\n二、重点任务');
    assert.deepEqual(outline(doc.root), [
      '0 一、总体要求', '1 （一）指导思想', '2 1.坚持党的领导', '3 （1）加强组织', '4 ①明确责任',
      '1 (二)基本原则', '2 2．统筹推进', '2 3、分类施策', '0 二、重点任务',
    ]);
    const h = doc.headings[1];
    assert.deepEqual(
      { scheme: h.marker!.scheme, value: h.marker!.value, start: h.marker!.start, end: h.marker!.end, titleStart: h.titleStart, titleEnd: h.titleEnd, line: h.line },
      { scheme: 'chinese-paren', value: 1, start: 7, end: 10, titleStart: 10, titleEnd: 14, line: 1 },
    );
  });

  it('reads large Chinese numerals in markers', () => {
    const doc = parseDocument('十一、甲\n二十三、乙\n一百零五、丙');
    assert.deepEqual(doc.headings.map((h) => h.marker!.value), [11, 23, 105]);
  });

  it('nests regulation style: 章 → 节 → 条 → （一）', () => {
    const doc = parseDocument('第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 管理\n第一节 一般规定\n第二条 应当遵守下列规定：\n（一）依法；\n（二）合规。\n第一部分 附录');
    assert.deepEqual(outline(doc.root), [
      '0 第一章总则', '1 第一条为了规范管理，制定本办法', '0 第二章管理', '1 第一节一般规定', '2 第二条应当遵守下列规定：', '3 （一）依法', '3 （二）合规', '0 第一部分附录',
    ]);
  });

  it('ends a run-in heading title at the first full stop', () => {
    const doc = parseDocument('（一）指导思想。以习近平新时代中国特色社会主义思想为指导。');
    assert.equal(doc.headings[0].title, '指导思想');
  });

  it('splits headings that a conversion ran into one line (seed 003)', () => {
    const doc = parseDocument('行动计划(征求意见稿)一、总体要求(一)指导思想以生态文明思想为指导。(二)奋斗目标到2025年完成。二、重点任务(一)加快推动绿色转型升级推进落实。');
    assert.deepEqual(outline(doc.root), ['0 一、总体要求', '1 (一)指导思想以生态文明思想为指导', '1 (二)奋斗目标到2025年完成', '0 二、重点任务', '1 (一)加快推动绿色转型升级推进落实']);
    assert.ok(doc.headings.every((h) => h.inline));
  });

  it('reads digits that end a heading title as one number, not as a run-in child glued to a figure', () => {
    // `任务11.` is no `任务1` + `1.`: whether it was read so depended on which styles start other lines.
    const doc = parseDocument('一、重点任务11.推进数字化\n1.加强统筹协调，形成工作合力。');
    assert.deepEqual(doc.headings.map((h) => `${h.line} ${h.marker?.text}`), ['0 一、', '1 1.']);
  });

  it('does not take 、 in running text for inline headings', () => {
    const doc = parseDocument('11.“五统一、一开放”：指统一市场基础制度。\n第二、三季度经济回升。');
    assert.deepEqual(doc.headings.map((h) => h.marker?.text), ['11.']);
  });

  it('takes short unpunctuated lines as unnumbered title lines (seed 004)', () => {
    const text = readText(path.join(SEEDS_DIR, '004_997e82abd204aa71.txt'));
    const doc = parseDocument(text);
    const titles = doc.headings.map((h) => h.title);
    assert.ok(titles.includes('过去五年——'));
    assert.ok(titles.includes('全市生态环境质量得到全面改善'));
    assert.ok(doc.headings.every((h) => h.marker === undefined));
  });

  it('does not take figures like 2.5 or years for headings', () => {
    const doc = parseDocument('2.5\n2020年是极不平凡的一年。\n1.5万亿元投资已到位。');
    assert.equal(doc.headings.filter((h) => h.marker).length, 0);
  });

  it('strips Markdown heading marks; a `#` title is the document title, not a section', () => {
    const doc = parseDocument('# 条例\n## 第一章 总则');
    assert.deepEqual(outline(doc.root), ['0 第一章总则']);
    assert.equal(doc.text.slice(doc.frame.title!.start, doc.frame.title!.end), '条例');
  });

  it('honours Markdown levels of headings without a marker', () => {
    const doc = parseDocument('# 方案\n## 背景\n正文。\n### 现状\n正文。\n## 目标\n正文。');
    assert.deepEqual(outline(doc.root), ['0 ·背景', '1 ·现状', '0 ·目标']);
  });
});

describe('parser: page-number residue (seed 003)', () => {
  const text = readText(path.join(SEEDS_DIR, '003_a06af7908e590dba.txt'));
  const doc = parseDocument(text);
  it('finds the page numbers 1、 … 13、 and takes none of them for a heading', () => {
    assert.deepEqual(doc.pageNumberResidue.map((r) => r.value), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    assert.ok(doc.headings.every((h) => h.marker?.scheme !== 'arabic'));
  });
  it('knows which breaks split running text (`到202` / `2、5年`)', () => {
    const two = doc.pageNumberResidue[1];
    assert.equal(text.slice(two.start, two.end), '2、');
    assert.equal(two.splitsText, true);
    assert.equal(doc.pageNumberResidue[0].splitsText, false);
  });
  it('still finds the run-in headings behind them', () => {
    assert.deepEqual(doc.headings.filter((h) => h.depth === 1).map((h) => h.marker!.text + h.title), ['一、总体要求', '二、重点任务', '三、保障措施']);
    assert.equal(doc.headings.length, 17);
  });
});

describe('parser: inline enumerations', () => {
  it('groups 一是/二是 across paragraphs of one section and ignores 统一是', () => {
    const doc = parseDocument('一、任务\n工作统一是基础。一是抓落实。\n二是抓督查。三是抓考核。\n二、保障\n首先，要提高认识；其次，要压实责任；最后，要加强考核。');
    assert.deepEqual(doc.enumerations.map((e) => [e.style, e.items.map((i) => i.text)]), [
      ['shi', ['一是', '二是', '三是']],
      ['shouxian', ['首先', '其次', '最后']],
    ]);
  });
  it('reads 一要/二要 and 第一/第二', () => {
    const doc = parseDocument('一要提高站位，二要压实责任。第一，加强领导；第二，强化保障。第一批试点已完成。');
    assert.deepEqual(doc.enumerations.map((e) => [e.style, e.items.map((i) => i.text)]), [
      ['yao', ['一要', '二要']],
      ['di', ['第一', '第二']],
    ]);
  });
});

describe('parser: robustness', () => {
  it('handles CRLF, CR, BOM and surrogate pairs with exact offsets', () => {
    const doc = parseDocument('\ufeff一、总体要求\r\n（一）👉指导思想\r二、任务');
    assert.deepEqual(doc.headings.map((h) => [h.marker!.text, h.title, h.line]), [['一、', '总体要求', 0], ['（一）', '👉指导思想', 1], ['二、', '任务', 2]]);
    assert.deepEqual(doc.lines.positionAt(doc.headings[2].start), { line: 2, character: 0 });
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n\n', '、、、', '（）', '第条', '一', '\u0000\u0001', '(一', '一、'.repeat(1000), '\ud800']) parseDocument(text);
  });
});

describe('parser: the re-parse of an edited draft', () => {
  const draft = [
    '一、总体要求',
    '坚持以人民为中心的发展思想，统筹推进各项工作。一是加强领导，二是压实责任。',
    '（一）指导思想。以习近平新时代中国特色社会主义思想为指导。（二）基本原则。坚持问题导向。',
    '到2025年，全市空气质量优良天数比例达到85%以上，详见[方案](./a.md)。',
    '二、重点任务',
    '各区县要结合实际制定具体方案，完成投资1.2亿元。',
  ].join('\n');
  const previous = parseDocument(draft);
  const edited = (at: number, inserted: string, deleted = 0) => {
    const text = draft.slice(0, at) + inserted + draft.slice(at + deleted);
    const doc = reparseDocument(previous, text);
    const fresh = parseDocument(text);
    for (const key of ['paragraphs', 'headings', 'root', 'enumerations', 'pageNumberResidue', 'directives', 'verbatim', 'frame'] as const) {
      assert.deepStrictEqual(doc[key], fresh[key], key);
    }
    return doc;
  };
  const titles = (doc: PolicyDocument) => doc.headings.map((h) => `${h.depth} ${h.marker?.text ?? ''}${h.title}`);

  it('typing in running text keeps the headings before the edit and moves those after it', () => {
    const doc = edited(draft.indexOf('统筹推进'), '字');
    assert.equal(doc.headings[0], previous.headings[0], 'the heading before the edit is the previous parse\'s');
    assert.deepEqual(titles(doc), ['1 一、总体要求', '2 （一）指导思想', '2 （二）基本原则', '1 二、重点任务']);
    assert.equal(doc.headings[3].start, previous.headings[3].start + 1);
    assert.deepEqual(doc.enumerations.map((e) => e.items.map((i) => i.text)), [['一是', '二是']]);
  });

  it('typing in a run-in heading\'s title reads both titles of its line again', () => {
    const doc = edited(draft.indexOf('基本原则') + 2, '和');
    assert.equal(doc.headings[0], previous.headings[0]);
    assert.deepEqual(titles(doc), ['1 一、总体要求', '2 （一）指导思想', '2 （二）基本和原则', '1 二、重点任务']);
  });

  it('a marker typed into running text makes a heading there and renumbers nothing else', () => {
    const doc = edited(draft.indexOf('到2025年'), '（三）');
    assert.deepEqual(titles(doc), ['1 一、总体要求', '2 （一）指导思想', '2 （二）基本原则', '2 （三）到2025年，全市空气质量优良天数比例达到85%以上，详见[方案](./a.md)', '1 二、重点任务']);
  });

  it('a fence opened in running text makes the rest of the draft verbatim', () => {
    const doc = edited(draft.indexOf('各区县'), '```\n');
    assert.deepEqual(doc.verbatim.map((v) => doc.text.slice(v.start, v.end)), ['[', '](./a.md)', '```\n各区县要结合实际制定具体方案，完成投资1.2亿元。']);
  });

  it('a number typed at a line start under a heading is a heading of its own, as a fresh parse reads it', () => {
    assert.deepEqual(titles(edited(draft.indexOf('各区县'), '1.')), ['1 一、总体要求', '2 （一）指导思想', '2 （二）基本原则', '1 二、重点任务', '2 1.各区县要结合实际制定具体方案，完成投资1.2亿元']);
  });
});
