import type { InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

const YEAR = /(?<![0-9０-９A-Za-z.])(19|20)([0-9])([0-9])年/g;
const OPEN = [
  (c: string, d: string) => `${c}${d}x`,
  (c: string, d: string) => `${c}${d}X`,
  (c: string) => `${c}XX`,
  (c: string) => `${c}××`,
  (c: string) => `${c}xx`,
];

/** A year with its last digits left open: `202x年`, `20XX年`, `20××年`. */
export const yearOpen: InjectionClass = {
  id: 'year-open',
  name: '年份未写全（202x）',
  category: 'placeholder',
  match: 'touch',
  perDocument: onePer(4000, 8),
  candidates(text, rng) {
    return matchesOf(text, YEAR).map((m) => {
      const form = rng.int(OPEN.length);
      const written = OPEN[form](m[1], m[2]) + '年';
      return { start: m.index, end: m.index + m[0].length, newText: written, variant: written.replace(/[0-9]/g, '9') };
    });
  },
};
