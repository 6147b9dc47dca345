import type { WrittenDate } from '../model/frame';
import { parseArabic, parseChineseNumeral } from './numerals';
import { charCodeTable } from '../text/chars';

/**
 * Dates as 公文 write them: `2024年1月5日`, `二〇二四年一月五日`, `2024-01-05` / `2024.1.5` / `2024/1/5`,
 * and the blanks of a form (`××××年××月××日`, `年 月 日`). Matched at a given position (sticky
 * patterns, bounded in length), so a caller scanning a long line never rescans it.
 */

const D = '[0-9０-９]';
const ARABIC = new RegExp(`(${D}{4})\\s{0,2}年\\s{0,2}(${D}{1,2})\\s{0,2}月\\s{0,2}(${D}{1,2})\\s{0,2}[日号]`, 'y');
const CN_DIGIT = '[〇○零一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]';
const CHINESE = new RegExp(`(${CN_DIGIT}{4})年(${CN_SMALL}{1,3})月(${CN_SMALL}{1,3})日`, 'y');
const NUMERIC = /([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])/y;
/** A form's blank date: `××××年××月××日`, `XXXX年XX月XX日`, `年 月 日` with spaces for the figures. */
const BLANK = /(?:[×XＸx]{2,4}|[ \u3000]{0,4})年(?:[×XＸx]{1,2}|[ \u3000]{1,4})月(?:[×XＸx]{1,2}|[ \u3000]{1,4})日/y;

const CN_DIGITS: Readonly<Record<string, number>> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The date starting exactly at `pos` (and ending by `limit`), if one does. */
export function dateAt(text: string, pos: number, limit = text.length): WrittenDate | undefined {
  const c = text.charCodeAt(pos);
  let m: RegExpExecArray | null;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) {
    ARABIC.lastIndex = pos;
    if ((m = ARABIC.exec(text)) && pos + m[0].length <= limit) {
      const year = parseArabic(m[1]);
      const month = parseArabic(m[2]);
      const day = parseArabic(m[3]);
      if (validDay(month, day)) return { start: pos, end: pos + m[0].length, year, month, day, style: 'arabic' };
      return undefined;
    }
    NUMERIC.lastIndex = pos;
    if (c <= 0x39 && (m = NUMERIC.exec(text)) && pos + m[0].length <= limit) {
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (validDay(month, day)) return { start: pos, end: pos + m[0].length, year: Number(m[1]), month, day, style: 'numeric' };
    }
    return undefined;
  }
  if (IN_DATE[c] === 1 && CN_DIGITS[text[pos]] !== undefined) {
    CHINESE.lastIndex = pos;
    if ((m = CHINESE.exec(text)) && pos + m[0].length <= limit) {
      let year = 0;
      for (const ch of m[1]) year = year * 10 + CN_DIGITS[ch];
      const month = parseChineseNumeral(m[2]);
      const day = parseChineseNumeral(m[3]);
      if (validDay(month, day)) return { start: pos, end: pos + m[0].length, year, month, day, style: 'chinese' };
    }
    return undefined;
  }
  BLANK.lastIndex = pos;
  if ((c === 0xd7 || c === 0x58 || c === 0x78 || c === 0xff38 || c === 0x5e74 || c === 0x20 || c === 0x3000) && (m = BLANK.exec(text)) && pos + m[0].length <= limit) {
    return { start: pos, end: pos + m[0].length, style: 'arabic' };
  }
  return undefined;
}

/** Characters a date can hold, by code unit: digits, Chinese digits and 十, ×/X blanks, spaces, 年 月. */
const IN_DATE = charCodeTable(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
  ...Object.keys(CN_DIGITS), '十', '年', '月', ' ', '\u3000', '×', 'X', 'x', 'Ｘ']);

function inDate(c: number): boolean {
  return IN_DATE[c] === 1;
}

/** The date whose last character (`日`/`号`) is at `last`, starting no earlier than `floor`. */
export function dateEndingAt(text: string, last: number, floor: number): WrittenDate | undefined {
  let from = last;
  while (from > floor && last - from < 20 && inDate(text.charCodeAt(from - 1))) from--;
  for (let p = from; p < last; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x3000) continue;
    const d = dateAt(text, p, last + 1);
    if (d && d.end === last + 1) return d;
  }
  return undefined;
}
