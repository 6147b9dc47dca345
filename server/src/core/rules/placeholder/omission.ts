import type { Rule } from '../rule';
import { codeAfter, codeBefore, codes, continuesRun, eachOccurrence, leftAlone, isBlank, isLineBreak, reportPlaceholder, runEnd } from './scan';
import { isHanCode } from '../../text/chars';

export const OMISSION_KIND = '省略标记';
export const OMISSION_KIND_EN = 'Omission mark';

const ELLIPSIS = '…';
const ELLIPSIS_RUN = codes(ELLIPSIS);
const ELLIPSIS_CODE = ELLIPSIS.charCodeAt(0);
const OMITTED = '略';
const OMITTED_CODE = OMITTED.charCodeAt(0);
const OPEN = codes('（(［[【');
const CLOSE = codes('）)］]】');
const OPENING_CLAUSE = codes('，,：:、；;');
const CLOSING_CLAUSE = codes('。，,；;）)');

/**
 * An ellipsis that cuts a sentence off: it ends a line after running text (`（一）完善责任 ……`),
 * fills a whole clause (`：×××，……。`), or precedes a bracketed instruction (`请求……（简要列明请求和理由）`).
 * An ellipsis after a quotation (`“……小星星”……一句句`) or between words (`一是……二是……`) is prose.
 */
function cutsSentence(text: string, start: number, end: number): boolean {
  const before = codeBefore(text, start);
  const after = codeAfter(text, end);
  const lineEnds = Number.isNaN(after) || isLineBreak(after);
  const clauseStarts = Number.isNaN(before) || isLineBreak(before) || OPENING_CLAUSE.has(before);
  if (lineEnds) return clauseStarts || isHanCode(before);
  if (clauseStarts) return CLOSING_CLAUSE.has(after);
  return isHanCode(before) && (after === 0xff08 || after === 40);
}

export const placeholderOmission: Rule = {
  id: 'placeholder-omission',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '省略标记：“……略……”“（略）”或截断句子的“……”，正文尚未写完。',
  descriptionEn: 'An omission (……略……, （略）, or an ellipsis cutting a sentence off): the text is unfinished.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    omitted: '省略标记“{text}”：此处有内容被省略，请补全正文或删除该标记。',
    cutOff: '省略标记“{text}”：省略号截断了句子，此处内容尚未写完，请补全。',
  },
  messagesEn: {
    omitted: 'Omission mark “{text}”: text has been left out here. Complete the text or delete the mark.',
    cutOff: 'Omission mark “{text}”: the ellipsis cuts the sentence off; the text here is not finished. Complete it.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const report = (start: number, end: number, messageId: 'omitted' | 'cutOff') => {
      if (!leftAlone(doc, start)) reportPlaceholder(ctx, start, end, messageId, { kind: OMISSION_KIND, expected: 'omitted', fill: 'replace', text: text.slice(start, end) });
    };
    // `（略）`, or 略 with an ellipsis on either side: `……略……`, `…… 略 ……`.
    eachOccurrence(doc, OMITTED, (i) => {
      if (OPEN.has(text.charCodeAt(i - 1)) && CLOSE.has(text.charCodeAt(i + 1))) {
        report(i - 1, i + 2, 'omitted');
        return;
      }
      let start = i;
      while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
      let end = i + 1;
      while (end < text.length && isBlank(text.charCodeAt(end))) end++;
      const ellipsisBefore = text.charCodeAt(start - 1) === ELLIPSIS_CODE;
      const ellipsisAfter = text.charCodeAt(end) === ELLIPSIS_CODE;
      if (!ellipsisBefore && !ellipsisAfter) return;
      if (ellipsisBefore) while (text.charCodeAt(start - 1) === ELLIPSIS_CODE) start--;
      else start = i;
      end = ellipsisAfter ? runEnd(text, end, ELLIPSIS_RUN) : i + 1;
      report(start, end, 'omitted');
    });
    eachOccurrence(doc, ELLIPSIS, (start) => {
      if (continuesRun(text, start, ELLIPSIS_RUN)) return;
      const end = runEnd(text, start, ELLIPSIS_RUN);
      // Part of an omission `……略……`, reported above.
      if (codeAfter(text, end) === OMITTED_CODE || codeBefore(text, start) === OMITTED_CODE) return;
      if (cutsSentence(text, start, end)) report(start, end, 'cutOff');
    });
  },
};
