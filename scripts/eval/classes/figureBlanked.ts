import type { Edit, InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';
import { figures } from './figures';

/**
 * A figure not yet known, left as spaces to fill in later, as writers do when the draft goes round
 * before the figures come in: `增长　%`, `投资  亿元`, `第　次`, and a date whose month and day are not
 * fixed yet (`2025年　月　日`, `请于　月　日前`), a document number not yet assigned (`县政办发〔2025〕　号`). The injected text is the blank and what follows it to
 * the unit; a hit is a placeholder finding on it (a punctuation finding that deletes the blank is no hit).
 */
const BLANKS = [['　', '全角空格'], ['　　', '全角空格'], [' ', '半角空格'], ['  ', '半角空格']] as const;

/** A full date, or a month and day after a word that introduces one (`于3月15日前`, `截至6月底`). */
const DATE = /([0-9]{4}年)([0-9]{1,2})月([0-9]{1,2})日/g;
/** A document number's serial number (`国办发〔2024〕3号`): left out until it is assigned. */
const DOC_NUMBER = /[\u4e00-\u9fff]〔[0-9]{4}〕([0-9]{1,5})号/g;
const MONTH_DAY = /(于|至|到|截至|截止|自|从|在)([0-9]{1,2})月(?:([0-9]{1,2})日|(底|份|中旬|上旬|下旬))/g;

export const figureBlanked: InjectionClass = {
  id: 'figure-blanked',
  name: '用空格留出的数字（增长　%、于　月　日前）',
  category: 'placeholder',
  match: 'touch',
  perDocument: onePer(3000, 10),
  reportVariants: true,
  candidates(text, rng) {
    const out: Edit[] = [];
    const blank = () => rng.pick(BLANKS);
    for (const f of figures(text)) {
      const [spaces, width] = blank();
      const kind = f.ordinal ? '第_次' : f.unit === '%' || f.unit === '％' ? '_%' : '_单位';
      out.push({ start: f.start, end: f.end + f.unit.length, newText: spaces + f.unit, variant: `${kind} ${width}` });
    }
    for (const m of matchesOf(text, DATE)) {
      const [spaces] = blank();
      const start = m.index + m[1].length;
      const written = `${spaces}月${spaces}日`;
      out.push({ start, end: m.index + m[0].length, newText: written, variant: '年　月　日' });
    }
    for (const m of matchesOf(text, MONTH_DAY)) {
      const [spaces] = blank();
      const start = m.index + m[1].length;
      const written = m[3] !== undefined ? `${spaces}月${spaces}日` : `${spaces}月${m[4]}`;
      out.push({ start, end: m.index + m[0].length, newText: written, variant: '于　月　日' });
    }
    for (const m of matchesOf(text, DOC_NUMBER)) {
      const [spaces] = blank();
      const start = m.index + m[0].length - m[1].length - 1;
      out.push({ start, end: start + m[1].length + 1, newText: rng.chance(0.5) ? `${spaces}号` : '号', variant: '〔2025〕　号' });
    }
    return out;
  },
};
