import type { Edit, InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

/**
 * A percentage's sign dropped by a converter where a rise, a fall or a share ends its clause: `比上年增长12.5%；`
 * becomes `比上年增长12.5；`, `占比为52.3%。` becomes `占比为52.3。`. The injected text is the bare number. Not an item
 * before 、 (`分别增长10.6%、12.6%` made `10.6、12.6%`): a list giving its unit once, at its end, is a habit of style, not
 * a unit lost (number-missing-unit leaves it alone).
 */
const CHANGE_PERCENT = /(增长|下降|提高|降低|上升|回落|上涨|下滑|占比|比重)(了)?(到|至|为)?([0-9]+(?:\.[0-9]+)?)[%％](?=[，。；,;])/g;

export const unitDropped: InjectionClass = {
  id: 'unit-dropped',
  name: '增减幅度丢了单位（增长12.5；）',
  category: 'number',
  match: 'touch',
  perDocument: onePer(4000, 8),
  candidates(text) {
    const out: Edit[] = [];
    for (const m of matchesOf(text, CHANGE_PERCENT)) {
      const figure = m[4];
      const start = m.index + m[0].length - figure.length - 1;
      out.push({ start, end: start + figure.length + 1, newText: figure, variant: m[1] });
    }
    return out;
  },
};
