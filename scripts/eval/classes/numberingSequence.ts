import type { Edit, InjectionClass } from '../injection';
import { onePer } from '../injection';
import { headingStructure, lineStartOf, markerWithNumeral, numeralFor, rewritable, startsLine } from './headingRuns';

/**
 * What cutting, pasting and reordering sections does to a run of headings, on the corpus documents' own runs
 * (read by the parser, numbered 1, 2, 3 … without a fault): a section deleted without renumbering the rest
 * (`一、二、四、`), a section pasted as a template and its number left (`（二）（二）`), two neighbouring sections
 * swapped (`三、` after `四、`). One injection per run; a hit is a numbering finding on the injected marker (on
 * either moved heading for a swap).
 */
export const numberingSequence: InjectionClass = {
  id: 'numbering-sequence',
  name: '序号跳号、重号、错序（删节、复制、调换）',
  category: 'numbering',
  match: 'touch',
  perDocument: onePer(2500, 8),
  candidates(text) {
    const out: Edit[] = [];
    const { runs, headings } = headingStructure(text);
    for (const run of runs) {
      const items = run.items;
      const keys = [run.key];
      for (let k = 1; k < items.length; k++) {
        const m = items[k].heading.marker;
        // 重号: the section before copied as a template, its number kept.
        if (rewritable(text, m)) out.push({ start: m.start, end: m.end, newText: markerWithNumeral(text, m, numeralFor(m, k)), variant: '重号', keys });
        // 跳号: section k deleted, the next keeping its number (the last section's deletion leaves no fault).
        if (k < items.length - 1) {
          const next = items[k + 1].heading.marker;
          out.push({ start: m.start, end: next.end, newText: text.slice(next.start, next.end), variant: '跳号', keys });
        }
      }
      // 错序: sections k and k+1 swapped, whole lines, where both start their lines and a heading starts a line after them.
      for (let k = 0; k + 1 < items.length; k++) {
        const a = items[k].heading;
        const b = items[k + 1].heading;
        if (a.inline || b.inline || !startsLine(text, a.start) || !startsLine(text, b.start)) continue;
        const after = headings.find((h) => h.start > b.start && h.depth <= b.depth);
        if (!after || after.inline || !startsLine(text, after.start)) continue;
        const as = lineStartOf(text, a.start);
        const bs = lineStartOf(text, b.start);
        const be = lineStartOf(text, after.start);
        if (!(as < bs && bs < be)) continue;
        const newText = text.slice(bs, be) + text.slice(as, bs);
        const targets = [
          { start: b.marker.start - bs, end: b.marker.end - bs },
          { start: be - bs + a.marker.start - as, end: be - bs + a.marker.end - as },
        ];
        out.push({ start: as, end: be, newText, variant: '错序', keys, targets });
      }
    }
    return out;
  },
};
