import type { Edit, InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

/** A quotation of Chinese text (no quote marks or line breaks inside). */
const QUOTATION = /“([^“”‘’\r\n"]{1,30})”/g;
const INNER_QUOTATION = /‘([^“”‘’\r\n']{1,20})’/g;
const PARENTHESIS = /（([^（）\r\n]{2,30})）/g;
const FULL_STOP = /(?<=[\u4e00-\u9fff])。/g;
const COMMA = /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/g;
const DASH = /——/g;
const ELLIPSIS = /……/g;
const DASH_AS = ['――', '──', '–', '--'];

/**
 * Punctuation typed or converted wrong, each replacing a correct mark of the untouched text: a
 * half-width `.` ending a Chinese sentence, straight quotes `"…"` and corner brackets `「…」` for “…”,
 * spaces inside brackets and quotes, `――` `──` `–` `--` for the dash ——, `...` for ……, a half-width comma.
 */
export const punctuationMark: InjectionClass = {
  id: 'punctuation-mark',
  name: '标点误用（. "…" 「」 空格 ―― ...）',
  category: 'punctuation',
  match: 'touch',
  perDocument: onePer(3000, 10),
  candidates(text, rng) {
    const out: Edit[] = [];
    const add = (re: RegExp, variant: string, write: (m: RegExpExecArray) => string) => {
      for (const m of matchesOf(text, re)) out.push({ start: m.index, end: m.index + m[0].length, newText: write(m), variant });
    };
    add(FULL_STOP, '句末.', () => '.');
    add(COMMA, '半角,', () => ',');
    add(QUOTATION, '直引号"…"', (m) => `"${m[1]}"`);
    add(QUOTATION, '直角引号「…」', (m) => `「${m[1]}」`);
    add(INNER_QUOTATION, '直角引号『…』', (m) => `『${m[1]}』`);
    add(QUOTATION, '引号内空格', (m) => (rng.chance(0.5) ? `“ ${m[1]}”` : `“${m[1]} ”`));
    add(PARENTHESIS, '括号内空格', (m) => (rng.chance(0.5) ? `（ ${m[1]}）` : `（${m[1]} ）`));
    add(DASH, '破折号写法', () => rng.pick(DASH_AS));
    add(ELLIPSIS, '省略号写法', () => '...');
    return out;
  },
};
