import fc from 'fast-check';
import { formatChineseNumeral, CIRCLED } from '../../server/src/core/parser/numerals';

/**
 * Generators of policy drafts for property tests: every heading style the parser knows, run-together
 * headings, inline enumerations, placeholders, agency names, conversion residue, directives — and the
 * hostile input a real file can hold (emoji, CJK extension B, control characters, lone surrogates,
 * BOM, mixed CRLF/CR/LF, random strings).
 */

/** Runs per property: small by default so the suite stays fast; `FUZZ_RUNS=10000 npm test` for a long run. */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}

/** Cases generated in this mocha process, reported once at the end (README “可靠性” quotes it). */
export const generatedCases = { count: 0 };

export function counted<A extends unknown[]>(predicate: (...values: A) => void): (...values: A) => void {
  return (...values: A) => {
    generatedCases.count++;
    predicate(...values);
  };
}

const TITLES = ['总体要求', '指导思想', '基本原则', '重点任务', '保障措施', '加强组织领导', '推进生态环境治理', '附则', '总则', '法律责任'];
const BODY = [
  '坚持以人民为中心的发展思想，统筹推进各项工作。',
  '到2025年，全市空气质量优良天数比例达到85%以上',
  '各区县要结合实际制定具体方案',
  '（略）',
  '以习近平新时代中国特色社会主义思想为指导；',
  '完成投资1.2亿元，同比增长3.5%。',
  '见附件1。',
  '结合连江县实际，由连江县城市管理局牵头。',
];
const PLACEHOLDERS = ['[X]', '×县', '××县', 'XX', 'XXX', '202x年', '20XX年', '……略……', '（略）', '××××年××月××日', '审判长×××', '【待补充】', '___'];
/** Markdown and YAML a draft kept as `.md` holds: syntax no fix may break. */
const MARKDOWN = ['[方案](./a.md)', '![图1](img/1.png)', '`a,b:c`', '```', '---', '标题: 关于XX的通知', 'https://www.gov.cn/a,b', '[1]: http://x.cn/(a)', '<br>', '[链接](https://x.cn/a_(1))'];
const AGENCIES = ['市生态环境局', '市环保局', '市发改委', '市发展和改革委员会', '县人民政府', '省委办公厅', '国务院办公厅'];
const HOSTILE = [
  '😀', '👨‍👩‍👧', '🇨🇳', '𠀀', '𪚥', '𰻞', '\u{2a6d6}', // emoji, ZWJ sequence, flag, CJK extension B/G
  '\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u2028', '\u2029', '\ufeff', '\u3000', '\t',
  '\ud800', '\udfff', '\udc00\ud800', // lone surrogates, reversed pair
  '\r', '\n', '\r\n', '\n\r',
  '（', '）', '(', ')', '、', '.', '．', '。', '：', '，', '#', '##', '<!--', '-->',
  '①', '⑳', '第', '章', '条', '一', '十', '百', '千', '零', '〇', '两', '０', '９',
];

const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 130 }) },
);

function chineseNumeral(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: value.map((v) => (v === 0 ? '零' : formatChineseNumeral(v))) },
    { weight: 1, arbitrary: fc.constantFrom('〇', '两', '一〇五', '二三', '十十', '百', '千千', '零一') },
  );
}

function arabicNumeral(): fc.Arbitrary<string> {
  return fc.tuple(value, fc.boolean()).map(([v, full]) => {
    const s = String(v);
    return full ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
  });
}

const circled = fc.integer({ min: 0, max: CIRCLED.length - 1 }).map((i) => CIRCLED[i]);

/** A heading marker in any style the parser reads, with the punctuation writers get wrong. */
export const marker: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(chineseNumeral(), fc.constantFrom('、', '.', '．', '，')).map(([n, s]) => n + s),
  fc.tuple(fc.constantFrom('（', '('), chineseNumeral(), fc.constantFrom('）', ')'), fc.constantFrom('', '', '、', '.')).map((p) => p.join('')),
  fc.tuple(arabicNumeral(), fc.constantFrom('.', '．', '、')).map(([n, s]) => n + s),
  fc.tuple(fc.constantFrom('（', '('), arabicNumeral(), fc.constantFrom('）', ')'), fc.constantFrom('', '', '、')).map((p) => p.join('')),
  fc.tuple(circled, fc.constantFrom('', '', '、', '.')).map(([c, t]) => c + t),
  fc.tuple(fc.oneof(chineseNumeral(), arabicNumeral()), fc.constantFrom('部分', '章', '节', '条')).map(([n, k]) => `第${n}${k}`),
);

const title = fc.constantFrom(...TITLES);
const body = fc.constantFrom(...BODY);
const hostile = fc.constantFrom(...HOSTILE);

/** Random text: arbitrary code units (lone surrogates included), printable ASCII, or CJK. */
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);

/** One piece of a line. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: body },
  { weight: 2, arbitrary: title },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 2, arbitrary: fc.constantFrom(...AGENCIES) },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: randomText },
  { weight: 1, arbitrary: marker },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN) },
);

/** 一是…，二是…；… with gaps and repeats. */
const enumeration = fc.tuple(
  fc.constantFrom('是', '要', ''),
  fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), body), { minLength: 1, maxLength: 5 }),
  fc.constantFrom('，', '；', '。', ''),
).map(([word, items, sep]) => items.map(([n, b]) => (word ? `${formatChineseNumeral(n)}${word}` : `第${formatChineseNumeral(n)}，`) + b).join(sep));

const shouxian = fc.array(fc.tuple(fc.constantFrom('首先', '其次', '再次', '最后'), body), { minLength: 1, maxLength: 4 })
  .map((items) => items.map(([w, b]) => `${w}，${b}`).join(''));

/** `一、总体要求(一)指导思想以…`: headings a conversion ran into one line. */
const runTogether = fc.array(fc.tuple(marker, title, fc.constantFrom('', '。', '；')), { minLength: 2, maxLength: 4 })
  .chain((parts) => body.map((b) => parts.map(([m, t, p]) => m + t + p).join('') + b));

/** A page-length line opening with `N、`, as PDF conversions leave them. */
const pageLine = fc.tuple(fc.integer({ min: 1, max: 20 }), body, fc.integer({ min: 1, max: 12 }))
  .map(([n, b, k]) => `${n}、${b.repeat(k)}`);

const directive = fc.tuple(fc.constantFrom('-line', '-next-line', '-file', ''), fc.constantFrom('', ' numbering-gap', ' residue-page-number numbering-start', ' no-such-rule'))
  .map(([scope, ids]) => `<!-- gongwen-disable${scope}${ids} -->`);

const indent = fc.constantFrom('', '', '', '　　', '  ', '\t', '## ', '# ', '#');

const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(indent, marker, fc.constantFrom('', ' ', '　'), title, fc.constantFrom('', '。', '', body as fc.Arbitrary<string>)).map((p) => p.join('')) },
  { weight: 4, arbitrary: fc.tuple(indent, fc.array(fragment, { maxLength: 6 })).map(([i, f]) => i + f.join('')) },
  { weight: 2, arbitrary: runTogether },
  { weight: 2, arbitrary: enumeration },
  { weight: 1, arbitrary: shouxian },
  { weight: 1, arbitrary: pageLine },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: fc.constantFrom('', '附件', '附件2', '附件：1.名单', '过去五年——', '2019年10月22日', '|表|格|', 'a=b', '---', '```', '~~~') },
);

const lineBreak = fc.constantFrom('\n', '\n', '\r\n', '\r');

/** A whole draft: lines joined by mixed line breaks, an optional BOM, an optional final break. */
export const draft: fc.Arbitrary<string> = fc.tuple(
  fc.boolean(),
  fc.array(fc.tuple(line, lineBreak), { maxLength: 40 }),
  fc.boolean(),
).map(([bom, lines, finalBreak]) => {
  let text = bom ? '\ufeff' : '';
  lines.forEach(([l, br], i) => {
    text += l;
    if (i < lines.length - 1 || finalBreak) text += br;
  });
  return text;
});

/** How a structured heading departs from the expected count. */
type Slip = 'none' | 'skip' | 'repeat' | 'back' | 'restart';
const slip: fc.Arbitrary<Slip> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Slip>('none') },
  { weight: 1, arbitrary: fc.constantFrom<Slip>('skip', 'repeat', 'back', 'restart') },
);

const CHAIN_WRITERS: readonly ((n: number, variant: number) => string)[] = [
  (n, v) => formatChineseNumeral(n) + ['、', '、', '、', '.'][v],
  (n, v) => (v === 3 ? `(${formatChineseNumeral(n)})` : v === 2 ? `（${formatChineseNumeral(n)})` : `（${formatChineseNumeral(n)}）`),
  (n, v) => String(n) + ['.', '.', '．', '、'][v],
  (n, v) => (v === 3 ? `(${n})` : `（${n}）`),
  (n, v) => (CIRCLED[n - 1] ?? `(${n})`) + (v === 3 ? '、' : ''),
];
const REGULATION_WRITERS: readonly ((n: number) => string)[] = [
  (n) => `第${formatChineseNumeral(n)}章`,
  (n) => `第${formatChineseNumeral(n)}节`,
  (n) => `第${formatChineseNumeral(n)}条`,
  (n) => `（${formatChineseNumeral(n)}）`,
];

/**
 * A numbered outline that counts the way writers count, with the slips they make: a level that
 * is reset under each new parent, occasional skipped, repeated or reversed numbers and variant
 * markers (（一) 1、 一.), so that every numbering rule and every fix has work to do.
 */
const outline: fc.Arbitrary<string[]> = fc.tuple(
  fc.boolean(),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), slip, fc.integer({ min: 0, max: 3 }), title, fc.constantFrom('', '', '。' + BODY[0], '\n' + BODY[2])), { minLength: 1, maxLength: 30 }),
).map(([regulation, steps]) => {
  const writers = regulation ? REGULATION_WRITERS.map((w) => (n: number) => w(n)) : CHAIN_WRITERS;
  const counters = writers.map(() => 0);
  let deepest = -1;
  const lines: string[] = [];
  for (const [wanted, s, variant, t, tail] of steps) {
    const level = Math.min(wanted % writers.length, deepest + 1);
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    let n = counters[level] + 1;
    if (s === 'skip') n++;
    else if (s === 'repeat') n = Math.max(1, n - 1);
    else if (s === 'back') n = Math.max(1, n - 2);
    else if (s === 'restart') n = 1;
    counters[level] = n;
    deepest = level;
    lines.push(writers[level](n, variant) + t + tail);
  }
  return lines.join('\n').split('\n');
});

/** Page-length lines opening with `1、` `2、` … whose breaks split the text, as PDF conversions leave them. */
const pageBlock: fc.Arbitrary<string[]> = fc.tuple(
  fc.integer({ min: 3, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom('到202', '推进', '2', '😀', '甲😀', '𠀀乙丙'), fc.constantFrom('', '，', '😀', '乙😀'),
).map(([pages, first, split, opening]) => Array.from({ length: pages }, (_, i) => `${first + i}、${opening}${BODY[1].repeat(9)}${BODY[0].repeat(2)}${split}`));

/** A heading whose title runs past the outline's name length, with a surrogate pair where it is cut. */
const longTitle = fc.tuple(marker, fc.integer({ min: 36, max: 42 }), fc.constantFrom('😀', '𠀀', '🇨🇳'))
  .map(([m, n, wide]) => m + '推'.repeat(n) + wide.repeat(3) + '进');

/** Drafts shaped like real ones (few hostile pieces), where fixes and renumbering have work to do. */
export const numberedDraft: fc.Arbitrary<string> = fc.tuple(
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: outline },
      { weight: 2, arbitrary: body.map((b) => [b]) },
      { weight: 1, arbitrary: runTogether.map((l) => [l]) },
      { weight: 1, arbitrary: enumeration.map((l) => [l]) },
      { weight: 1, arbitrary: pageBlock },
      { weight: 1, arbitrary: longTitle.map((l) => [l]) },
      { weight: 1, arbitrary: fc.tuple(hostile, body).map(([h, b]) => [h + b]) },
    ),
    { minLength: 1, maxLength: 4 },
  ),
  lineBreak,
  fc.boolean(),
).map(([blocks, br, bom]) => (bom ? '\ufeff' : '') + blocks.flat().join(br));

/** Any draft: generated structure or plain random strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: draft },
  { weight: 3, arbitrary: numberedDraft },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }) },
);

/** What one edit types or pastes: a fragment, a single mark or line break, a heading marker, whole lines. */
export const typed: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fragment },
  { weight: 3, arbitrary: fc.constantFrom('', '\n', '\r\n', '\r', ' ', '　', '，', ',', '(', ')', '（', '）', '、', '。', '“', '”', '\n“', '”\n', '×', 'X', '3、', '<!-- gongwen-disable-next-line -->') },
  { weight: 2, arbitrary: fc.tuple(line, lineBreak).map(([l, br]) => l + br) },
  { weight: 1, arbitrary: marker },
  { weight: 1, arbitrary: pageLine.map((l) => '\n' + l) },
);

/** An edit: where (a share of the text's length, in ten-thousandths), how many code units it deletes, what it types. */
export const edit = fc.tuple(
  fc.integer({ min: 0, max: 10000 }),
  fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }),
  typed,
);

export function applyEdit(text: string, [where, deleted, inserted]: [number, number, string]): string {
  const at = Math.round((where / 10000) * text.length);
  return text.slice(0, at) + inserted + text.slice(at + deleted);
}

/**
 * A long draft where most of an edit's neighbours are running text: numbered outlines and run-together
 * headings, page-number runs, fences, comments and links between long runs of body lines, so that an
 * edit usually touches a line far from any heading and the re-parse carries the heading pass, the
 * verbatim spans and the directives from the previous parse (`reparseDocument`).
 */
export const spreadDraft: fc.Arbitrary<string> = fc.tuple(
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.array(body, { minLength: 2, maxLength: 6 }).map((b) => [b.join('')]) },
      { weight: 2, arbitrary: outline },
      { weight: 1, arbitrary: runTogether.map((l) => [l]) },
      { weight: 1, arbitrary: enumeration.map((l) => [l]) },
      { weight: 1, arbitrary: pageBlock },
      { weight: 1, arbitrary: fc.constantFrom(['```', BODY[0], '```'], ['<!--', BODY[1], '-->'], ['~~~'], [`[方案](./a.md)${BODY[0]}`], ['附件1', '名单'], ['<!-- gongwen-disable-next-line -->']) },
      { weight: 1, arbitrary: line.map((l) => [l]) },
    ),
    { minLength: 4, maxLength: 14 },
  ),
  lineBreak,
).map(([blocks, br]) => blocks.flat().join(br));

/**
 * What an edit of a spread draft types: mostly running text, and each thing that changes the parse far
 * from the edit — a fence or comment opened or closed, a page number that starts or breaks a run, a
 * marker that changes a heading's level or number, a title line, a link or address, a directive.
 */
export const spreadTyped: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('字', '[X]', '，', '。', '的', '推进', '“', '）', ' ', '') },
  { weight: 1, arbitrary: fc.constantFrom('```', '\n```\n', '~~~\n', '<!--', '-->', '`', 'http://x.cn', '](a)', ']: b', '<br>') },
  { weight: 1, arbitrary: fc.constantFrom('\n3、', '4、', '\n— 5 —\n', '第2页', '\n第3页\n', '1、') },
  { weight: 1, arbitrary: fc.constantFrom('二、', '（三）', '2.', '第四章', '## ', '一是', '首先，', '\n总体要求\n', '发展的\n') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '附件2\n', '<!-- gongwen-disable-line -->', '2024年1月5日\n') },
  { weight: 1, arbitrary: typed },
);

/** An edit of a spread draft: anywhere, deleting little (a character, a marker) or nothing. */
export const spreadEdit = fc.tuple(
  fc.integer({ min: 0, max: 10000 }),
  fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 40 }) }),
  spreadTyped,
);
