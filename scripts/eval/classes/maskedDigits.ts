import type { Edit, InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

/** A run of three or more digits that is not a year (years are `year-open`'s). */
const DIGITS = /(?<![0-9A-Za-z.．])[0-9]{3,}(?![0-9.．年])/g;
const LATIN_UNIT = /(?<![0-9A-Za-z.．])[0-9]+(?:\.[0-9]+)?(?=kV|KV|kv|km|MW|kW|GW|MHz|GB)/g;
const MAIL = /[A-Za-z0-9._-]+(?=@[A-Za-z0-9-]+\.)/g;

/**
 * Digits masked with X or ×, as drafts and published versions do for numbers to be filled in or
 * withheld: `1381234XXXX`, `0591-2316XXXX`, `15XX万元`, `XXkV线路`, `XXX@shandong.cn`.
 */
export const maskedDigits: InjectionClass = {
  id: 'masked-digits',
  name: '数字被X遮盖（1381234XXXX）',
  category: 'placeholder',
  match: 'touch',
  perDocument: onePer(4000, 8),
  candidates(text, rng) {
    const out: Edit[] = [];
    for (const m of matchesOf(text, DIGITS)) {
      const digits = m[0];
      const masked = 2 + rng.int(digits.length - 2);
      const mask = (rng.chance(0.8) ? 'X' : '×').repeat(masked);
      out.push({ start: m.index + digits.length - masked, end: m.index + digits.length, newText: mask, variant: 'tail' });
    }
    for (const m of matchesOf(text, LATIN_UNIT)) out.push({ start: m.index, end: m.index + m[0].length, newText: 'XX', variant: 'XX+latin-unit' });
    for (const m of matchesOf(text, MAIL)) out.push({ start: m.index, end: m.index + m[0].length, newText: 'XXX', variant: 'XXX@' });
    // Already masked in the untouched text (an anonymised data set): nothing to inject there.
    return out.filter((e) => text.slice(e.start, e.end) !== e.newText);
  },
};
