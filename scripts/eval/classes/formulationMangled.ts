import type { Edit, InjectionClass } from '../injection';
import { onePer } from '../injection';
import { nearSoundPositions, withNearSound } from './nearSounds';

/**
 * Fixed formulations (提法) as the Party's and the State Council's documents write them, written for the eval
 * from the 二十大 report, the 政府工作报告 and the plenums' communiqués — more of them than the rules' list
 * (`formulations.json`) holds, so the column shows what a writer's memory gets wrong, not what the list knows.
 * Longest first.
 */
const PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想', '以习近平同志为核心的党中央', '铸牢中华民族共同体意识', '黄河流域生态保护和高质量发展',
  '国家治理体系和治理能力现代化', '中华民族伟大复兴', '社会主义核心价值观', '构建人类命运共同体', '人类命运共同体', '全过程人民民主',
  '中国式现代化', '总体国家安全观', '中央八项规定精神', '中央八项规定', '全面从严治党', '供给侧结构性改革', '统筹发展和安全',
  '防范化解重大风险', '京津冀协同发展', '粤港澳大湾区', '长江经济带', '高质量发展', '新质生产力', '新发展格局', '新发展理念',
  '共同富裕', '乡村振兴', '营商环境', '碳达峰', '碳中和', '守正创新', '自我革命', '两个毫不动摇', '不忘初心', '牢记使命',
  '两个维护', '两个确立', '四个意识', '四个自信', '五位一体', '四个全面', '一带一路',
];

/**
 * Numbered formulations written out, item by item, in their order; and for some items what a writer
 * puts instead (`全局意识` for 大局意识, `生态建设` for 生态文明建设). Written for the eval.
 */
const LISTS: readonly { readonly items: readonly string[]; readonly instead: Readonly<Record<string, readonly string[]>> }[] = [
  { items: ['政治意识', '大局意识', '核心意识', '看齐意识'], instead: { 大局意识: ['全局意识'], 看齐意识: ['看齐观念'] } },
  { items: ['道路自信', '理论自信', '制度自信', '文化自信'], instead: { 制度自信: ['体制自信'], 理论自信: ['思想自信'] } },
  { items: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'], instead: { 生态文明建设: ['生态建设'], 文化建设: ['文明建设'] } },
  { items: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'], instead: { 全面依法治国: ['全面依法执政'], 全面从严治党: ['全面从严管党'] } },
  { items: ['创新', '协调', '绿色', '开放', '共享'], instead: { 共享: ['共赢'], 协调: ['协同'] } },
  { items: ['产业兴旺', '生态宜居', '乡风文明', '治理有效', '生活富裕'], instead: { 生态宜居: ['环境宜居'], 乡风文明: ['村风文明'] } },
  { items: ['产业振兴', '人才振兴', '文化振兴', '生态振兴', '组织振兴'], instead: { 组织振兴: ['党建振兴'] } },
  { items: ['形式主义', '官僚主义', '享乐主义', '奢靡之风'], instead: { 奢靡之风: ['奢侈之风'] } },
  { items: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'], instead: { 稳外资: ['稳外汇'], 稳预期: ['稳物价'] } },
  { items: ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转'], instead: { 保基本民生: ['保民生'] } },
  { items: ['富强', '民主', '文明', '和谐'], instead: { 和谐: ['和平'] } },
  { items: ['自由', '平等', '公正', '法治'], instead: { 法治: ['法制'] } },
  { items: ['爱国', '敬业', '诚信', '友善'], instead: { 友善: ['友爱'] } },
];

/** What stands between two items written out (`、`, `，`, `和`). */
const BETWEEN = /^[、，和]$/;

/**
 * Formulations written before they were replaced, put where the text has the current one: 十八届六中全会
 * (核心), 十九大 (思想, not 系列重要讲话精神), 十八届三中全会 (决定性作用, not 基础性作用), 2016 (四个自信, not
 * 三个自信), 十八大 (五位一体, not 四位一体), 2022 (新冠病毒感染).
 */
const RETIRED: Readonly<Record<string, readonly string[]>> = {
  以习近平同志为核心的党中央: ['以习近平同志为总书记的党中央'],
  习近平新时代中国特色社会主义思想: ['习近平总书记系列重要讲话精神'],
  决定性作用: ['基础性作用'],
  四个自信: ['三个自信'],
  五位一体: ['四位一体'],
  新型冠状病毒感染: ['新型冠状病毒肺炎'],
  新冠病毒感染: ['新冠肺炎'],
};

/** A phrase stands where the text has it, not as the tail of a longer word (`三个全面`, `新发展理念` in full). */
function occurrences(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) out.push(at);
  return out;
}

/**
 * Fixed formulations written wrong at the document's own occurrences: one character replaced by one of the
 * same sound (`高质量发战`, `两个确利`), an item of a numbered formulation written out replaced by what a
 * writer puts instead (`全局意识`) or two neighbouring items swapped, and a formulation retired before the
 * document. Found when a word finding touches it.
 */
export const formulationMangled: InjectionClass = {
  id: 'formulation-mangled',
  name: '规范提法写错（同音字、列举项改动或颠倒、旧提法）',
  category: 'word',
  match: 'touch',
  reportVariants: true,
  perDocument: onePer(2500, 10),
  candidates(text, rng) {
    const out: Edit[] = [];
    const taken = new Set<number>();
    for (const phrase of [...PHRASES, ...Object.keys(RETIRED)].sort((a, b) => b.length - a.length)) {
      for (const at of occurrences(text, phrase)) {
        // Inside a unit's name (`国家乡村振兴局`) it is an agency name's part, the other class's.
        if (taken.has(at) || /[局部厅委办司处署院]/.test(text[at + phrase.length] ?? '')) continue;
        for (let i = at; i < at + phrase.length; i++) taken.add(i);
        const end = at + phrase.length;
        for (const r of RETIRED[phrase] ?? []) out.push({ start: at, end, newText: r, variant: '旧提法' });
        if (!PHRASES.includes(phrase)) continue;
        // The numeral of a numbered formulation (`四个`) is another error than a homophone: left alone.
        const from = /^[一二三四五六七八九十两]个/.test(phrase) || phrase === '五位一体' ? 2 : 0;
        const positions = nearSoundPositions(phrase, from);
        if (positions.length) out.push({ start: at, end, newText: withNearSound(phrase, rng.pick(positions), rng), variant: '同音字' });
      }
    }
    for (const list of LISTS) {
      const first = list.items[0];
      for (const at of occurrences(text, first)) {
        // The items written out in order, one separator between each: `政治意识、大局意识、核心意识、看齐意识`.
        const spans: { start: number; end: number }[] = [];
        let pos = at;
        for (const [k, item] of list.items.entries()) {
          if (k > 0) {
            if (!BETWEEN.test(text[pos] ?? '')) break;
            pos++;
          }
          if (!text.startsWith(item, pos)) break;
          spans.push({ start: pos, end: pos + item.length });
          pos += item.length;
        }
        if (spans.length < Math.min(3, list.items.length)) continue;
        const k = rng.int(spans.length - 1);
        const a = spans[k];
        const b = spans[k + 1];
        const sep = text.slice(a.end, b.start);
        out.push({ start: a.start, end: b.end, newText: text.slice(b.start, b.end) + sep + text.slice(a.start, a.end), variant: '列举项颠倒' });
        const changeable = spans.filter((s) => list.instead[text.slice(s.start, s.end)]);
        if (changeable.length) {
          const s = rng.pick(changeable);
          out.push({ start: s.start, end: s.end, newText: rng.pick(list.instead[text.slice(s.start, s.end)]), variant: '列举项改动' });
        }
      }
    }
    return out;
  },
};
