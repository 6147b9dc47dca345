import type { InjectionClass } from '../injection';
import { onePer } from '../injection';
import { figures } from './figures';

/** What drafters type for a figure they will fill in later. */
const STAND_INS = ['×', '××', '×××', 'X', 'XX', 'xx', '[X]', '【X】', '[ ]', '【 】', '［××］'];

/** A figure replaced by a stand-in: `×万亩`, `XX家`, `[X]%`. The injected text is the stand-in and its unit. */
export const figureStandIn: InjectionClass = {
  id: 'figure-stand-in',
  name: '数字写成×/XX/[X]',
  category: 'placeholder',
  match: 'touch',
  perDocument: onePer(2500, 12),
  candidates(text, rng) {
    return figures(text).filter((f) => !f.ordinal).map((f) => {
      const standIn = rng.pick(STAND_INS);
      return { start: f.start, end: f.end + f.unit.length, newText: standIn + f.unit, variant: standIn };
    });
  },
};
