import type { Rule } from '../rule';
import type { AttachmentListItem, AttachmentPart } from '../../model/frame';
import { attachmentParts, listNumber, partNumber, sameTitle } from './attachments';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

export const elementAttachmentMatch: Rule = {
  id: 'element-attachment-match',
  category: 'element',
  defaultSeverity: 'warning',
  description: '附件说明与附件不一致：附件说明列出的附件在文中缺失，文中附件未列入附件说明，附件序号重复或缺号，附件标题与附件说明不同（GB/T 9704—2012 7.3.7）。',
  descriptionEn: 'The attachment list and the attachments disagree: one missing, one unlisted, a number repeated or skipped, a title that differs (GB/T 9704—2012 7.3.7).',
  fixable: false,
  messages: {
    absent: '附件说明列有附件{number}“{title}”，但文中没有附件{number}：补上该附件，或从附件说明中删去（GB/T 9704—2012 7.3.7）。',
    unlisted: '附件{number}{titled}未列入附件说明：在正文后的“附件：”中补列“{number}.{title}”（GB/T 9704—2012 7.3.4）。',
    mismatch: '附件{number}的标题“{partTitle}”与附件说明中的“{listTitle}”不一致：附件顺序号和附件标题应当与附件说明的表述一致（GB/T 9704—2012 7.3.7）。',
    duplicate: '附件序号重复：前面已有附件{number}，此处按顺序应为附件{expected}。请核对附件序号及正文、附件说明中的引用。',
    gap: '附件序号不连续：附件{previous}之后是附件{number}，缺少附件{missing}。',
  },
  messagesEn: {
    absent: 'The attachment list names attachment {number} “{title}”, but the document has no attachment {number}: add it, or delete it from the list (GB/T 9704—2012 7.3.7).',
    unlisted: 'Attachment {number} is not in the attachment list: add “{number}.{title}” to the “附件：” after the body (GB/T 9704—2012 7.3.4).',
    mismatch: 'The title of attachment {number}, “{partTitle}”, differs from “{listTitle}” in the attachment list: an attachment\'s number and title read as the list has them (GB/T 9704—2012 7.3.7).',
    duplicate: 'Attachment number repeated: attachment {number} came before; in order this is attachment {expected}. Check the attachments\' numbers and their mentions in the body and the list.',
    gap: 'Attachment numbers not continuous: attachment {number} follows attachment {previous}; attachment {missing} is missing.',
  },
  check(doc, ctx) {
    const frame = doc.frame;
    const parts = attachmentParts(frame);
    const list = frame.attachmentList;
    // The parts in order: each number once, following on from the last.
    const firstPart = new Map<number, AttachmentPart>();
    let previous = 0;
    for (const part of parts) {
      const number = partNumber(parts, part);
      if (number === undefined) continue;
      const labelRange = { start: part.labelStart, end: part.labelEnd };
      if (firstPart.has(number)) {
        ctx.report({ messageId: 'duplicate', data: { number, expected: previous + 1 }, ...labelRange });
        previous++;
        continue;
      }
      firstPart.set(number, part);
      const listed = list.some((item) => listNumber(frame, item) === previous + 1);
      if (number > previous + 1 && !listed) {
        ctx.report({ messageId: 'gap', data: { previous, number, missing: previous + 1 === number - 1 ? previous + 1 : `${previous + 1}至附件${number - 1}` }, ...labelRange });
      }
      previous = Math.max(previous, number);
    }
    // Without parts the attachments are separate files (a web page's downloads): nothing to match.
    if (list.length === 0 || parts.length === 0) return;
    const listed = new Map<number, AttachmentListItem>();
    for (const item of list) {
      const number = listNumber(frame, item);
      if (number === undefined || listed.has(number)) continue;
      listed.set(number, item);
      const part = firstPart.get(number);
      if (!part) {
        ctx.report({ messageId: 'absent', data: { number, title: item.title }, start: item.titleStart, end: item.titleEnd });
      } else if (part.title && !sameTitle(part.title.text, item.title)) {
        ctx.report({
          messageId: 'mismatch', data: { number, partTitle: part.title.text, listTitle: item.title }, start: part.title.start, end: part.title.end,
          related: [related(item.titleStart, item.titleEnd, 'listedAttachment', { number })],
          // Which of the two is right only the writer knows: both are offered.
          fixes: [
            { ...fixTitle('attachmentTitleTo', { text: item.title }), edits: [{ start: part.title.start, end: part.title.end, newText: item.title }], safe: false },
            { ...fixTitle('listTitleTo', { text: part.title.text }), edits: [{ start: item.titleStart, end: item.titleEnd, newText: part.title.text }], safe: false },
          ],
        });
      }
    }
    for (const [number, part] of firstPart) {
      if (listed.has(number)) continue;
      const title = part.title?.text ?? '';
      ctx.report({ messageId: 'unlisted', data: { number, title: title || '附件名称', titled: title && `“${title}”` }, start: part.labelStart, end: part.labelEnd });
    }
  },
};
