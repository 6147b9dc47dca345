/**
 * Dates as written in a draft: `2024年1月5日`, `2024年01月05日`, `二〇二四年一月五日`, `2024.1.5`,
 * `2024-01-05`, and the partial dates of deadlines (`3月底前`, `5月10日前`). Pure text functions,
 * shared by the element and consistency rules.
 */

export type DateStyle = 'arabic' | 'chinese' | 'numeric';

export interface ReadDate {
  readonly start: number;
  readonly end: number;
  /** Absent when the date has no year (`3月22日`). A two-digit year (`24年`) is read as written: 24. */
  readonly year?: number;
  readonly month: number;
  /** Absent for a month alone (`3月底`). */
  readonly day?: number;
  readonly style: DateStyle;
  /** A month or day written with a leading zero (`08月`, `01日`). */
  readonly padded: boolean;
  /** Digits of the year as written (`2024`, `24`, `二〇二四`). */
  readonly yearText?: string;
}

const DIGITS = '[0-9０-９]';
const CHINESE_DIGITS = '[〇○零一二三四五六七八九]';
const CHINESE_SMALL = '[一二三四五六七八九十]';
/** `2024年1月5日`, `2024年01月05日`, `24年1月5日`; spaces a conversion left (`2009年1月1 日`) are allowed. */
const ARABIC = new RegExp(`(${DIGITS}{2,4})[ \\u3000]*年[ \\u3000]*(${DIGITS}{1,2})[ \\u3000]*月[ \\u3000]*(${DIGITS}{1,2})[ \\u3000]*日`, 'g');
/** `二〇二四年一月五日`; `○` (white circle) is a common stand-in for `〇`. */
const CHINESE = new RegExp(`(${CHINESE_DIGITS}{4})年(${CHINESE_SMALL}{1,3})月(${CHINESE_SMALL}{1,3})日`, 'g');
/** `2024.1.5`, `2024-01-05`, `2024/1/5`, `2024．1．5`. */
const NUMERIC = new RegExp(`(${DIGITS}{4})([.．/\\-－])(${DIGITS}{1,2})\\2(${DIGITS}{1,2})`, 'g');

function digitValue(s: string): number {
  let v = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return v;
}

const CHINESE_DIGIT_VALUE: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** 一 … 三十一 (month and day numerals). NaN when malformed. */
function smallChineseValue(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CHINESE_DIGIT_VALUE[s] ?? NaN : NaN;
  const tens = ten === 0 ? 1 : CHINESE_DIGIT_VALUE[s.slice(0, ten)] ?? NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? CHINESE_DIGIT_VALUE[rest] ?? NaN : NaN;
  return tens * 10 + ones;
}

function validMonthDay(month: number, day: number | undefined): boolean {
  return month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

/** A digit or letter right before or after a match makes it part of a longer token (`12024.1.5`, `2024.1.55`). */
function isTokenCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Every full date (year, month and day) in [from, to), in text order. */
export function fullDatesIn(text: string, from = 0, to = text.length): ReadDate[] {
  const span = text.slice(from, to);
  const out: ReadDate[] = [];
  for (const m of span.matchAll(ARABIC)) {
    const start = from + m.index!;
    if (start > 0 && isTokenCode(text.charCodeAt(start - 1))) continue;
    const month = digitValue(m[2]);
    const day = digitValue(m[3]);
    if (!validMonthDay(month, day)) continue;
    out.push({
      start, end: start + m[0].length, year: digitValue(m[1]), month, day, style: 'arabic',
      padded: (m[2].length === 2 && month < 10) || (m[3].length === 2 && day < 10), yearText: m[1],
    });
  }
  for (const m of span.matchAll(CHINESE)) {
    const start = from + m.index!;
    const year = [...m[1]].reduce((v, ch) => v * 10 + CHINESE_DIGIT_VALUE[ch], 0);
    const month = smallChineseValue(m[2]);
    const day = smallChineseValue(m[3]);
    if (!validMonthDay(month, day)) continue;
    out.push({ start, end: start + m[0].length, year, month, day, style: 'chinese', padded: false, yearText: m[1] });
  }
  for (const m of span.matchAll(NUMERIC)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if ((start > 0 && isTokenCode(text.charCodeAt(start - 1))) || isTokenCode(text.charCodeAt(end)) || text[end] === '.' || text[end] === '．') continue;
    const month = digitValue(m[3]);
    const day = digitValue(m[4]);
    if (!validMonthDay(month, day)) continue;
    out.push({
      start, end, year: digitValue(m[1]), month, day, style: 'numeric',
      padded: (m[3].length === 2 && month < 10) || (m[4].length === 2 && day < 10), yearText: m[1],
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The one date that fills [start, end) exactly (a frame's 成文日期), or undefined. */
export function dateFilling(text: string, start: number, end: number): ReadDate | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return fullDatesIn(text, start, end).find((d) => d.start === start && d.end === end);
}

/** The date written the standard way (GB/T 9704—2012 7.3.5.4): `2024年1月5日`. */
export function standardDateText(date: { year?: number; month: number; day?: number }): string {
  return `${date.year ?? ''}年${date.month}月${date.day === undefined ? '' : `${date.day}日`}`;
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
