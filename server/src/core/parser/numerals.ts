/** Chinese, Arabic and circled numerals as used in heading markers. */

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** Digit value of a Chinese numeral character by code unit (0–9); undefined for the units 十百千 and anything else. */
function digitOf(c: number): number | undefined {
  switch (c) {
    case 0x96f6: case 0x3007: return 0; // 零 〇
    case 0x4e00: return 1; // 一
    case 0x4e8c: case 0x4e24: return 2; // 二 两
    case 0x4e09: return 3; // 三
    case 0x56db: return 4; // 四
    case 0x4e94: return 5; // 五
    case 0x516d: return 6; // 六
    case 0x4e03: return 7; // 七
    case 0x516b: return 8; // 八
    case 0x4e5d: return 9; // 九
    default: return undefined;
  }
}

function unitOf(c: number): number {
  return c === 0x5341 ? 10 : c === 0x767e ? 100 : c === 0x5343 ? 1000 : 0; // 十 百 千
}

/** 十一 → 11, 二十三 → 23, 一百零五 → 105, 一〇五 → 105. NaN when malformed. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  let positional = s.length > 1;
  let hasZero = false;
  for (let i = 0; i < s.length && positional; i++) {
    const d = digitOf(s.charCodeAt(i));
    if (d === undefined) positional = false;
    else if (d === 0) hasZero = true;
  }
  if (positional && hasZero) {
    // Positional form: 一〇五
    let value = 0;
    for (let i = 0; i < s.length; i++) value = value * 10 + digitOf(s.charCodeAt(i))!;
    return value;
  }
  let total = 0;
  let digit = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = digitOf(c);
    if (d !== undefined) {
      if (digit > 0) return NaN; // two digits in a row: 二三
      digit = d;
    } else {
      const unit = unitOf(c);
      if (unit === 0) return NaN;
      total += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
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

/** Arabic digits, ASCII or full-width. NaN for anything else. */
export function parseArabic(s: string): number {
  if (!s) return NaN;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d < 0) return NaN;
    value = value * 10 + d;
  }
  return value;
}
