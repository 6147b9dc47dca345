import type { Finding } from '../core/model/findings';
import type { LineIndex } from '../core/text/lineIndex';
import { sliceWhole } from '../core/text/lineIndex';
import { findingMessage, type UiLanguage } from './language';

/**
 * What a Problems row, a CLI line and a JSON diagnostic say: the finding's message (its advice first),
 * then where it is, `（“…游客×万人次…”）`, so sixty rows of the same kind read apart without their
 * line numbers. Made here, once, from the finding's range: rules write only the advice, and the
 * finding itself (hover, report, Word comments anchored at the text) keeps the bare message. In English
 * the message is the rule's English template and the excerpt stands in ASCII parentheses.
 */
export function diagnosticMessage(lines: LineIndex, finding: Pick<Finding, 'start' | 'end' | 'message' | 'ruleId' | 'messageId' | 'data'>, language: UiLanguage = 'zh'): string {
  const message = findingMessage(finding, language);
  const excerpt = contextExcerpt(lines, finding.start, finding.end);
  if (!excerpt) return message;
  return language === 'zh' ? `${message}（“${excerpt}”）` : `${message} (“${excerpt}”)`;
}

/** Characters of context on each side of the finding. */
const CONTEXT = 6;
/** A longer finding is shown by its start. */
const MAX_SPAN = 12;

/**
 * The finding's text on its first line with a few characters either side, `…` where the line goes on;
 * whitespace runs read as one space. Empty when the line holds nothing but whitespace there.
 */
export function contextExcerpt(lines: LineIndex, start: number, end: number): string {
  const text = lines.text;
  const line = lines.lineOf(start);
  const lineStart = lines.lineStarts[line];
  const lineEnd = lines.lineContentEnd(line);
  const spanEnd = Math.min(end, lineEnd);
  const long = spanEnd - start > MAX_SPAN;
  const before = sliceWhole(text, Math.max(lineStart, start - CONTEXT), start).replace(/^\s+/, '');
  const span = sliceWhole(text, start, long ? start + MAX_SPAN : spanEnd);
  const after = long ? '' : sliceWhole(text, spanEnd, Math.min(lineEnd, spanEnd + CONTEXT)).replace(/\s+$/, '');
  const body = (before + span + after).replace(/\s+/g, ' ').trim();
  if (!body) return '';
  const cutBefore = holdsNonSpace(text, lineStart, start - before.length);
  const cutAfter = long || holdsNonSpace(text, spanEnd + after.length, lineEnd);
  return `${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}`;
}

const NON_SPACE = /\S/g;

/**
 * `text.slice(from, to).trim() !== ''` (`\s` is the white space `trim` removes, and the bounds are read as
 * `slice` reads them), without copying the rest of a long line for every finding of every keystroke.
 */
function holdsNonSpace(text: string, from: number, to: number): boolean {
  const start = from < 0 ? Math.max(0, text.length + from) : Math.min(from, text.length);
  const end = to < 0 ? Math.max(0, text.length + to) : Math.min(to, text.length);
  if (end <= start) return false;
  NON_SPACE.lastIndex = start;
  return NON_SPACE.test(text) && NON_SPACE.lastIndex - 1 < end;
}
