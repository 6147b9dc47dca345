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

/** One slot of a list written out with something else in it: `、体制自信、` between 理论自信 and 文化自信. */
const ALTERED_SLOT = /^([、，,和及与])([\u4e00-\u9fff]{2,8})([、，,和及与])$/;
/** The last slot: after a separator, up to a mark, 和/及/与/的 or the end (`、生态建设和党的建设`, `、共赢的理念`). */
const LAST_SLOT = /^([、，,和及与])([\u4e00-\u9fff]{2,8}?)(?=[、，。；：,和及与的\s]|$)/;

/**
 * `written` stands for `right` in its slot: the same two characters at the start or the end (`体制自信` / `制度自信`,
 * `生态建设` / `生态文明建设`, `稳外汇` / `稳外资`), or for a two-character item the same first or last one (`共赢` / `共享`).
 */
function standsFor(written: string, right: string): boolean {
  if (written === right) return false;
  if (right.length === 2) return written.length === 2 && (written[0] === right[0] || written[1] === right[1]);
  return written.slice(0, 2) === right.slice(0, 2) || written.slice(-2) === right.slice(-2);
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
  description: '规范表述的列举顺序颠倒、缺项或一项写走样（如“四个意识”应为“政治意识、大局意识、核心意识、看齐意识”，“四个自信”“新发展理念”“社会主义核心价值观”的次序，“体制自信”应为“制度自信”）。',
  descriptionEn: 'The items of a fixed list (四个意识, 四个自信, 新发展理念…) in the wrong order, one missing or one written as a look-alike.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    order: '“{name}”的次序有误，应为“{right}”（{source}）。',
    missing: '“{name}”缺少“{missing}”，完整表述为“{right}”（{source}）。',
    altered: '“{name}”中的“{written}”应为“{right}”，完整表述为“{full}”（{source}）。',
  },
  messagesEn: {
    order: '“{name}” is in the wrong order: write “{right}” ({source}).',
    missing: '“{name}” leaves out “{missing}”: in full it reads “{right}” ({source}).',
    altered: 'In “{name}”, “{written}” should be “{right}”: in full it reads “{full}” ({source}).',
  },
  check(doc, ctx) {
    const formulations = ctx.resources.formulations;
    if (!formulations) return;
    const text = doc.text;
    const hits = wordScan(doc, ctx.resources).items;
    // Non-overlapping, longest first, then runs of one list's items with only separators between them.
    const items: PhraseHit<ListItem>[] = [];
    for (const h of hits) if (!items.length || h.start >= items[items.length - 1].end) items.push(h);
    // The whole list written out, in order, with one item replaced by a look-alike (`道路自信、理论自信、体制自信、文化自信`,
    // `…社会建设、生态建设和党的建设`: the last one too, up to the next mark or 和/的). Not the first: where it begins is unknown.
    for (let k = 0; k < items.length; k++) {
      const a = items[k];
      const b = items[k + 1] as PhraseHit<ListItem> | undefined;
      const list = a.value.list;
      const isLast = a.value.index === list.items.length - 2;
      const inner = b !== undefined && b.value.list === list && b.value.index === a.value.index + 2;
      if (!inner && !isLast) continue;
      const slot = inner ? ALTERED_SLOT.exec(text.slice(a.end, b!.start)) : LAST_SLOT.exec(text.slice(a.end, a.end + 10));
      const right = list.items[a.value.index + 1];
      if (!slot || !standsFor(slot[2], right) || (!inner && text.startsWith(right, a.end + slot[1].length))) continue;
      // The items before it from the first, and after it to the last, each next to the other.
      let first = k;
      while (first > 0 && items[first - 1].value.list === list && items[first - 1].value.index === items[first].value.index - 1 && SEPARATOR.test(text.slice(items[first - 1].end, items[first].start))) first--;
      let last = inner ? k + 1 : k;
      while (inner && last + 1 < items.length && items[last + 1].value.list === list && items[last + 1].value.index === items[last].value.index + 1 && SEPARATOR.test(text.slice(items[last].end, items[last + 1].start))) last++;
      if (items[first].value.index !== 0 || (inner && items[last].value.index !== list.items.length - 1)) continue;
      const start = a.end + slot[1].length;
      const end = start + slot[2].length;
      if (whitelisted(doc, ctx, start, end)) continue;
      const source = formulations.data.sources[list.source] ?? list.source;
      const fixes: Fix[] = [{ ...fixTitle('replace', { text: right }), edits: [{ start, end, newText: right }], safe: false }];
      ctx.report({ messageId: 'altered', data: { name: list.name, written: slot[2], right, full: list.items.join('、'), source }, start, end, fixes });
    }
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
