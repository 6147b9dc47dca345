import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import { pinyin } from 'pinyin-pro';
import formulationData from '../../server/src/core/words/data/formulations.json';
import formulationSchema from '../../server/src/core/words/data/formulations.schema.json';
import wordData from '../../server/src/core/words/data/words.json';
import { EDIT_MIN_LENGTH, validateFormulationData } from '../../server/src/core/words/formulations';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import type { Finding } from '../../server/src/core/model/findings';
import type { ReportedFinding } from '../../server/src/core/rules/rule';
import { wordFormulationRetired } from '../../server/src/core/rules/word/formulationRetired';
import { loadResources } from '../../server/src/resources';

const resources = loadResources();
const FORMULATION_RULES = new Set(['word-formulation', 'word-formulation-order', 'word-formulation-retired']);
const findings = (text: string): Finding[] => analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((f) => FORMULATION_RULES.has(f.ruleId));
const PUNCTUATION = /[、，。；：“”‘’《》（）]/;
const known = new Set(formulationData.phrases.flatMap((p) => [p.text, ...(p.alsoCorrect ?? [])]));

/** A pool of common characters to draw homophones from: every character of the word list. */
const POOL = [...new Set([...JSON.stringify(wordData.entries)].filter((c) => /[\u4e00-\u9fff]/.test(c)))];
const sound = (c: string) => pinyin(c, { toneType: 'num', type: 'string' });

function homophoneVariant(p: string): string | undefined {
  for (let i = 1; i < p.length - 1; i++) {
    if (PUNCTUATION.test(p[i])) continue;
    const other = POOL.find((c) => c !== p[i] && sound(c) === sound(p[i]));
    if (other) return p.slice(0, i) + other + p.slice(i + 1);
  }
  return undefined;
}

function swapVariant(p: string): string | undefined {
  for (let i = Math.floor(p.length / 2) - 1; i < p.length - 2; i++) {
    if (p[i] === p[i + 1] || PUNCTUATION.test(p[i]) || PUNCTUATION.test(p[i + 1]) || i === 0) continue;
    const v = p.slice(0, i) + p[i + 1] + p[i] + p.slice(i + 2);
    if (!known.has(v)) return v;
  }
  return undefined;
}

function dropVariant(p: string): string | undefined {
  for (let i = Math.floor(p.length / 2); i < p.length - 1; i++) {
    if (PUNCTUATION.test(p[i]) || p[i] === p[i - 1] || p[i] === p[i + 1]) continue;
    const v = p.slice(0, i) + p.slice(i + 1);
    if (!known.has(v)) return v;
  }
  return undefined;
}

function addVariant(p: string): string {
  const i = Math.floor(p.length / 2);
  return p.slice(0, i) + '之' + p.slice(i);
}

describe('fixed formulation data', () => {
  it('formulations.json is valid against its schema and the loader (sources known, dates, only long phrases)', () => {
    const validate = new Ajv({ allErrors: true }).compile(formulationSchema);
    assert.ok(validate(formulationData), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(validateFormulationData(formulationData), []);
    assert.ok(formulationData.phrases.every((p) => p.text.length >= 6));
    assert.ok(formulationData.shortPhrases.every((p) => p.text.length >= 4 && p.text.length <= 5));
    assert.deepEqual(validateFormulationData({ ...formulationData, shortPhrases: [{ text: '碳达峰', source: '十九大', effective: '2017-10-18' }] }), ['短提法“碳达峰”应为 4～5 字']);
    assert.ok(formulationData.retired.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.from)));
  });
});

describe('word-formulation: near misses of every canonical phrase', () => {
  for (const phrase of formulationData.phrases) {
    const p = phrase.text;
    it(p, () => {
      assert.deepEqual(findings(`要求：${p}。`).map((f) => f.message), [], 'the canonical text is silent');
      const variants: [string, string | undefined][] = [['homophone', homophoneVariant(p)], ['swap', swapVariant(p)]];
      if (p.length >= EDIT_MIN_LENGTH) variants.push(['drop', dropVariant(p)], ['add', addVariant(p)]);
      for (const [kind, variant] of variants) {
        assert.ok(variant, `no ${kind} variant could be made of ${p}`);
        const text = `要求：${variant}。`;
        const found = findings(text);
        assert.deepEqual(found.map((f) => [f.ruleId, text.slice(f.start, f.end), f.data?.variant, f.data?.right]), [['word-formulation', variant, kind, p]], `${kind}: ${variant}`);
        assert.deepEqual(found[0].fixes[0].edits, [{ start: 3, end: 3 + variant!.length, newText: p }]);
      }
    });
  }

  it('silent on the words one character from a short formulation that are right (全面从严治军, 新发展阶段, 两个确定, 自我革新)', () => {
    for (const text of ['全面从严治军', '国家乡村振兴局', '四个方面', '两个确定', '新发展阶段', '高质量发展阶段', '自我革新', '守正出新', '共同富裕', '共建“一带一路”']) {
      assert.deepEqual(findings(text), [], text);
    }
  });

  it('the message names the kind, the canonical form and its source', () => {
    const [f] = findings('以习进平同志为核心的党中央');
    assert.equal(f.message, '规范表述有误（用了同音字）：“以习进平同志为核心的党中央”应为“以习近平同志为核心的党中央”（中国共产党第十八届中央委员会第六次全体会议公报（2016-10-27））。');
  });

  it('silent on forms that are right though one character away (alsoCorrect) and on a phrase inside a longer one', () => {
    for (const text of ['坚持加强党的全面领导', '中国特色社会主义法律体系', '全面建成社会主义现代化国家', '习近平新时代中国特色社会主义思想', '意思相近的表述']) {
      assert.deepEqual(findings(text), [], text);
    }
  });
});

describe('word-formulation: the parallel items of a formulation in another order', () => {
  it('完整、全面、准确贯彻新发展理念 and 牢记使命、不忘初心 are reported over the whole phrase; the right order and the form without 、 are not', () => {
    const text = '以习近平新时代中国特色社会主义思想为指导，完整、全面、准确贯彻新发展理念，以县域商业体系建设为抓手。全县党员干部要牢记使命、不忘初心。';
    const found = findings(text);
    assert.deepEqual(found.map((f) => [f.ruleId, text.slice(f.start, f.end), f.start]), [
      ['word-formulation', '完整、全面、准确贯彻新发展理念', 21], ['word-formulation', '牢记使命、不忘初心', 57],
    ]);
    assert.equal(found[0].message, '规范表述有误（列举顺序颠倒）：“完整、全面、准确贯彻新发展理念”应为“完整、准确、全面贯彻新发展理念”（《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021-11-11））。');
    for (const right of ['完整、准确、全面贯彻新发展理念，加快构建新发展格局。', '完整准确全面贯彻新发展理念', '不忘初心、牢记使命，永远奋斗。', '要准确、全面、完整地理解政策。']) {
      assert.deepEqual(findings(right), [], right);
    }
  });
});

describe('word-formulation: near misses of every short formulation (homophone and swap only)', () => {
  for (const phrase of formulationData.shortPhrases) {
    const p = phrase.text;
    it(p, () => {
      assert.deepEqual(findings(`要求：${p}。`), [], 'the canonical text is silent');
      // Two characters swapped in the middle of a four-character one leave no two-character anchor: not looked for.
      const variants: [string, string | undefined][] = [['homophone', homophoneVariant(p)]];
      if (p.length >= 5) variants.push(['swap', swapVariant(p)]);
      for (const [kind, variant] of variants) {
        assert.ok(variant, `no ${kind} variant could be made of ${p}`);
        const text = `要求：${variant}。`;
        const found = findings(text);
        assert.deepEqual(found.map((f) => [f.ruleId, f.start, f.end, f.data?.variant, f.data?.right]), [['word-formulation', 3, 3 + p.length, kind, p]], `${kind}: ${variant}`);
        assert.deepEqual(found[0].fixes[0].edits, [{ start: 3, end: 3 + p.length, newText: p }]);
      }
      // A character dropped or added is not looked for in a short formulation.
      assert.deepEqual(findings(`要求：${p.slice(0, 2)}${p.slice(3)}。`), []);
    });
  }

  it('the message of a short one: 营伤环境', () => {
    const [f] = findings('持续优化营伤环境。');
    assert.equal(f.message, '规范表述有误（用了同音字）：“营伤环境”应为“营商环境”（《优化营商环境条例》（国务院令第722号，2019-10-22））。');
  });
});

describe('word-formulation-order: the ordered lists', () => {
  for (const list of formulationData.lists) {
    it(`${list.name}: ${list.items.join('、')}`, () => {
      assert.deepEqual(findings(`坚持${list.items.join('、')}。`), [], 'canonical order is silent');
      const swapped = [list.items[1], list.items[0], ...list.items.slice(2)];
      const text = `坚持${swapped.join('、')}。`;
      const [f, ...rest] = findings(text);
      assert.deepEqual(rest, []);
      assert.deepEqual([f.ruleId, f.messageId, text.slice(f.start, f.end), f.data?.right], ['word-formulation-order', 'order', swapped.join('、'), list.items.join('、')]);
      assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), [list.items[0], list.items[1]]);
      if (list.items.length >= 4) {
        const missing = `增强“${list.name}”：${list.items.slice(0, -1).join('、')}。`;
        const [m] = findings(missing);
        assert.deepEqual([m?.messageId, m?.data?.missing], ['missing', list.items[list.items.length - 1]], missing);
        assert.deepEqual(findings(`坚持${list.items.slice(0, -1).join('、')}。`).map((x) => x.messageId), [], 'a shorter list not named is silent');
      }
    });
  }

  it('the whole list with one item written as a look-alike: 体制自信 for 制度自信, the last one too (生态建设和党的建设, 共赢的理念)', () => {
    const text = '坚定道路自信、理论自信、体制自信、文化自信。';
    const [f, ...rest] = findings(text);
    assert.deepEqual(rest, []);
    assert.deepEqual([f.ruleId, f.messageId, f.start, f.end], ['word-formulation-order', 'altered', 12, 16]);
    assert.equal(f.message, '“四个自信”中的“体制自信”应为“制度自信”，完整表述为“道路自信、理论自信、制度自信、文化自信”（习近平在庆祝中国共产党成立95周年大会上的讲话（2016-07-01））。');
    assert.deepEqual(f.fixes[0].edits, [{ start: 12, end: 16, newText: '制度自信' }]);
    const last = '统筹推进经济建设、政治建设、文化建设、社会建设、生态建设和党的建设。';
    assert.deepEqual(findings(last).map((x) => [x.messageId, last.slice(x.start, x.end), x.data?.right]), [['altered', '生态建设', '生态文明建设']]);
    const two = '坚持创新、协调、绿色、开放、共赢的理念。';
    assert.deepEqual(findings(two).map((x) => [x.messageId, two.slice(x.start, x.end), x.data?.right]), [['altered', '共赢', '共享']]);
  });

  it('silent on a list written right before more text, on a part of a list and on a slot that is no look-alike', () => {
    for (const text of [
      '坚持经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设。', '坚持创新、协调、绿色、开放、共享发展。', '坚定理论自信、体制自信、文化自信。',
      '推动经济建设、政治建设、民生改善、社会建设、生态文明建设。',
    ]) assert.deepEqual(findings(text).map((x) => x.messageId), [], text);
  });

  it('silent below the minimum run of generic items (新发展理念, 核心价值观)', () => {
    assert.deepEqual(findings('推动开放、创新、协调发展。坚持民主、富强。'), []);
  });
});

describe('word-formulation-retired', () => {
  it('quotation marks inside the message’s quotation are single: ‘四位一体’总体布局', () => {
    const [f] = findings('统筹推进“四位一体”总体布局。');
    assert.deepEqual([f.ruleId, f.start, f.end], ['word-formulation-retired', 4, 14]);
    assert.equal(f.message, '“‘四位一体’总体布局”自2012年11月8日起已停用，应为“‘五位一体’总体布局”；成文日期在此之前的文件可不改。党的十八大把生态文明建设纳入中国特色社会主义事业总体布局，经济、政治、文化、社会建设“四位一体”发展为“五位一体”。');
    assert.deepEqual(f.fixes[0].edits, [{ start: 4, end: 14, newText: '“五位一体”总体布局' }]);
  });

  for (const r of formulationData.retired) {
    it(`${r.text} → ${r.replacement} from ${r.from}`, () => {
      const text = `坚决贯彻${r.text}的要求。`;
      const [f] = findings(text);
      assert.deepEqual([f.ruleId, f.messageId, f.severity, text.slice(f.start, f.end)], ['word-formulation-retired', 'undated', 'hint', r.text]);
      assert.deepEqual(f.fixes[0].edits, [{ start: 4, end: 4 + r.text.length, newText: r.replacement }]);
      // With the draft's own date: before the date silent, from it a warning.
      const [y, m, d] = r.from.split('-').map(Number);
      const base = parseDocument(text);
      const run = (year: number, month: number, day: number) => {
        const out: ReportedFinding[] = [];
        const doc = { ...base, frame: { ...base.frame, date: { start: 0, end: 0, year, month, day, style: 'arabic' as const } } };
        wordFormulationRetired.check(doc, { config: DEFAULT_CONFIG, resources, report: (x) => out.push(x) });
        return out;
      };
      assert.deepEqual(run(y, m, d - 1 || 1).length, d > 1 ? 0 : 1);
      assert.deepEqual(run(y - 1, m, d), []);
      const [late] = run(y, m, d);
      assert.deepEqual([late.messageId, late.severity], ['retired', undefined]);
    });
  }
});
