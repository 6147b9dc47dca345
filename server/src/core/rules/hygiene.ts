import type { PolicyDocument } from '../model/document';
import type { TextEdit } from '../model/findings';
import { OccurrenceIndex } from '../text/occurrences';
import { sliceWhole } from '../text/lineIndex';

/**
 * Shared by the punctuation, number and residue rules: the spans the text-hygiene rules leave alone
 * (heading markers, page-number residue, verbatim spans). Computed once per document.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Sorted spans no hygiene rule edits: heading markers (numbering rules own them), page-number residue,
 * and the document's verbatim spans (addresses, code, Markdown and YAML syntax). The engine drops any
 * finding or fix reaching into a verbatim span anyway; the scans skip them so that counts and the
 * first reported mark are right.
 */
export interface ProtectedSpans {
  readonly spans: readonly Span[];
  /** True when [start, end) touches a protected span. Queries must come in ascending `start` order per cursor. */
  cursor(): (start: number, end?: number) => boolean;
}

const cache = new WeakMap<PolicyDocument, ProtectedSpans>();

export function protectedSpans(doc: PolicyDocument): ProtectedSpans {
  let result = cache.get(doc);
  if (result) return result;
  const spans: Span[] = [...doc.verbatim];
  for (const h of doc.headings) {
    if (h.marker) spans.push({ start: h.marker.start, end: h.marker.trailing ? h.marker.trailing.end : h.marker.end });
  }
  for (const r of doc.pageNumberResidue) spans.push({ start: r.start, end: r.end });
  spans.sort((a, b) => a.start - b.start);
  const frozen = spans;
  result = {
    spans: frozen,
    cursor() {
      let i = 0;
      return (start: number, end = start + 1) => {
        while (i < frozen.length && frozen[i].end <= start) i++;
        return i < frozen.length && frozen[i].start < end;
      };
    },
  };
  cache.set(doc, result);
  return result;
}

const occurrenceCache = new WeakMap<PolicyDocument, OccurrenceIndex>();

/**
 * Offsets of every occurrence of `needle`, in text order; searched once per document. (The needles
 * used — 年 月 % ％ 百分之 — cannot overlap themselves.)
 */
export function offsetsOf(doc: PolicyDocument, needle: string): readonly number[] {
  let index = occurrenceCache.get(doc);
  if (!index) {
    index = new OccurrenceIndex(doc.text);
    occurrenceCache.set(doc, index);
  }
  return index.all(needle);
}

/** Deletes a whole line with its line break (or, for the last line, the break before it). */
export function deleteLineEdit(doc: PolicyDocument, line: number): TextEdit {
  const next = doc.lines.lineStarts[line + 1];
  if (next !== undefined) return { start: doc.lines.lineStarts[line], end: next, newText: '' };
  const start = line > 0 ? doc.lines.lineContentEnd(line - 1) : 0;
  return { start, end: doc.text.length, newText: '' };
}

/** The first `length` characters of a line's content, for messages. */
export function excerpt(text: string, start: number, end: number, length = 20): string {
  // Never half of a surrogate pair (an extension-B character, an emoji): the message would show “�”.
  return end - start > length ? sliceWhole(text, start, start + length) + '…' : text.slice(start, end);
}

/** How a mark is named in a message: quotes cannot be shown inside the quotes of a Chinese message. */
export function shownMark(ch: string): string {
  switch (ch) {
    case '“': return '左引号“';
    case '”': return '右引号”';
    case '‘': return '左单引号‘';
    case '’': return '右单引号’';
    default: return `“${ch}”`;
  }
}
