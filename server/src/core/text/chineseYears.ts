import { charCodeTable } from './chars';

/**
 * A year written in Chinese numerals before 年 (`二〇二四年`, and the forms a draft gets wrong: `二零二四年`,
 * `二○二四年`, `二0二四年`, `二O一一年`, `二 0 一二年` from a converter that spaced out the other script). Shared by
 * `number-chinese-zero`, which reports a wrong zero in one, and `residue-ocr-confusion`, which leaves the letter
 * O of one to it (there the O stands for 〇, not for a misread 口).
 */

/** What a year's four numerals may be written with: the numerals and every wrong form of 〇. */
export const YEAR_NUMERAL_CODES = charCodeTable('〇零○ＯOo0一二三四五六七八九');
/** Blanks a converter leaves around a numeral of another script: a space, a tab, an ideographic or no-break space. */
export const YEAR_BLANK_CODES = charCodeTable(' \t\u3000\u00a0');
/** At most this many blanks between two numerals of a year (or before 年). */
const MAX_BLANKS = 2;
const HAN_DIGIT = /[〇一二三四五六七八九]/;

/** The start of four numerals ending before `at` (blanks allowed between them), or -1. */
function fourNumeralsBefore(text: string, at: number): number {
  let i = at;
  for (let n = 0; n < 4; n++) {
    let blanks = 0;
    while (blanks < MAX_BLANKS && YEAR_BLANK_CODES[text.charCodeAt(i - 1)] === 1) { i--; blanks++; }
    if (YEAR_NUMERAL_CODES[text.charCodeAt(i - 1)] !== 1) return -1;
    i--;
  }
  return i;
}

/** A numeral right before `start`, or after a few blanks: the four are part of a longer run (a table of figures). */
function longerRun(text: string, start: number): boolean {
  let i = start;
  while (i > start - MAX_BLANKS && YEAR_BLANK_CODES[text.charCodeAt(i - 1)] === 1) i--;
  return YEAR_NUMERAL_CODES[text.charCodeAt(i - 1)] === 1;
}

export interface ChineseYear {
  /** Where the year's first numeral stands; it ends before 年 at the offset asked about. */
  readonly start: number;
  /** The year as written, blanks included, without 年. */
  readonly spanned: string;
  /** The four numerals as written, without the blanks. */
  readonly written: string;
}

/**
 * The year in Chinese numerals that ends before the 年 at `at`: four numerals (a few blanks between them
 * allowed), not part of a longer run, opening with a Han numeral other than 〇 (`20O0年` is an Arabic year).
 */
export function chineseYearBefore(text: string, at: number): ChineseYear | undefined {
  const start = fourNumeralsBefore(text, at);
  if (start < 0 || longerRun(text, start)) return undefined;
  const spanned = text.slice(start, at);
  const written = [...spanned].filter((c) => YEAR_BLANK_CODES[c.charCodeAt(0)] !== 1).join('');
  if (!HAN_DIGIT.test(written[0]) || written[0] === '〇') return undefined;
  return { start, spanned, written };
}

/** Is the character at `i` one of a year in Chinese numerals (the 年 after it at most a year's length away)? */
export function insideChineseYear(text: string, i: number): boolean {
  const limit = Math.min(text.length, i + 4 * (MAX_BLANKS + 1));
  let at = i + 1;
  while (at < limit && (YEAR_NUMERAL_CODES[text.charCodeAt(at)] === 1 || YEAR_BLANK_CODES[text.charCodeAt(at)] === 1)) at++;
  if (text.charCodeAt(at) !== 0x5e74 /* 年 */) return false;
  const year = chineseYearBefore(text, at);
  return year !== undefined && year.start <= i;
}
