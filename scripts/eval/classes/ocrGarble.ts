import type { Edit, InjectionClass } from '../injection';
import { isHan, matchesOf, onePer } from '../injection';

/** Digits OCR reads as letters. */
const DIGIT_AS_LETTER: Readonly<Record<string, readonly string[]>> = { '0': ['O', 'o'], '1': ['l', 'I'], '5': ['S'], '2': ['Z'] };
/** A percent sign read as slashes and dots or circles. */
const PERCENT_AS = ['°/o', 'o/o', './.', '·/.', '°/。'];
/** Han characters OCR reads as a Latin capital. */
const HAN_AS_LETTER: Readonly<Record<string, string>> = { 工: 'I', 口: 'O', 十: 'T', 人: 'A', 日: 'B' };

const FIGURE = /(?<![0-9A-Za-z.])[0-9]+(?:\.[0-9]+)?(?=[%％年月日万亿元个项家人次])/g;
const PERCENT = /(?<=[0-9])[%％]/g;
const HAN_PAIR = /[\u4e00-\u9fff](?=[\u4e00-\u9fff])/g;
const CLOSING_PAREN = /(?<=[\u4e00-\u9fff])）/g;

/**
 * Garbles of a scanned page: a digit read as a letter (`2O19年`, `5l0`), a percent sign read as slashes
 * and dots (`15°/o`), a column rule read as `|` between Han characters, a full-width bracket read as `}`,
 * a Han character read as a lone Latin capital (`加强I作`).
 */
export const ocrGarble: InjectionClass = {
  id: 'ocr-garble',
  name: 'OCR 识别错误（2O19、°/o、|、}、I作）',
  category: 'residue',
  match: 'touch',
  perDocument: onePer(3000, 10),
  candidates(text, rng) {
    const out: Edit[] = [];
    for (const m of matchesOf(text, FIGURE)) {
      const positions = [...m[0]].map((d, k) => (DIGIT_AS_LETTER[d] ? k : -1)).filter((k) => k >= 0);
      if (positions.length === 0) continue;
      const k = rng.pick(positions);
      out.push({ start: m.index + k, end: m.index + k + 1, newText: rng.pick(DIGIT_AS_LETTER[m[0][k]]), variant: 'digit-as-letter' });
    }
    for (const m of matchesOf(text, PERCENT)) out.push({ start: m.index, end: m.index + 1, newText: rng.pick(PERCENT_AS), variant: 'percent-as-slashes' });
    for (const m of matchesOf(text, HAN_PAIR)) {
      const ch = m[0];
      const letter = HAN_AS_LETTER[ch];
      // A lone capital only between Han characters.
      if (letter && isHan(text.charCodeAt(m.index - 1))) out.push({ start: m.index, end: m.index + 1, newText: letter, variant: 'han-as-capital' });
      else if (rng.chance(0.004)) out.push({ start: m.index + 1, end: m.index + 1, newText: '|', variant: 'rule-as-bar' });
    }
    for (const m of matchesOf(text, CLOSING_PAREN)) out.push({ start: m.index, end: m.index + 1, newText: '}', variant: 'bracket-as-brace' });
    return out;
  },
};
