import type { Rule } from '../rule';
import type { TextEdit } from '../../model/findings';
import type { PolicyDocument } from '../../model/document';
import type { ChromeKind, FrameElement } from '../../model/frame';
import { excerpt } from '../hygiene';
import { chromeWhat } from '../../parser/chrome';
import { fixTitle } from '../fixTitles';

/** What the rule says a block is when none of its lines has a name of its own (a block of short widget lines). */
const FALLBACK_WHAT: Readonly<Record<ChromeKind, string>> = { navigation: '网页导航和工具栏', 'contact-spam': '联系方式广告', 'source-notice': '转载和来源说明' };
/** What each kind of block is, in English (the Chinese names of single widgets have no English here). */
const WHAT_EN: Readonly<Record<ChromeKind, string>> = { navigation: 'navigation and toolbar', 'contact-spam': 'contact advertising', 'source-notice': 'reposting or source notice' };

interface BlockLine {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly what: string | undefined;
}

/** The lines (or the span of a run-together line) a chrome block covers, with what each one is. */
function blockLines(doc: PolicyDocument, block: FrameElement): BlockLine[] {
  const result: BlockLine[] = [];
  const first = doc.lines.lineOf(block.start);
  const last = doc.lines.lineOf(block.end);
  for (let line = first; line <= last; line++) {
    let start = Math.max(block.start, doc.lines.lineStarts[line]);
    let end = Math.min(block.end, doc.lines.lineContentEnd(line));
    while (start < end && /\s/.test(doc.text[start])) start++;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    if (start < end) result.push({ line, start, end, what: chromeWhat(doc.text, start, end) });
  }
  return result;
}

/**
 * Deletes a block: whole lines with their line breaks where it covers its lines' content (blank lines
 * between them included), only its span and the spaces after it inside a run-together line.
 */
function deleteBlockEdit(doc: PolicyDocument, start: number, end: number): TextEdit {
  const text = doc.text;
  const lines = doc.lines;
  const firstLine = lines.lineOf(start);
  const lastLine = lines.lineOf(end);
  const lineStart = lines.lineStarts[firstLine];
  const fromLineStart = /^\s*$/.test(text.slice(lineStart, start));
  const toLineEnd = /^\s*$/.test(text.slice(end, lines.lineContentEnd(lastLine)));
  if (fromLineStart && toLineEnd) {
    const next = lines.lineStarts[lastLine + 1];
    if (next !== undefined) return { start: lineStart, end: next, newText: '' };
    // The last line: the line break before it goes.
    return { start: firstLine > 0 ? lines.lineContentEnd(firstLine - 1) : 0, end: text.length, newText: '' };
  }
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\u3000' || text[e] === '\t')) e++;
  let s = start;
  // At the end of a line, the spaces before the span go with it.
  if (toLineEnd) {
    e = lines.lineContentEnd(lastLine);
    while (s > lineStart && (text[s - 1] === ' ' || text[s - 1] === '\u3000' || text[s - 1] === '\t')) s--;
  }
  return { start: s, end: e, newText: '' };
}

/**
 * The three web-residue rules differ only in which chrome blocks of the frame they report (navigation,
 * contact spam, source notices) and how they say it. The frame decides what is chrome: blocks in the
 * residue zones around the document, and unmistakable clutter between its paragraphs — never a label
 * line of the body. A block is deleted whole, so a fix never leaves half of a widget behind.
 */
export function webLineRule(spec: {
  id: string;
  kind: ChromeKind;
  description: string;
  descriptionEn: string;
  /** The message template: `{what}` (what the block is), `{shown}` (its text or lines), `{lines}` (how many). */
  message: string;
  /** The same template in English. */
  messageEn: string;
}): Rule {
  return {
    id: spec.id,
    category: 'residue',
    defaultSeverity: 'warning',
    description: spec.description,
    descriptionEn: spec.descriptionEn,
    fixable: true,
    messages: { block: spec.message },
    messagesEn: { block: spec.messageEn },
    check(doc, ctx) {
      for (const block of doc.frame.elements) {
        if (block.kind !== 'chrome' || block.chrome !== spec.kind) continue;
        const lines = blockLines(doc, block);
        if (lines.length === 0) continue;
        const first = lines[0];
        const last = lines[lines.length - 1];
        const named = [...new Set(lines.map((l) => l.what).filter((w) => w !== undefined))];
        const what = named.length > 0 ? named.join('、') : FALLBACK_WHAT[spec.kind];
        const shown = lines.length === 1
          ? `“${excerpt(doc.text, first.start, first.end)}”`
          : `第 ${first.line + 1}–${last.line + 1} 行（${lines.slice(0, 4).map((l) => `“${excerpt(doc.text, l.start, l.end, 8)}”`).join('')}${lines.length > 4 ? '等' : ''}）`;
        const shownEn = lines.length === 1
          ? shown
          : `lines ${first.line + 1}–${last.line + 1} (${lines.slice(0, 4).map((l) => `“${excerpt(doc.text, l.start, l.end, 8)}”`).join('')}${lines.length > 4 ? ' …' : ''})`;
        ctx.report({
          messageId: 'block',
          data: { what, whatEn: WHAT_EN[spec.kind], shown, shownEn, lines: lines.length },
          start: first.start,
          end: last.end,
          fixes: [{ ...(lines.length === 1 ? fixTitle(first.line === last.line && (first.start > doc.lines.lineStarts[first.line] + 4 || last.end < doc.lines.lineContentEnd(last.line)) ? 'deleteParagraph' : 'deleteLine') : fixTitle('deleteLines', { count: lines.length })), edits: [deleteBlockEdit(doc, block.start, block.end)], safe: true }],
        });
      }
    },
  };
}
