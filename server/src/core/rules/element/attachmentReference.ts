import type { Rule } from '../rule';
import { elementsOf } from '../../model/frame';
import { parseArabic, parseChineseNumeral } from '../../parser/numerals';
import { inResidue } from '../frameText';
import { attachmentParts, listNumber, partNumber } from './attachments';

const NUMERAL = '[0-9０-９]+|[一二三四五六七八九十]+';
/** `附件3`, `附件2、3`, `附件1至3`, `附件4和附件5`: the numbers a reference names. */
const NUMBERED = new RegExp(`附件[ \\u3000]*(${NUMERAL})((?:[ \\u3000]*[、，,和及与至到\\-－—～~][ \\u3000]*(?:附件)?(?:${NUMERAL}))*)`, 'g');
/** `见附件`, `详见附件`, `（附件）`: a reference to the only attachment. */
const UNNUMBERED = /(?:详见|参见|见)附件(?![0-9０-９一二三四五六七八九十])|[（(]附件[）)]/g;

function numeralValue(s: string): number {
  return /[0-9０-９]/.test(s) ? parseArabic(s) : parseChineseNumeral(s);
}

/** The numbers of one reference, ranges expanded (`1至3` → 1, 2, 3). */
function referencedNumbers(first: string, rest: string): number[] {
  const out = [numeralValue(first)];
  for (const m of rest.matchAll(new RegExp(`([、，,和及与至到\\-－—～~])[ \\u3000]*(?:附件)?(${NUMERAL})`, 'g'))) {
    const n = numeralValue(m[2]);
    const from = out[out.length - 1];
    if (/[至到\-－—～~]/.test(m[1]) && n > from && n - from <= 50) for (let k = from + 1; k < n; k++) out.push(k);
    out.push(n);
  }
  return out.filter((n) => Number.isInteger(n) && n > 0);
}

export const elementAttachmentReference: Rule = {
  id: 'element-attachment-reference',
  category: 'element',
  defaultSeverity: 'warning',
  description: '正文引用的附件不存在：“见附件3”“（附件2）”“详见附件”所指的附件在附件说明和文中附件里都找不到。',
  descriptionEn: 'A reference to an attachment (见附件3, （附件2）, 详见附件) that neither the attachment list nor the attachments have.',
  fixable: false,
  messages: {
    missing: '文中提到附件{number}，但{where}没有附件{number}（现有附件：{have}）。请核对附件序号。',
    none: '文中提到“{reference}”，但文中既没有附件说明，也没有附件。请补上附件说明（“附件：××××”）或删去这一引用。',
  },
  messagesEn: {
    missing: 'The text mentions attachment {number}, but there is no attachment {number} (attachments present: {have}). Check the attachment\'s number.',
    none: 'The text mentions “{reference}”, but the document has neither an attachment list nor attachments. Add the list (“附件：××××”) or delete the mention.',
  },
  check(doc, ctx) {
    const frame = doc.frame;
    const text = doc.text;
    // Where `附件` names an attachment rather than refers to one: the list itself, the parts' labels and titles.
    const own = [
      ...elementsOf(frame, 'attachment-list'), ...elementsOf(frame, 'attachment-label'), ...elementsOf(frame, 'attachment-title'),
      ...frame.attachments.map((p) => ({ start: p.labelStart, end: p.labelEnd })),
      ...frame.attachmentList.map((i) => ({ start: i.start, end: i.end })),
    ];
    const isOwn = (at: number) => own.some((e) => e.start <= at && at < e.end) || inResidue(doc, at);
    const parts = attachmentParts(frame);
    const fromParts = parts.length > 0;
    const numbers = fromParts ? parts.map((p) => partNumber(parts, p)) : frame.attachmentList.map((i) => listNumber(frame, i));
    const known = new Set(numbers.filter((n) => n !== undefined));
    const any = fromParts || frame.attachmentList.length > 0;
    const have = [...known].sort((a, b) => a - b).map((n) => `附件${n}`).join('、') || '无';
    const where = fromParts ? '文中附件里' : '附件说明中';
    for (const m of text.matchAll(NUMBERED)) {
      const at = m.index!;
      const end = at + m[0].length;
      // `附件2023年度预算表` names a year, not an attachment.
      if (isOwn(at) || text[end] === '年') continue;
      if (!any) {
        ctx.report({ messageId: 'none', data: { reference: m[0] }, start: at, end });
        continue;
      }
      const missing = referencedNumbers(m[1], m[2]).filter((n) => !known.has(n));
      // One finding per reference, naming its first number that does not exist.
      if (missing.length) ctx.report({ messageId: 'missing', data: { number: missing[0], where, have }, start: at, end });
    }
    if (any) return;
    for (const m of text.matchAll(UNNUMBERED)) {
      const at = m.index!;
      if (isOwn(at)) continue;
      ctx.report({ messageId: 'none', data: { reference: m[0] }, start: at, end: at + m[0].length });
    }
  },
};
