import type { AttachmentListItem, AttachmentPart, DocumentFrame } from '../../model/frame';
import { parseArabic, parseChineseNumeral } from '../../parser/numerals';

/** Shared by the attachment rules: the number marker of a 附件说明 item, titles compared as a reader would, labels. */

export interface ItemMarker {
  readonly start: number;
  readonly end: number;
  readonly number: number;
  /** `.` in `1.`, `、` in `1、`, `（）` in `（1）`. */
  readonly separator: string;
}

/** `1.` `1．` `1、` `1，` `1:` `（1）` `(1)` `1)` right before an item's title (after `附件：` for the first item). */
const MARKER_BEFORE_TITLE = /(?:[（(]([0-9０-９]{1,3})[）)]|([0-9０-９]{1,3})[ \u3000]*([.．、，,:：）)]?))[ \u3000]*$/;

export function itemMarker(text: string, item: AttachmentListItem): ItemMarker | undefined {
  const before = text.slice(item.start, item.titleStart);
  const m = MARKER_BEFORE_TITLE.exec(before);
  if (!m) return undefined;
  const start = item.start + m.index;
  const digits = m[1] ?? m[2];
  const end = start + m[0].trimEnd().length;
  return { start, end, number: parseArabic(digits), separator: m[1] !== undefined ? '（）' : m[3] ?? '' };
}

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
 * The number each attachment part is known by: its label's, or 1 for a document's only attachment
 * written `附件` alone.
 */
export function partNumber(frame: DocumentFrame, part: AttachmentPart): number | undefined {
  return part.number ?? (frame.attachments.length === 1 ? 1 : undefined);
}

/** The number of a list item: as written, or 1 for a single unnumbered item. */
export function listNumber(frame: DocumentFrame, item: AttachmentListItem): number | undefined {
  return item.number ?? (frame.attachmentList.length === 1 ? 1 : undefined);
}
