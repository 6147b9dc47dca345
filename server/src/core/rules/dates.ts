import type { WrittenDate } from '../model/frame';
import { dateAt } from '../parser/dates';

/**
 * Dates as the element and consistency rules read them, on top of the parser's `dateAt` (the one reader
 * of 公文 dates): every full date of a span, whether a month or day is padded with a zero, the
 * standard form, and day numbers to compare dates.
 */

/** Where a full date can start: four digits or four Chinese digits of a year. */
const YEAR_START = /[0-9０-９]{4}|[〇○零一二三四五六七八九]{4}/g;

function isDigitOrLetterCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Every date with year, month and day in [from, to), in text order (not a longer number's digits). */
export function fullDatesIn(text: string, from = 0, to = text.length): WrittenDate[] {
  const out: WrittenDate[] = [];
  YEAR_START.lastIndex = from;
  for (let m = YEAR_START.exec(text); m && m.index < to; m = YEAR_START.exec(text)) {
    const at = m.index;
    if (at > 0 && isDigitOrLetterCode(text.charCodeAt(at - 1))) continue;
    const d = dateAt(text, at, to);
    if (!d || d.year === undefined || d.day === undefined || (d.end < text.length && isDigitOrLetterCode(text.charCodeAt(d.end)))) continue;
    out.push(d);
    YEAR_START.lastIndex = d.end;
  }
  return out;
}

/** Offsets of the zeros that pad a month or day (`2026年08月01日`, `2024-01-05`). */
export function paddingZeros(text: string, date: WrittenDate): number[] {
  const out: number[] = [];
  for (const m of text.slice(date.start, date.end).matchAll(/(?<=[年月.\-/．－][ \u3000]*)[0０](?=[0-9０-９])/g)) out.push(date.start + m.index!);
  return out;
}

/** The date written the standard way (GB/T 9704—2012 7.3.5.4): `2024年1月5日`. */
export function standardDateText(date: WrittenDate): string {
  return `${date.year ?? ''}年${date.month ?? ''}月${date.day ?? ''}日`;
}

/** Days since 0000-03-01 of a calendar date (for comparisons only). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * m + 2) / 5) + day - 1;
}

/** Last day of a month. */
export function lastDayOf(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}
