import type { Rule } from '../rule';

/**
 * Scans misread Roman numerals and digits: `In类`/`HI类` for `Ⅲ类`, `IO0%` for `100%`, `2O21年`.
 * Only where the reading is unambiguous: a class before 类/级, or a figure before a unit.
 */
const ROMAN_CLASS = /([A-Za-z]{1,3})(?=[类级])/g;
const ROMAN: Readonly<Record<string, string | undefined>> = {
  In: 'Ⅲ', HI: 'Ⅲ', Hl: 'Ⅲ', lll: 'Ⅲ', Ill: 'Ⅲ', IlI: 'Ⅲ', IIl: 'Ⅲ',
  lI: 'Ⅱ', Il: 'Ⅱ', ll: 'Ⅱ', l: 'Ⅰ', lV: 'Ⅳ', Vl: 'Ⅵ', Vll: 'Ⅶ',
};
/** A figure of digits and look-alike letters directly before a unit; chemical names (`O3`, `CO2`) have none. */
const FIGURE = /[0-9OoIl][0-9OoIl]*(?:\.[0-9OoIl]+)?(?=[%％年月日万亿元个])/g;
const LOOKALIKE = /[OoIl]/;

function asDigits(s: string): string {
  return s.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

export const residueOcrConfusion: Rule = {
  id: 'residue-ocr-confusion',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '扫描识别（OCR）错误：数字或罗马数字被识别成字母（如“In类”应为“Ⅲ类”，“IO0%”应为“100%”）。',
  descriptionEn: 'OCR confusions: Roman numerals or digits read as letters (In类 for Ⅲ类, IO0% for 100%).',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    ROMAN_CLASS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ROMAN_CLASS.exec(text))) {
      // Regexes here carry no look-behind (it would be tried at every position); the neighbour is checked in code.
      const right = ROMAN[m[1]];
      if (!right || /[A-Za-z]/.test(text[m.index - 1] ?? '')) continue;
      ctx.report({
        message: `疑似扫描识别错误：“${m[1]}${text[m.index + m[1].length]}”中的罗马数字被识别成了字母，应为“${right}${text[m.index + m[1].length]}”。请核对原件。`,
        start: m.index,
        end: m.index + m[1].length,
        fixes: [{ title: `改为“${right}”`, edits: [{ start: m.index, end: m.index + m[1].length, newText: right }], safe: false }],
      });
    }
    FIGURE.lastIndex = 0;
    while ((m = FIGURE.exec(text))) {
      const figure = m[0];
      if (!LOOKALIKE.test(figure) || !/[0-9]/.test(figure) || /[A-Za-z0-9.]/.test(text[m.index - 1] ?? '')) continue;
      const right = asDigits(figure);
      ctx.report({
        message: `疑似扫描识别错误：数字“${figure}”中混有字母，应为“${right}”。请核对原件。`,
        start: m.index,
        end: m.index + figure.length,
        fixes: [{ title: `改为“${right}”`, edits: [{ start: m.index, end: m.index + figure.length, newText: right }], safe: false }],
      });
    }
  },
};
