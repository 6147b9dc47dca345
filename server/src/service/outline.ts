import type { Heading, PolicyDocument, Section } from '../core/model/document';
import type { TextEdit } from '../core/model/findings';
import type { UiLanguage } from '../core/model/bilingual';
import { elementsOf } from '../core/model/frame';
import { isWhitespaceCode } from '../core/text/chars';
import { sliceWhole } from '../core/text/lineIndex';
import { characterCount } from '../core/rules/consistency/length';

/**
 * The document's outline as a writer reads it, built from the parse's section tree and its frame:
 * the document title as the root (subtitle, speaker and date as its detail, never as parents), the
 * body's sections under it, each attachment a sibling with its own tree. Residue, 版头, 版记,
 * signatures, dates and captions are never entries (the parser makes no heading in them). One tree
 * for documentSymbol, folding, the 公文大纲 view and `gongwen-lint outline`.
 */
export interface OutlineEntry {
  readonly kind: 'document' | 'heading' | 'attachment';
  /** What the outline shows: marker and the heading's own title (shortened), or the document or attachment title. */
  readonly name: string;
  /** The marker as written (`（一）`), empty for titles. */
  readonly marker: string;
  /** The heading's own title, as written (shortened like the name, without the marker). */
  readonly title: string;
  /** For the document root, and an attachment with a title block of its own (a speech a bulletin prints): subtitle, speaker and date, as written. */
  readonly detail?: string;
  /** The heading (or title) itself. */
  readonly start: number;
  readonly end: number;
  /** The whole section: heading to the last line before the next heading of its level or above. */
  readonly rangeStart: number;
  readonly rangeEnd: number;
  /** Found inside a line a conversion ran together. */
  readonly inline: boolean;
  /** Characters of the whole section (white space and chrome not counted), for the outline's tooltip. */
  readonly characters: number;
  /** The parse's heading (absent for the document root). */
  readonly heading?: Heading;
  readonly children: readonly OutlineEntry[];
}

/** A name longer than this is cut (with `…`): an outline is read at a glance. */
const MAX_NAME = 30;
/** A 第X条 entry shows the number and its first words. */
const ARTICLE_WORDS = 14;
/**
 * A run-in heading's own title ends at its first `。；：` (the parser already ends it at `。；！？` or the next
 * marker); a colon between figures is a time (`上午8：00`), not an end.
 */
const OWN_TITLE_END = /(?<![0-9０-９])[：:]|[：:](?![0-9０-９])/;

/** The opening a paragraph restates from its heading: four characters (`2025年`, `“十五五`, `考评结果`). */
const RESTATED = 4;
/** The restated opening starts a sentence: at least this many characters follow it. */
const SENTENCE_AFTER = 8;
/** How far into a run-in title its end is looked for (names are cut at 30 characters). */
const RESTATE_WINDOW = 60;
/** Before a place where a title repeats its opening itself: a conjunction (`2025年目标和2025年…`), a quotation mark. */
const REPEATS_ITSELF_AFTER = /[和与及或并同暨“‘《（(「]/;

/**
 * Where a title run into its paragraph ends when the paragraph opens by restating the title's opening
 * (`2025年工作回顾2025年是…`, `“十五五”时期主要目标任务“十五五”时期是…`, `考评结果应用考评结果全市通报…`):
 * the first place, four characters or more in, where the opening comes again and a sentence follows.
 * A title with a clause or a list in it is a sentence (an item `（一）卫生健康数据，由卫生健康主管部门…`),
 * whose subject comes again: no end is found there. Measured on the corpus (`npm run measure:outline`);
 * other restatements (any phrase of the title, `…推动高质量发展高质量发展是…`) broke more names than they fixed. -1 where none.
 */
function restatedTitleEnd(title: string): number {
  const opening = title.slice(0, RESTATED);
  if (opening.length < RESTATED || !/^[\p{L}\p{N}“‘《]/u.test(opening)) return -1;
  const limit = Math.min(title.length - RESTATED - SENTENCE_AFTER, RESTATE_WINDOW);
  for (let p = RESTATED; p <= limit; p++) {
    const before = title[p - 1];
    if (/[，,；;：:、]/.test(before)) return -1;
    if (title.startsWith(opening, p) && !REPEATS_ITSELF_AFTER.test(before)) return p;
  }
  return -1;
}

/** The heading's own title: up to its first colon, shortened for the outline. */
export function ownTitle(heading: Heading): string {
  // A title wrapped over lines reads as one line (Chinese joins without a space); zero-width spaces a page left go.
  let title = heading.title.replace(/[ \u3000\t]*(?:\r\n|\r|\n)[\s\u3000]*/g, '').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  const colon = OWN_TITLE_END.exec(title);
  if (colon && colon.index > 0) title = title.slice(0, colon.index);
  const restated = heading.marker?.scheme !== 'article' && (heading.inline || title.length > MAX_NAME) ? restatedTitleEnd(title) : -1;
  if (restated > 0) title = title.slice(0, restated);
  const max = heading.marker?.scheme === 'article' ? ARTICLE_WORDS : MAX_NAME;
  return title.length > max ? sliceWhole(title, 0, max) + '…' : title;
}

/** Marker and own title, as the outline shows a heading. */
export function headingName(heading: Heading): string {
  const title = ownTitle(heading);
  return (heading.marker ? heading.marker.text : '') + title || heading.marker?.text || '（无标题）';
}

/** A title wrapped over lines, as one line. */
function oneLine(s: string): string {
  return s.replace(/[ \u3000\t]*(?:\r\n|\r|\n)[\s\u3000]*/g, '').trim();
}

export function documentOutline(doc: PolicyDocument): OutlineEntry[] {
  const text = doc.text;
  const entry = (section: Section): OutlineEntry => {
    const h = section.heading!;
    const attachment = h.attachment !== undefined ? doc.frame.attachments[h.attachment] : undefined;
    const name = attachment ? attachmentName(doc, h.attachment!) : headingName(h);
    const detail = attachment ? titleDetail(doc, h.attachment) : '';
    return {
      kind: attachment ? 'attachment' : 'heading',
      name,
      ...(detail ? { detail } : {}),
      marker: h.marker?.text ?? '',
      title: attachment ? name : ownTitle(h),
      start: attachment ? attachment.start : h.start,
      end: attachment ? Math.max(attachment.labelEnd, attachment.title?.end ?? 0) : h.end,
      rangeStart: section.start,
      rangeEnd: Math.max(section.end, h.end),
      inline: h.inline,
      characters: characterCount(doc, section.start, Math.max(section.end, h.end)),
      heading: h,
      children: section.children.map(entry),
    };
  };
  const body: OutlineEntry[] = [];
  const attachments: OutlineEntry[] = [];
  for (const section of doc.root.children) (section.heading?.attachment !== undefined ? attachments : body).push(entry(section));
  const title = doc.frame.title;
  if (!title) return [...body, ...attachments];
  const detail = titleDetail(doc, undefined);
  const bodyEnd = attachments.length > 0 ? attachments[0].rangeStart : text.length;
  const name = oneLine(text.slice(title.start, title.end));
  const rangeEnd = Math.max(title.end, trimmedEnd(text, bodyEnd));
  const root: OutlineEntry = {
    kind: 'document', name, marker: '', title: name, ...(detail ? { detail } : {}),
    start: title.start, end: title.end, rangeStart: title.start, rangeEnd, inline: false,
    characters: characterCount(doc, title.start, rangeEnd),
    children: body,
  };
  return [root, ...attachments];
}

/** The subtitle, speaker and date under the document's title (or an attachment's: a speech printed in a bulletin), as one line. */
function titleDetail(doc: PolicyDocument, attachment: number | undefined): string {
  return (['subtitle', 'speaker', 'meeting-line'] as const)
    .flatMap((kind) => elementsOf(doc.frame, kind).filter((e) => e.attachment === attachment))
    .sort((a, b) => a.start - b.start)
    .map((e) => oneLine(doc.text.slice(e.start, e.end)))
    .join('　');
}

/**
 * Back over the parser's whitespace and line breaks, and nothing else: the sections end where the parser
 * ends them, so the document's range holds them (`\u2028`, `\f`, `\u2002` are text to the parser, not to /\s/).
 */
function trimmedEnd(text: string, end: number): number {
  const blank = (c: number) => isWhitespaceCode(c) || c === 0x0a || c === 0x0d;
  while (end > 0 && blank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `附件1　名词解释`, `附件　…`, or an enclosed document's own title. */
function attachmentName(doc: PolicyDocument, index: number): string {
  const part = doc.frame.attachments[index];
  const label = doc.text.slice(part.labelStart, part.labelEnd).replace(/[：:\s]+$/, '');
  const title = part.title ? oneLine(part.title.text) : '';
  const shown = title.length > MAX_NAME ? sliceWhole(title, 0, MAX_NAME) + '…' : title;
  return [label, shown].filter((s) => s).join('　') || '附件';
}

/** The tree as indented lines `name  (第 N 行)` (`name  (line N)` in English), as `gongwen-lint outline` prints it. */
export function outlineLines(entries: readonly OutlineEntry[], lineOf: (offset: number) => number, language: UiLanguage = 'zh', depth = 0): string[] {
  return entries.flatMap((e) => {
    const line = lineOf(e.start) + 1;
    return [
      `${'  '.repeat(depth)}${e.kind === 'heading' && !e.marker ? '·' : ''}${e.name}${e.detail ? `（${e.detail}）` : ''}  (${language === 'zh' ? `第 ${line} 行` : `line ${line}`})`,
      ...outlineLines(e.children, lineOf, language, depth + 1),
    ];
  });
}

/** The line break a draft uses (the first one it has; `\n` for a text of one line). */
function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/** Kinds of frame elements that start a paragraph of their own in GB/T 9704 (in a run-together line, a split point). */
const PARAGRAPH_ELEMENTS = new Set<string>([
  'secrecy', 'urgency', 'issuer-mark', 'signer', 'doc-number', 'title', 'subtitle', 'meeting-line', 'speaker', 'addressee', 'salutation', 'closing-formula', 'attachment-list',
  'issuer-signature', 'date', 'note', 'attachment-label', 'copy-to', 'print-line',
]);

/**
 * Line breaks that put run-in headings on lines of their own (`…工作。二、重点任务` → a new line at `二、`).
 * With `at`: only the heading there (the code action “另起一行”); without: every run-in heading, and in a
 * run-together line also the frame's paragraphs (title, 主送, the body after it, 落款, 附注, 附件, 版记), so a
 * PDF or web text on one line reads as paragraphs. Only line breaks are inserted: no other character
 * changes (a property test holds it to that). Never part of fix-all: the writer chooses to reflow.
 */
export function splitHeadingEdits(doc: PolicyDocument, at?: number): TextEdit[] {
  const text = doc.text;
  const breakText = lineBreakOf(text);
  const points = new Set<number>();
  /** Inside a line: some of the line's content (after its indentation and Markdown marks) stands before it. */
  const insideLine = (offset: number) => {
    const p = doc.paragraphs[lastIndexWhere(doc.paragraphs, (q) => q.start <= offset)];
    return p !== undefined && offset > p.start && offset <= p.end && doc.lines.lineOf(offset) === p.line;
  };
  for (const h of doc.headings) {
    if (!h.inline || (at !== undefined && !(at >= h.start && at <= h.end))) continue;
    if (insideLine(h.start)) points.add(h.start);
  }
  if (at === undefined) {
    for (const e of doc.frame.elements) if (PARAGRAPH_ELEMENTS.has(e.kind) && insideLine(e.start)) points.add(e.start);
    // The body's first words after the 主送 or the salutation.
    for (const z of doc.frame.zones) if ((z.kind === 'body' || z.kind === 'attachment') && z.start < text.length && insideLine(skipSpaces(text, z.start))) points.add(skipSpaces(text, z.start));
  }
  return [...points].sort((a, b) => a - b).map((p) => ({ start: p, end: p, newText: breakText }));
}

/** Index of the last item for which `reached` holds, in items where it holds up to some index (-1 when none does). */
function lastIndexWhere<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\u3000' || text[pos] === '\t')) pos++;
  return pos;
}
