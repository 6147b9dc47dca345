import type { NumberingScheme } from '../../../server/src/core/model/document';
import type { Edit, InjectionClass } from '../injection';
import { headingStructure, markerWithNumeral, numeralFor, rewritable } from './headingRuns';

const LEVEL_NAME: Partial<Record<NumberingScheme, string>> = {
  chinese: '一、', 'chinese-paren': '（一）', arabic: '1.', 'arabic-paren': '（1）',
};

/**
 * A parent's children that carry on the previous parent's count instead of starting again (`二、` followed by
 * `（四）（五）` where `一、` had `（一）…（三）`): a section pasted from elsewhere, or numbered straight on. Only in a
 * document whose runs of that level start again under at least three parents, so the document's own convention
 * is to restart (a document counting task items straight through is left alone: that is a form the corpus uses).
 * Each of the run's markers is rewritten; a hit is a numbering finding on any of them.
 */
export const numberingRestart: InjectionClass = {
  id: 'numbering-restart',
  name: '下级序号未重新编号（二、下接（四））',
  category: 'numbering',
  match: 'touch',
  perDocument: () => 2,
  candidates(text) {
    const out: Edit[] = [];
    const { runs, headings } = headingStructure(text);
    for (const scheme of Object.keys(LEVEL_NAME) as NumberingScheme[]) {
      const level = runs.filter((r) => r.scheme === scheme && r.parent.heading?.marker);
      if (level.length < 3) continue;
      for (let j = 1; j < level.length; j++) {
        const previous = level[j - 1].items;
        const items = level[j].items;
        const last = previous[previous.length - 1].heading;
        const first = items[0].heading;
        // The two runs follow each other: no heading of this level between them.
        if (headings.some((h) => h.marker?.scheme === scheme && h.start > last.start && h.start < first.start)) continue;
        if (!items.every((it) => rewritable(text, it.heading.marker))) continue;
        const start = first.marker.start;
        const end = items[items.length - 1].heading.marker.end;
        let newText = '';
        let pos = start;
        const targets = [];
        for (const [k, it] of items.entries()) {
          const m = it.heading.marker;
          newText += text.slice(pos, m.start);
          const written = markerWithNumeral(text, m, numeralFor(m, previous.length + k + 1));
          targets.push({ start: newText.length, end: newText.length + written.length });
          newText += written;
          pos = m.end;
        }
        out.push({ start, end, newText, variant: `续前编号 ${LEVEL_NAME[scheme]}`, keys: [scheme], targets });
      }
    }
    return out;
  },
};
