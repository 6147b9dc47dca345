import type { Rule } from '../rule';

/**
 * Scans misread Roman numerals and digits: `In类`/`HI类` for `Ⅲ类`, `IO0%` for `100%`, `2O21年`.
 * Only where the reading is unambiguous: a class before 类/级, or a figure before a unit.
 */
/** The classifiers a misread Roman numeral stands before. */
const CLASS_WORDS = ['类', '级'];
/** At most this many letters before 类/级 are read as one numeral. */
const ROMAN_LENGTH = 3;
const ROMAN: Readonly<Record<string, string | undefined>> = {
  In: 'Ⅲ', HI: 'Ⅲ', Hl: 'Ⅲ', lll: 'Ⅲ', Ill: 'Ⅲ', IlI: 'Ⅲ', IIl: 'Ⅲ',
  lI: 'Ⅱ', Il: 'Ⅱ', ll: 'Ⅱ', l: 'Ⅰ', lV: 'Ⅳ', Vl: 'Ⅵ', Vll: 'Ⅶ',
};
/** A figure of digits and look-alike letters directly before a unit; chemical names (`O3`, `CO2`) have none. */
const FIGURE = /[0-9OoIl][0-9OoIl]*(?:\.[0-9OoIl]+)?(?=[%％年月日万亿元个])/g;
const LOOKALIKE = /[OoIl]/;
/**
 * A digit beside a look-alike letter (a point may stand between): every misread figure holds one, so
 * FIGURE runs only over the runs of figure characters around these (rare) spots, not over every number.
 */
const DIGIT_BESIDE_LOOKALIKE = /[0-9]\.?[OoIl]|[OoIl]\.?[0-9]/g;

/** [0-9OoIl.]: what a figure is made of. */
function isFigureCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x4f || c === 0x6f || c === 0x49 || c === 0x6c || c === 0x2e;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Offsets of 类 and 级 in text order: `indexOf` finds them much faster than a scan for letters. */
function classWordOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const word of CLASS_WORDS) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) offsets.push(i);
  return offsets.sort((a, b) => a - b);
}

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
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    // From each 类/级 back over the letters before it (up to three); a longer run of letters is a Latin word.
    for (const word of classWordOffsets(text)) {
      let start = word;
      while (start > word - ROMAN_LENGTH && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
      if (start === word || isAsciiLetterCode(text.charCodeAt(start - 1))) continue;
      const written = text.slice(start, word);
      const right = ROMAN[written];
      if (!right) continue;
      ctx.report({
        message: `疑似扫描识别错误：“${written}${text[word]}”中的罗马数字被识别成了字母，应为“${right}${text[word]}”。请核对原件。`,
        start,
        end: word,
        fixes: [{ title: `改为“${right}”`, edits: [{ start, end: word, newText: right }], safe: false }],
      });
    }
    DIGIT_BESIDE_LOOKALIKE.lastIndex = 0;
    let spot: RegExpExecArray | null;
    while ((spot = DIGIT_BESIDE_LOOKALIKE.exec(text))) {
      // A match cannot cross a character outside the run, so scanning from the run start finds what a
      // scan of the whole text would find inside the run.
      let runStart = spot.index;
      while (isFigureCode(text.charCodeAt(runStart - 1))) runStart--;
      let runEnd = spot.index;
      while (isFigureCode(text.charCodeAt(runEnd))) runEnd++;
      DIGIT_BESIDE_LOOKALIKE.lastIndex = runEnd;
      FIGURE.lastIndex = runStart;
      let m: RegExpExecArray | null;
      while ((m = FIGURE.exec(text)) && m.index < runEnd) {
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
    }
  },
};
