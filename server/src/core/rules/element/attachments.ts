import type { AttachmentListItem, AttachmentPart, DocumentFrame } from '../../model/frame';
import { parseArabic, parseChineseNumeral } from '../../parser/numerals';

/** Shared by the attachment rules: titles compared as a reader would, the numbers parts and items are known by. */

/** A title as compared: no white space, no book-title marks, brackets and trailing punctuation unified. */
export function comparableTitle(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/[《》〈〉]/g, '')
    .replace(/（/g, '(').replace(/）/g, ')')
    .replace(/[。．.，,；;：:、]+$/, '');
}

/**
 * Whether an attachment's own title and its 附件说明 entry name the same thing: equal as compared, or one
 * is the other with notes in brackets after it that hold no figure — a draft status (`（送审稿）`) or
 * what a form is for (`（最高人民法院决定由高级人民法院审查用）`). A bracket with a figure (`（2021—2025年）`) is
 * part of the name.
 */
export function sameTitle(a: string, b: string): boolean {
  const x = comparableTitle(a);
  const y = comparableTitle(b);
  if (x === y) return true;
  const bare = (s: string) => s.replace(/(?:\([^()0-9０-９]*\))+$/, '');
  return bare(x) === bare(y) && (bare(x) === x || bare(y) === y);
}

/** `附件2` → 2, `附件二` → 2, `附件` → undefined. */
export function labelNumber(label: string): number | undefined {
  const m = /附件\s*([0-9０-９]+|[一二三四五六七八九十]+)/.exec(label);
  if (!m) return undefined;
  const n = /[0-9０-９]/.test(m[1]) ? parseArabic(m[1]) : parseChineseNumeral(m[1]);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * The attachments proper: parts opened by `附件N`. A document a notice encloses after its 落款 (the
 * 方案 a 印发通知 prints) is what the notice issues, not an attachment — unless the draft has no
 * labelled part and a 附件说明 lists what follows the 落款 (a one-line text that lost the `附件` label).
 */
export function attachmentParts(frame: DocumentFrame): AttachmentPart[] {
  const labelled = frame.attachments.filter((p) => p.form === 'labelled');
  return labelled.length > 0 || frame.attachmentList.length === 0 ? labelled : [...frame.attachments];
}

/** The number each attachment part is known by: its label's, or 1 for a document's only attachment written `附件` alone. */
export function partNumber(parts: readonly AttachmentPart[], part: AttachmentPart): number | undefined {
  return part.number ?? (parts.length === 1 ? 1 : undefined);
}

/** The number of a list item: as written, or 1 for a single unnumbered item. */
export function listNumber(frame: DocumentFrame, item: AttachmentListItem): number | undefined {
  return item.number ?? (frame.attachmentList.length === 1 ? 1 : undefined);
}
