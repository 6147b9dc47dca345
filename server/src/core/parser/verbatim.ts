import type { VerbatimSpan } from '../model/document';
import type { LineIndex } from '../text/lineIndex';

/**
 * The spans of a draft that are syntax or copied verbatim, not Chinese prose: YAML front matter,
 * fenced and inline code, the syntax of Markdown links and images (`[`, `](url)`) and reference
 * definitions, web addresses, HTML comments and tags. No rule reports inside them and no fix edits
 * into them (the engine holds every rule to that), so a fix never turns `[方案](./a.md)` into
 * `[方案]（./a.md）` or `标题: …` into `标题：…`. Found with `indexOf` from the characters each starts
 * with: one linear pass per kind, nothing tried at every position.
 */

const FRONT_MATTER_KEY = /^[ \t]*[A-Za-z0-9_\u4e00-\u9fff-]+[ \t]*:(?:[ \t]|$)/;
/** A front matter block ends within this many lines, or the `---` line was a separator. */
const FRONT_MATTER_LINES = 200;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const URL = /(?:https?:\/\/|www\.)[!-~]+/y;
/** Punctuation after an address (`…/9732.html,请`) belongs to the sentence, not to the address. */
const URL_TRAILING = /[,;:!?.)\]'"]+$/;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\r\n]*)?\/?>/y;
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[[^\]\r\n]+\]:[ \t]*\S/;
/** How far a link's text and destination may reach from its `](`: the work per `](` stays bounded. */
const LINK_TEXT = 500;
const LINK_DESTINATION = 2000;

function lineText(text: string, lines: LineIndex, line: number): string {
  return text.slice(lines.lineStarts[line], lines.lineContentEnd(line));
}

/** The end of `---` front matter at the very start (after a BOM), closed by `---` or `...`, with at least one `key:` line. */
export function frontMatterEnd(text: string, lines: LineIndex): number | undefined {
  const first = lineText(text, lines, 0).replace(/^\ufeff/, '');
  if (first.trimEnd() !== '---') return undefined;
  let keys = 0;
  for (let line = 1; line < Math.min(lines.lineCount, FRONT_MATTER_LINES); line++) {
    const content = lineText(text, lines, line);
    const trimmed = content.trimEnd();
    if (trimmed === '---' || trimmed === '...') return keys > 0 ? lines.lineContentEnd(line) : undefined;
    if (FRONT_MATTER_KEY.test(content)) keys++;
  }
  return undefined;
}

function frontMatter(text: string, lines: LineIndex, out: VerbatimSpan[]): void {
  const end = frontMatterEnd(text, lines);
  if (end !== undefined) out.push({ start: 0, end, line: 0 });
}

/** Fenced code blocks (``` or ~~~, closed by a fence of the same kind at least as long, or by the text's end). */
function fencedCode(text: string, lines: LineIndex, out: VerbatimSpan[]): void {
  if (!text.includes('```') && !text.includes('~~~')) return;
  let open: { line: number; fence: string } | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    const c = text.charCodeAt(start);
    // Only lines that can hold a fence are read: a fence starts within three spaces.
    if (c !== 0x60 && c !== 0x7e && c !== 0x20 && c !== 0x09) continue;
    const m = FENCE.exec(lineText(text, lines, line));
    if (!m) continue;
    if (!open) open = { line, fence: m[1] };
    else if (m[1][0] === open.fence[0] && m[1].length >= open.fence.length) {
      out.push({ start: lines.lineStarts[open.line], end: lines.lineContentEnd(line), line: open.line });
      open = undefined;
    }
  }
  if (open) out.push({ start: lines.lineStarts[open.line], end: text.length, line: open.line });
}

/** `` `code` `` within a line. */
function inlineCode(text: string, lines: LineIndex, out: VerbatimSpan[]): void {
  for (let i = text.indexOf('`'); i >= 0; ) {
    const close = text.indexOf('`', i + 1);
    if (close < 0) return;
    const lineBreak = text.slice(i + 1, close).search(/[\r\n]/);
    if (lineBreak >= 0 || close === i + 1) {
      // No span here: the next backtick may open one.
      i = close;
      continue;
    }
    out.push({ start: i, end: close + 1, line: lines.lineOf(i) });
    i = text.indexOf('`', close + 1);
  }
}

/**
 * `[text](url)` and `![alt](url)`: the brackets and the destination are syntax, the link text is prose.
 * Found from each `](`; the `[` is the nearest one before it on the line.
 */
function links(text: string, lines: LineIndex, out: VerbatimSpan[]): void {
  for (let i = text.indexOf(']('); i >= 0; i = text.indexOf('](', i + 2)) {
    let open = i - 1;
    const limit = Math.max(-1, i - LINK_TEXT);
    while (open > limit && text[open] !== '[' && text[open] !== ']' && text[open] !== '\n' && text[open] !== '\r') open--;
    if (open <= limit || text[open] !== '[') continue;
    // The destination runs to the `)` that balances the `(`, within the line.
    let depth = 0;
    let close = i + 1;
    const reach = Math.min(text.length, i + LINK_DESTINATION);
    for (; close < reach; close++) {
      const c = text[close];
      if (c === '\n' || c === '\r') break;
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (close >= reach || text[close] !== ')' || close === i + 2) continue;
    const line = lines.lineOf(open);
    out.push({ start: open > 0 && text[open - 1] === '!' ? open - 1 : open, end: open + 1, line });
    out.push({ start: i, end: close + 1, line });
  }
  if (!text.includes(']:')) return;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    const c = text.charCodeAt(start);
    if (c !== 0x5b && c !== 0x20 && c !== 0x09) continue;
    if (REFERENCE_DEFINITION.test(lineText(text, lines, line))) out.push({ start, end: lines.lineContentEnd(line), line });
  }
}

function addresses(text: string, lines: LineIndex, out: VerbatimSpan[]): void {
  const starts: number[] = [];
  for (const needle of ['http', 'www.']) for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) starts.push(i);
  starts.sort((a, b) => a - b);
  let scanned = 0;
  for (const start of starts) {
    if (start < scanned) continue;
    URL.lastIndex = start;
    const m = URL.exec(text);
    if (!m) continue;
    const end = start + m[0].replace(URL_TRAILING, '').length;
    if (end > start + 4) out.push({ start, end, line: lines.lineOf(start) });
    scanned = start + m[0].length;
  }
}

/** `<!-- … -->` (the gongwen directives among them) and tags such as `<br>` `<div class="x">`. */
function html(text: string, lines: LineIndex, out: VerbatimSpan[]): void {
  for (let i = text.indexOf('<'); i >= 0; ) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 ? text.length : close + 3;
      out.push({ start: i, end, line: lines.lineOf(i) });
      i = text.indexOf('<', end);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    if (m) out.push({ start: i, end: i + m[0].length, line: lines.lineOf(i) });
    i = text.indexOf('<', i + (m ? m[0].length : 1));
  }
}

/** Every verbatim span of a draft, sorted and merged where they overlap. Never throws. */
export function findVerbatimSpans(text: string, lines: LineIndex): VerbatimSpan[] {
  const found: VerbatimSpan[] = [];
  frontMatter(text, lines, found);
  fencedCode(text, lines, found);
  inlineCode(text, lines, found);
  links(text, lines, found);
  addresses(text, lines, found);
  html(text, lines, found);
  if (found.length === 0) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: VerbatimSpan[] = [found[0]];
  for (let k = 1; k < found.length; k++) {
    const last = merged[merged.length - 1];
    const s = found[k];
    if (s.start < last.end) {
      if (s.end > last.end) merged[merged.length - 1] = { ...last, end: s.end };
    } else merged.push(s);
  }
  return merged;
}

/**
 * Would a finding or an edit over [start, end) break a verbatim span? It may cover one whole (a
 * deleted residue line with its address), but not reach into one: overlap it in part, lie inside
 * it, or insert strictly within it. `spans` sorted and disjoint (as `findVerbatimSpans` gives them).
 */
export function breaksVerbatim(spans: readonly VerbatimSpan[], start: number, end: number): boolean {
  // The first span ending after `start`: only it and the ones after it can meet [start, end).
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length; k++) {
    const s = spans[k];
    if (start === end) return s.start < start && start < s.end;
    if (s.start >= end) return false;
    if (!(start <= s.start && s.end <= end)) return true;
  }
  return false;
}
