import type { Marker } from '../../../server/src/core/model/document';
import type { Edit, InjectionClass } from '../injection';
import { onePer } from '../injection';
import { CHINESE_NUMERAL_CHARS } from '../../../server/src/core/parser/numerals';
import { headingStructure, rewritable } from './headingRuns';

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * After `三、` the text would read on as one word (`三大`, `二是`, `一项`, `十二`): a missing separator there is
 * not a plain fault, so it is not injected before these.
 */
const READS_ON = new Set([...CHINESE_NUMERAL_CHARS, ...'是要大项条个年月日级种次类批届期方部点位名家中小重者则来'.split('')]);

function numeral(text: string, m: Marker): string {
  return text.slice(m.numeralStart, m.numeralEnd);
}

/** The value as an Arabic numeral (for `（三）` written `3.`) and as a Chinese one (for `（3）` written `（三）`). */
const arabic = (m: Marker) => String(m.value);
const chinese = (m: Marker) => (m.value < 10 ? CHINESE_DIGITS[m.value] : undefined);

/**
 * One heading written in another style than its siblings, in the corpus documents' own runs (read by the parser):
 * a level's style (`（三）` written `3.` or `三、` among `（一）（二）（四）`; `三、` written `（三）`; `3.` written `（3）`),
 * the other bracket width (`(三)` among `（一）（二）`, `（三）` among `(一)(二)`), a separator (`三.` `三，` among `一、二、`;
 * `3、` among `1.` `2.`), an extra mark after brackets (`（三）、`) and a separator left out (`三加强…`). Each is
 * written only where every sibling of the run uses the standard form it replaces, so no injected form is one a
 * document of the corpus uses for its own headings. One injection per run; a hit is a numbering finding on it.
 */
export const numberingStyle: InjectionClass = {
  id: 'numbering-style',
  name: '序号写法与层级写法错误（3. 代（三）、(三)、一.、1、、二加强）',
  category: 'numbering',
  match: 'touch',
  perDocument: onePer(2500, 8),
  candidates(text) {
    const out: Edit[] = [];
    for (const run of headingStructure(text).runs) {
      const keys = [run.key];
      const markers = run.items.map((it) => it.heading.marker);
      if (!markers.every((m) => rewritable(text, m))) continue;
      const all = (p: (m: Marker) => boolean) => markers.every(p);
      for (const m of markers) {
        const add = (newText: string, variant: string) => out.push({ start: m.start, end: m.end, newText, variant, keys });
        const n = numeral(text, m);
        switch (run.scheme) {
          case 'chinese-paren': {
            add(`${arabic(m)}.`, '层级：（三）写作3.');
            add(`${n}、`, '层级：（三）写作三、');
            if (all((x) => x.open === '（' && x.close === '）')) add(`(${n})`, '半角括号(三)');
            if (all((x) => x.open === '(' && x.close === ')')) add(`（${n}）`, '全角括号（三）');
            if (all((x) => x.open === '（' && x.close === '）' && !x.trailing)) add(`（${n}）、`, '括号后加顿号（三）、');
            break;
          }
          case 'chinese': {
            add(`（${n}）`, '层级：三、写作（三）');
            if (all((x) => x.separator === '、')) {
              add(`${n}.`, '分隔符：三.');
              add(`${n}，`, '分隔符：三，');
              if (!READS_ON.has(text[m.end])) add(n, '缺顿号：三加强');
            }
            break;
          }
          case 'arabic': {
            add(`（${n}）`, '层级：3.写作（3）');
            if (all((x) => x.separator === '.' || x.separator === '．')) add(`${n}、`, '分隔符：3、');
            break;
          }
          case 'arabic-paren': {
            add(`${n}.`, '层级：（3）写作3.');
            const c = chinese(m);
            if (c) add(`（${c}）`, '层级：（3）写作（三）');
            if (all((x) => x.open === '（' && x.close === '）')) add(`(${n})`, '半角括号(3)');
            break;
          }
          default:
            break;
        }
      }
    }
    return out;
  },
};
