import type { Rule } from '../rule';
import type { PageNumberResidue, PolicyDocument } from '../../model/document';
import type { Fix } from '../../model/findings';
import { firstIndexWhere, sliceWhole } from '../../text/lineIndex';
import { SENTENCE_END } from '../../text/chars';
import { excerpt } from '../hygiene';
import { fixTitle } from '../fixTitles';

/**
 * The fix of a page number: delete it, and join the text a page break split. A `13、` at a line start that
 * splits a word joins its line to the line before; a page line of its own (`- 3 -`) goes with its line
 * break, and the lines around it join when the sentence runs on across it; a number inside running text
 * goes with the spaces around it.
 */
function pageFix(doc: PolicyDocument, r: PageNumberResidue, marker: string): Fix {
  const text = doc.text;
  const lines = doc.lines;
  if (r.alone) {
    const previousEnd = r.line > 0 ? lines.lineContentEnd(r.line - 1) : -1;
    const nextStart = lines.lineStarts[r.line + 1];
    const runsOn = previousEnd > lines.lineStarts[r.line - 1] && !SENTENCE_END.has(text[previousEnd - 1]) && nextStart !== undefined;
    if (runsOn) return { ...fixTitle('deletePageAndJoin'), edits: [{ start: previousEnd, end: nextStart, newText: '' }], safe: true };
    if (nextStart !== undefined) return { ...fixTitle('deletePageLine', { page: marker }), edits: [{ start: lines.lineStarts[r.line], end: nextStart, newText: '' }], safe: true };
    return { ...fixTitle('deletePageLine', { page: marker }), edits: [{ start: Math.max(0, previousEnd), end: text.length, newText: '' }], safe: true };
  }
  if (r.form !== 'list') {
    let start = r.start;
    let end = r.end;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--;
    while (end < text.length && (text[end] === ' ' || text[end] === '\u3000')) end++;
    return { ...fixTitle('deletePage', { page: marker }), edits: [{ start, end, newText: '' }], safe: true };
  }
  const previousLineEnd = r.line > 0 ? lines.lineContentEnd(r.line - 1) : -1;
  const join = r.splitsText && previousLineEnd > (lines.lineStarts[r.line - 1] ?? Infinity);
  return join
    ? { ...fixTitle('deletePageJoinPrevious'), edits: [{ start: previousLineEnd, end: r.end, newText: '' }], safe: true }
    : { ...fixTitle('deletePage', { page: marker }), edits: [{ start: r.start, end: r.end, newText: '' }], safe: true };
}

/**
 * A `N、` right after a title-like line may be a page number or a list's first item under the title, and the
 * line before may be a title or a fragment the page break split off: both readings are offered, neither is safe.
 */
function afterTitleFixes(doc: PolicyDocument, r: PageNumberResidue, marker: string): Fix[] {
  const lines = doc.lines;
  const fixes: Fix[] = [{ ...fixTitle('deletePage', { page: marker }), edits: [{ start: r.start, end: r.end, newText: '' }], safe: false }];
  const previousLineEnd = lines.lineContentEnd(r.line - 1);
  if (previousLineEnd > lines.lineStarts[r.line - 1]) fixes.push({ ...fixTitle('deletePageJoinPrevious'), edits: [{ start: previousLineEnd, end: r.end, newText: '' }], safe: false });
  return fixes;
}

export const residuePageNumber: Rule = {
  id: 'residue-page-number',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '转换残留的页码（每页开头的“1、”，单独成行或夹在正文中的“—3—”“- 3 -”“第3页”“3/12”），会把词语或数字拆开。Word 文档页眉、页脚中的页码不报。',
  descriptionEn: 'A page number left by a PDF/Word conversion (`1、` at line starts, `—3—`, `- 3 -`, `第3页`, `3/12`); not in a Word header or footer.',
  fixable: true,
  messages: {
    split: '疑似转换残留的页码“{page}”，把上一行末尾与本行开头拆开了（“{before}”/“{after}”）。请删除页码并接回原文。',
    line: '疑似转换残留的页码“{page}”，不是标题序号。请删除。',
    alone: '疑似转换残留的页码“{page}”（单独成行）。请删除此行{join}。',
    inline: '疑似转换残留的页码“{page}”夹在正文中。请删除。',
    afterTitle: '疑似转换残留的页码“{page}”。上一行“{previous}”像是标题，此处也可能是列表序号，上一行也可能是被分页拆开的半句。请核对：如为页码，请删除（上一行被拆开时与之接续）。',
  },
  messagesEn: {
    split: 'Probable page number “{page}” left by a conversion, splitting the end of the previous line from the start of this one (“{before}” / “{after}”). Delete the page number and join the text.',
    line: 'Probable page number “{page}” left by a conversion, not a heading number. Delete it.',
    alone: 'Probable page number “{page}” left by a conversion (on a line of its own). Delete the line{joinEn}.',
    inline: 'Probable page number “{page}” left by a conversion, inside the body text. Delete it.',
    afterTitle: 'Probable page number “{page}” left by a conversion. The previous line “{previous}” looks like a title, so this may also be a list number, or the previous line half a sentence cut by a page break. Check: if it is a page number, delete it (joining the previous line if it was cut).',
  },
  check(doc, ctx) {
    // A header's or footer's page number is what the footer is for.
    if (ctx.config.textKind === 'page-margin') return;
    for (const r of doc.pageNumberResidue) {
      const marker = doc.text.slice(r.start, r.end);
      if (r.afterTitleLine) {
        const previous = doc.paragraphs[firstIndexWhere(doc.paragraphs, (p) => p.line >= r.line) - 1];
        ctx.report({
          messageId: 'afterTitle', data: { page: marker, value: r.value, previous: excerpt(doc.text, previous.start, previous.end) },
          start: r.start, end: r.end, fixes: afterTitleFixes(doc, r, marker),
        });
        continue;
      }
      const fix = pageFix(doc, r, marker);
      if (r.alone) {
        ctx.report({ messageId: 'alone', data: { page: marker, value: r.value, join: fix.titleId === 'deletePageAndJoin' ? '，并接续上下文' : '', joinEn: fix.titleId === 'deletePageAndJoin' ? ' and join the text around it' : '' }, start: r.start, end: r.end, fixes: [fix] });
      } else if (r.form !== 'list') {
        ctx.report({ messageId: 'inline', data: { page: marker, value: r.value }, start: r.start, end: r.end, fixes: [fix] });
      } else if (fix.edits[0].start < r.start) {
        const previousLineEnd = doc.lines.lineContentEnd(r.line - 1);
        ctx.report({
          messageId: 'split',
          data: {
            page: marker, value: r.value,
            before: sliceWhole(doc.text, Math.max(doc.lines.lineStarts[r.line - 1], previousLineEnd - 4), previousLineEnd),
            after: sliceWhole(doc.text, r.end, r.end + 4),
          },
          start: r.start, end: r.end, fixes: [fix],
        });
      } else {
        ctx.report({ messageId: 'line', data: { page: marker, value: r.value }, start: r.start, end: r.end, fixes: [fix] });
      }
    }
  },
};
