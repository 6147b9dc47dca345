import type { Rule } from '../rule';
import { atLineStart, codeAfter, codes, insideMarker, codeBefore, continuesRun, eachOccurrence, leftAlone, isAsciiAlnum, runEnd, reportStandIn, STAND_IN_MESSAGES, standInMessagesEn } from './scan';
import { isChineseContextCode } from '../../text/chars';

export const SYMBOL_KIND = '符号占位符';
export const SYMBOL_KIND_EN = 'Symbol placeholder';

/** `○○` `△△` `□□` (a single one is a bullet or a tick box), or a lone `*` / `＊`. */
const SHAPES = '○△□';
const SHAPE_RUN = codes(SHAPES);
const STARS = '*＊';
const STAR_RUN = codes(STARS);
/** `二○三五年`, `二○○八年`: ○ written for the numeral zero. */
const NUMERALS = codes('〇零一二三四五六七八九十');

export const placeholderSymbol: Rule = {
  id: 'placeholder-symbol',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '符号占位符：用“○○”“△△”“□□”或单独的“*”代替名称（如“建设美丽 * 、”）。',
  descriptionEn: 'Symbols (○○, △△, □□, a lone *) standing for a name.',
  fixable: false,
  messages: STAND_IN_MESSAGES,
  messagesEn: standInMessagesEn(SYMBOL_KIND_EN),
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    const report = (start: number, end: number) => {
      if (!leftAlone(doc, start)) reportStandIn(ctx, SYMBOL_KIND, text, start, end);
    };
    eachOccurrence(doc, SHAPES, (start) => {
      if (continuesRun(text, start, SHAPE_RUN)) return;
      const end = runEnd(text, start, SHAPE_RUN);
      if (end - start < 2) return;
      if (text[start] === '○' && (NUMERALS.has(text.charCodeAt(start - 1)) || NUMERALS.has(text.charCodeAt(end)))) return;
      report(start, end);
    });
    eachOccurrence(doc, STARS, (start) => {
      // Markdown emphasis `**`, a list bullet, arithmetic (`3*4`) or a footnote mark on a Latin word is not a stand-in.
      if (continuesRun(text, start, STAR_RUN) || runEnd(text, start, STAR_RUN) > start + 1 || atLineStart(text, start)) return;
      if (isAsciiAlnum(text.charCodeAt(start - 1)) || isAsciiAlnum(text.charCodeAt(start + 1))) return;
      if (!isChineseContextCode(codeBefore(text, start)) || !isChineseContextCode(codeAfter(text, start + 1)) || insideMarker(text, start, start + 1)) return;
      report(start, start + 1);
    });
  },
};
