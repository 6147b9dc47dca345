import type { Rule } from '../rule';
import type { PolicyDocument } from '../../model/document';
import { codes, continuesRun, insideMarker, codeAfter, codeBefore, eachOccurrence, leftAlone, isAsciiAlnum, runEnd, reportStandIn, STAND_IN_MESSAGES, standInMessagesEn } from './scan';
import { isChineseContextCode } from '../../text/chars';

export const LETTER_KIND = '字母占位符';
export const LETTER_KIND_EN = 'Letter placeholder';

const LETTERS = 'XxＸｘ';
const LETTER_RUN = codes(LETTERS);
/** Real terms that start with X: X射线, X光, X线, X型, X轴. */
const TERMS = ['射线', '光', '线', '型', '轴', '染色体', '波段'];
/** Characters that join an X into a Latin token or formula (`1+N+X`, `I/M`, `PM_X`). */
const JOINERS = codes('+-/._&@#');
/** Operators of a formula that makes a letter a symbol (`1+N+X`, `N×X`). */
const OPERATORS = codes('+-/*=×＋－＝');
/** `其中X是…`, `式中，X为…`: a sentence that defines the letter. */
const DEFINED = /(?:其中|式中|这里|此处)[，,]?\s*$/;
const DEFINITION_VERBS = ['是指', '是', '为', '指', '表示', '代表', '即'];

/**
 * Where each letter first becomes a symbol of the document: in a formula (`“1+N+X”政策体系`) or a
 * definition (`其中X是指…`). From there on the same letter standing alone is that symbol, not a stand-in.
 */
function symbolsDefined(text: string, doc: PolicyDocument): Map<number, number> {
  const defined = new Map<number, number>();
  eachOccurrence(doc, LETTERS, (start) => {
    const c = text.charCodeAt(start);
    if (continuesRun(text, start, LETTER_RUN) || runEnd(text, start, LETTER_RUN) !== start + 1) return;
    const inFormula = (OPERATORS.has(text.charCodeAt(start - 1)) && isAsciiAlnum(text.charCodeAt(start - 2)))
      || (OPERATORS.has(text.charCodeAt(start + 1)) && isAsciiAlnum(text.charCodeAt(start + 2)));
    const inDefinition = DEFINITION_VERBS.some((v) => text.startsWith(v, start + 1)) && DEFINED.test(text.slice(Math.max(0, start - 6), start));
    if ((inFormula || inDefinition) && !(defined.get(c)! <= start)) defined.set(c, start);
  });
  return defined;
}

export const placeholderLetter: Rule = {
  id: 'placeholder-letter',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '字母占位符：用“X”“XX”“xx”“XXX”代替名称或数字（如“美丽XX建设”“XX公司”“党的xx全会”）；文中已定义为符号的字母（“1+N+X”“其中X是…”）此后不报。',
  descriptionEn: 'X, XX, xx or XXX standing for a name or figure in Chinese text.',
  fixable: false,
  messages: STAND_IN_MESSAGES,
  messagesEn: standInMessagesEn(LETTER_KIND_EN),
  // Document scope: a letter defined as a symbol anywhere before (`1+N+X`) is exempt for the rest of the draft.
  check(doc, ctx) {
    const text = doc.text;
    const symbols = symbolsDefined(text, doc);
    eachOccurrence(doc, LETTERS, (start) => {
      if (continuesRun(text, start, LETTER_RUN)) return;
      const end = runEnd(text, start, LETTER_RUN);
      const written = text.slice(start, end);
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      // Part of a Latin word, abbreviation, number or formula (`EOD`, `555X`, `1+N+X`, `xx.gov.cn`).
      if (isAsciiAlnum(before) || isAsciiAlnum(after) || JOINERS.has(before) || JOINERS.has(after)) return;
      // Must sit in Chinese text: a Chinese character or Chinese punctuation on at least one side.
      if (!isChineseContextCode(codeBefore(text, start)) && !isChineseContextCode(codeAfter(text, end))) return;
      if (written.length === 1 && TERMS.some((t) => text.startsWith(t, end))) return;
      if (written.length === 1 && symbols.get(text.charCodeAt(start))! <= start) return;
      if (leftAlone(doc, start) || insideMarker(text, start, end)) return;
      reportStandIn(ctx, LETTER_KIND, text, start, end);
    });
  },
};
