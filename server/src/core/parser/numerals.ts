/** Chinese, Arabic and circled numerals as used in heading markers. */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** 十一 → 11, 二十三 → 23, 一百零五 → 105, 一〇五 → 105. NaN when malformed. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  if (s.length > 1 && /[〇零]/.test(s) && [...s].every((c) => c in DIGITS)) {
    // Positional form: 一〇五
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let digit = -1;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit > 0) return NaN; // two digits in a row: 二三
      digit = DIGITS[c];
    } else if (c in UNITS) {
      const unit = UNITS[c];
      total += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    } else {
      return NaN;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 11 → 十一, 23 → 二十三, 105 → 一百零五. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return SMALL[n];
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  const parts: string[] = [];
  const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let zero = false;
  let started = false;
  for (const [u, name] of units) {
    const d = Math.floor(n / u) % 10;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    started = true;
    parts.push(SMALL[d] + name);
  }
  return parts.join('');
}

export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function parseCircled(c: string): number {
  const i = CIRCLED.indexOf(c);
  return i < 0 ? NaN : i + 1;
}

export function formatCircled(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
}

/** Arabic digits, ASCII or full-width. */
export function parseArabic(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}
