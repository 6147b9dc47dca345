import type { Edit, InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

const FIGURE = /(?<![0-9A-Za-z.０-９])[0-9]+(?:\.[0-9]+)?(?![0-9A-Za-z])/g;
const YEAR = /(?<![0-9])(20[0-9]{2})年/g;
const HAN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function fullWidth(s: string): string {
  return s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

/**
 * Numerals in a form the standard does not use: full-width digits (`２０２４`), a year in Chinese
 * numerals written with 零 or ○ for 〇 (`二零二四年`, `二○二四年`).
 */
export const numeralForm: InjectionClass = {
  id: 'numeral-form',
  name: '数字写法（全角数字、二零二四年）',
  category: 'number',
  alsoFoundBy: ['punctuation'],
  match: 'touch',
  perDocument: onePer(4000, 8),
  candidates(text, rng) {
    const out: Edit[] = [];
    for (const m of matchesOf(text, FIGURE)) out.push({ start: m.index, end: m.index + m[0].length, newText: fullWidth(m[0]), variant: '全角数字' });
    for (const m of matchesOf(text, YEAR)) {
      const zero = rng.pick(['零', '○']);
      const han = [...m[1]].map((d) => (d === '0' ? zero : HAN_DIGITS[Number(d)])).join('');
      out.push({ start: m.index, end: m.index + m[0].length, newText: `${han}年`, variant: `年份用${zero}` });
    }
    return out;
  },
};
