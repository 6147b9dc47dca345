import type { Rule } from '../rule';
import type { Marker } from '../../model/document';
import type { TextEdit } from '../../model/findings';
import { numberingRuns } from './runs';
import { fixTitle } from '../fixTitles';

const FULL = { open: '（', close: '）' };
const HALF = { open: '(', close: ')' };

/** The variant a marker is written in: bracket width for （一）/（1）, separator for 一、/1. */
function variant(m: Marker): string | undefined {
  if (m.open !== undefined) return m.open === '（' && m.close === '）' ? 'full' : m.open === '(' && m.close === ')' ? 'half' : 'mixed';
  if (m.separator === '.' || m.separator === '．') return m.separator;
  return undefined;
}

function editsToVariant(m: Marker, target: string): TextEdit[] {
  if (m.open !== undefined) {
    const b = target === 'half' ? HALF : FULL;
    const edits: TextEdit[] = [];
    if (m.open !== b.open) edits.push({ start: m.start, end: m.start + 1, newText: b.open });
    if (m.close !== b.close) edits.push({ start: m.end - 1, end: m.end, newText: b.close });
    return edits;
  }
  return [{ start: m.numeralEnd, end: m.end, newText: target }];
}

const DESCRIBE: Readonly<Record<string, string>> = { full: '全角括号“（）”', half: '半角括号“()”', mixed: '全角半角混用的括号', '.': '半角下脚点“.”', '．': '全角下脚点“．”' };
const DESCRIBE_EN: Readonly<Record<string, string>> = { full: 'full-width brackets “（）”', half: 'half-width brackets “()”', mixed: 'mixed-width brackets', '.': 'a half-width point “.”', '．': 'a full-width point “．”' };

export const numberingMixedStyle: Rule = {
  id: 'numbering-mixed-style',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同级序号写法不一致：括号全角半角混用，或下脚点“.”“．”混用。',
  descriptionEn: 'Markers of one level mix bracket widths or separators.',
  fixable: true,
  messages: {
    mixed: '同级序号写法不一致：“{marker}”用了{written}，本级其余序号多用{target}。请统一写法。',
  },
  messagesEn: {
    mixed: 'Numbers of one level written differently: “{marker}” uses {writtenEn}, most others of this level use {targetEn}. Write them all the same way.',
  },
  check(doc, ctx) {
    for (const run of numberingRuns(doc)) {
      const counts = new Map<string, number>();
      for (const item of run.items) {
        const v = variant(item.heading.marker);
        if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      const real = [...counts.entries()].filter(([v]) => v !== 'mixed');
      if (counts.size < 2 && !counts.has('mixed')) continue;
      // The majority wins; on a tie, the standard form (full-width brackets, ASCII point).
      real.sort((a, b) => b[1] - a[1] || (a[0] === 'full' || a[0] === '.' ? -1 : 1));
      const target = real[0]?.[0] ?? 'full';
      for (const item of run.items) {
        const m = item.heading.marker;
        const v = variant(m);
        if (!v || v === target) continue;
        const edits = editsToVariant(m, target);
        ctx.report({
          messageId: 'mixed',
          data: { marker: m.text, written: DESCRIBE[v], target: DESCRIBE[target], writtenEn: DESCRIBE_EN[v], targetEn: DESCRIBE_EN[target] },
          start: m.start,
          end: m.end,
          fixes: [{ ...fixTitle('unifyStyle', { style: DESCRIBE[target], styleEn: DESCRIBE_EN[target] }), edits, safe: true }],
        });
      }
    }
  },
};
