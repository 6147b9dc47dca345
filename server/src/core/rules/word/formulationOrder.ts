import type { ListItem } from '../../words/formulations';
import type { PhraseHit } from '../../text/phrases';
import type { Fix } from '../../model/findings';
import type { Rule } from '../rule';
import { whitelisted } from './lists';
import { wordScan } from './scan';
import { fixTitle } from '../fixTitles';

/** What may stand between two items of a list: `、`, `，`, `和`, quotes, spaces (never a line break: a run is one line). */
const SEPARATOR = /^[、，,和及与以“”‘’" \u3000]{0,4}$/;
/** How far before a run the list's quoted name counts as naming it (`增强“四个意识”，即政治意识、…`). */
const NAME_SPAN = 24;

/** The list's quoted name shortly before `start`, on the same line. */
function namedBefore(text: string, start: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - NAME_SPAN), start);
  return before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1).includes(`“${name}”`);
}

interface Item {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

export const wordFormulationOrder: Rule = {
  id: 'word-formulation-order',
  category: 'word',
  defaultSeverity: 'warning',
  description: '规范表述的列举顺序颠倒或缺项（如“四个意识”应为“政治意识、大局意识、核心意识、看齐意识”，“四个自信”“新发展理念”“社会主义核心价值观”的次序）。',
  descriptionEn: 'The items of a fixed list (四个意识, 四个自信, 新发展理念…) in the wrong order or one missing.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    order: '“{name}”的次序有误，应为“{right}”（{source}）。',
    missing: '“{name}”缺少“{missing}”，完整表述为“{right}”（{source}）。',
  },
  messagesEn: {
    order: '“{name}” is in the wrong order: write “{right}” ({source}).',
    missing: '“{name}” leaves out “{missing}”: in full it reads “{right}” ({source}).',
  },
  check(doc, ctx) {
    const formulations = ctx.resources.formulations;
    if (!formulations) return;
    const text = doc.text;
    const hits = wordScan(doc, ctx.resources).items;
    // Non-overlapping, longest first, then runs of one list's items with only separators between them.
    const items: PhraseHit<ListItem>[] = [];
    for (const h of hits) if (!items.length || h.start >= items[items.length - 1].end) items.push(h);
    let k = 0;
    while (k < items.length) {
      const list = items[k].value.list;
      let j = k + 1;
      while (j < items.length && items[j].value.list === list && SEPARATOR.test(text.slice(items[j - 1].end, items[j].start))) j++;
      // Most items stand alone (`创新`, `绿色`): a run too short is left before anything is built for it.
      if (j - k < list.minRun) {
        k = j;
        continue;
      }
      const run: Item[] = items.slice(k, j).map((h) => ({ start: h.start, end: h.end, index: h.value.index }));
      k = j;
      const distinct = new Set(run.map((r) => r.index));
      if (distinct.size !== run.length) continue;
      if (whitelisted(doc, ctx, run[0].start, run[run.length - 1].end)) continue;
      const source = formulations.data.sources[list.source] ?? list.source;
      const start = run[0].start;
      const end = run[run.length - 1].end;
      const sorted = [...run].sort((a, b) => a.index - b.index);
      if (run.some((r, i) => i > 0 && r.index < run[i - 1].index)) {
        const right = sorted.map((r) => list.items[r.index]).join('、');
        // The same slots in canonical order, separators kept.
        const edits = run.map((slot, i) => ({ start: slot.start, end: slot.end, newText: list.items[sorted[i].index] })).filter((e) => text.slice(e.start, e.end) !== e.newText);
        const fixes: Fix[] = [{ ...fixTitle('standardOrder'), edits, safe: false }];
        ctx.report({ messageId: 'order', data: { name: list.name, right, source }, start, end, fixes });
      } else if (list.items.length >= 4 && run.length === list.items.length - 1 && namedBefore(text, start, list.name)) {
        const missing = list.items.find((_, i) => !distinct.has(i))!;
        ctx.report({ messageId: 'missing', data: { name: list.name, missing, right: list.items.join('、'), source }, start, end });
      }
    }
  },
};
