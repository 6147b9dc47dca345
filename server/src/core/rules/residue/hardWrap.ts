import type { Rule } from '../rule';
import type { Paragraph } from '../../model/document';
import { charCodeTable, isChineseContextCode } from '../../text/chars';
import { continuesWrappedLine } from '../../text/hardWrap';
import { webResidueLineSet } from '../webLines';
import { fixTitle } from '../fixTitles';

/**
 * A paragraph that text copied out of a PDF (or a page of fixed width) broke into lines of the page's width:
 * `古人云：“一年之` / `计在于春”，转眼间…。`. Which line continues the one before is `continuesWrappedLine`'s
 * (two lines alone); the rule reports a run of such lines only where the run reads as one paragraph of a page:
 *
 * - it ends as a paragraph does, with a sentence's end (`。！？…`, a closing mark after one): a title, a 文号,
 *   a collector's label lines and a salutation (`各位代表：`) do not;
 * - no line of it is shaped like web residue (`webResidueLineSet`), and every break has Chinese on one side at
 *   least (two English words are never joined without their space);
 * - its full lines (all but the last) are of one width, and the last no wider; the first is counted from the
 *   line's start (an indented first line holds fewer characters: the indentation takes their place on the page)
 *   and may be two characters narrower (the copy dropped the indentation);
 * - a run of two lines (one full line) is reported only where another full line of the draft shows the same
 *   width: one line of running text followed by a shorter one is also what a paragraph that lost its last mark
 *   looks like, followed by the next paragraph; a page's width shows on every full line it broke (a run of three
 *   lines or more shows it on its own).
 *
 * Document scope: the page's width is read from the whole draft. The fix joins the lines (deletes each break
 * and the blanks around it). It is safe (fix-all) only when the run's first line is indented and its other
 * lines are not (`continuesWrappedLine` never continues an indented line): the copy kept where the page's
 * paragraphs start, so no line of the run starts one. Without indentation nothing tells a wrapped line from a
 * paragraph that lost its last mark, and the join is a quick fix the writer chooses.
 */

/** How far two full lines of one page may differ in width, in half-width columns (a Han character is two). */
const TOLERANCE = 4;
/**
 * How much narrower a paragraph's first line may be: the indentation the page gave it (two characters), which
 * a copy often drops.
 */
const INDENT = 4;
/** Full lines of one width the draft must show before a run of two lines is read as broken by it. */
const MIN_SUPPORT = 2;
/** Widths counted apart (wider full lines, which `continuesWrappedLine` never continues, share the last). */
const WIDTHS = 256;
/** Closing marks that may follow a paragraph's last sentence end. */
const CLOSING = charCodeTable(['”', '’', '）', ')', '》', '」', '』', '】']);
/** What ends a paragraph's last sentence. */
const PARAGRAPH_END = charCodeTable(['。', '！', '？', '…', '!', '?']);

/**
 * The width of [from, end) in half-width columns: Han characters, full-width forms (the ideographic space too)
 * and the curly quotes, dashes and ellipsis a Chinese page sets full width count two, ASCII one (a tab one).
 */
function width(text: string, from: number, end: number): number {
  let w = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    w += c < 0x1100 ? 1 : 2;
  }
  return w;
}

function endsParagraph(text: string, p: Paragraph): boolean {
  let i = p.end - 1;
  while (i > p.start && CLOSING[text.charCodeAt(i)] === 1) i--;
  return PARAGRAPH_END[text.charCodeAt(i)] === 1;
}

interface Run {
  /** The run's first and last paragraph (line) index. */
  readonly first: number;
  readonly last: number;
  /** The first line is indented. */
  readonly indented: boolean;
  /** The page's width the run's full lines show, in columns (at least, at most). */
  readonly narrowest: number;
  readonly widest: number;
}

export const residueHardWrap: Rule = {
  id: 'residue-hard-wrap',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '从 PDF 或固定宽度版面复制的段落按页面宽度断成了多行（行末断在句中）。',
  descriptionEn: 'A paragraph copied from a PDF or a fixed-width page, broken into lines at the page\'s width (the lines break mid-sentence).',
  fixable: true,
  // data: count (the lines of the paragraph).
  messages: {
    wrapped: '此段从 PDF 或固定宽度的版面复制时按页面宽度断成了 {count} 行，行末断在句子中间。请把这 {count} 行接成一段：删去段内的换行和复制留下的缩进。',
  },
  messagesEn: {
    wrapped: 'This paragraph was broken into {count} lines at the page\'s width when it was copied from a PDF or a fixed-width page: the lines break mid-sentence. Join the {count} lines into one paragraph: delete the line breaks inside it and any indentation the copy left.',
  },
  check(doc, ctx) {
    const { text, lines } = doc;
    const paragraphs = doc.paragraphs;
    const continues = (k: number) => paragraphs[k].line === paragraphs[k - 1].line + 1 && continuesWrappedLine(text, lines, paragraphs[k].line);
    const runs: Run[] = [];
    let skip: ReadonlySet<number> | undefined;
    for (let k = 1; k < paragraphs.length; k++) {
      if (!continues(k)) continue;
      const first = k - 1;
      let last = k;
      while (last + 1 < paragraphs.length && continues(last + 1)) last++;
      k = last;
      if (!endsParagraph(text, paragraphs[last])) continue;
      skip ??= webResidueLineSet(doc);
      let widest = 0;
      let narrowest = Infinity;
      let fits = true;
      for (let j = first; j <= last && fits; j++) {
        const p = paragraphs[j];
        if (skip.has(p.line)) fits = false;
        if (j === last) break;
        if (!isChineseContextCode(text.charCodeAt(p.end - 1)) && !isChineseContextCode(text.charCodeAt(paragraphs[j + 1].start))) fits = false;
        if (j === first) continue;
        const w = width(text, p.start, p.end);
        widest = Math.max(widest, w);
        narrowest = Math.min(narrowest, w);
      }
      const firstStart = lines.lineStarts[paragraphs[first].line];
      const firstWidth = width(text, firstStart, paragraphs[first].end);
      const indented = paragraphs[first].start > firstStart;
      if (last - first === 1) {
        // The page's width, from the first line alone: its own, or up to an indentation wider where the copy dropped it.
        widest = firstWidth + (indented ? 0 : INDENT);
        narrowest = firstWidth;
      } else if (firstWidth > widest + TOLERANCE || firstWidth < narrowest - TOLERANCE - INDENT) continue;
      const lastWidth = width(text, paragraphs[last].start, paragraphs[last].end);
      if (!fits || (last - first > 1 && widest - narrowest > TOLERANCE) || lastWidth > Math.max(widest, firstWidth) + TOLERANCE) continue;
      runs.push({ first, last, indented, narrowest, widest });
    }
    if (!runs.length) return;
    // The full lines of every run by width (a full line is at most ~200 columns: `continuesWrappedLine`'s bound):
    // `exact` the lines whose width is the page's, `short` the first lines whose indentation the copy may have
    // dropped (the page's width is theirs or up to `INDENT` more).
    const exact = new Uint32Array(WIDTHS);
    const short = new Uint32Array(WIDTHS);
    for (const run of runs) {
      for (let j = run.first; j < run.last; j++) {
        const w = Math.min(WIDTHS - 1, width(text, lines.lineStarts[paragraphs[j].line], paragraphs[j].end));
        if (j === run.first && !run.indented) short[w]++;
        else exact[w]++;
      }
    }
    const sum = (table: Uint32Array, from: number, to: number) => {
      let n = 0;
      for (let x = Math.max(0, from); x <= Math.min(WIDTHS - 1, to); x++) n += table[x];
      return n;
    };
    // Full lines of the draft that a page of the run's width could have broken, the run's own included.
    const shown = (run: Run) => sum(exact, run.narrowest - TOLERANCE, run.widest + TOLERANCE) + sum(short, run.narrowest - TOLERANCE - INDENT, run.widest + TOLERANCE);
    for (const run of runs) {
      // A run of three lines or more shows the width on its own full lines; a run of two needs another.
      if (run.last - run.first === 1 && shown(run) < MIN_SUPPORT) continue;
      const first = paragraphs[run.first];
      const last = paragraphs[run.last];
      const count = run.last - run.first + 1;
      const edits = [];
      for (let j = run.first; j < run.last; j++) edits.push({ start: paragraphs[j].end, end: paragraphs[j + 1].start, newText: '' });
      ctx.report({
        messageId: 'wrapped',
        data: { count },
        start: first.start,
        end: last.end,
        fixes: [{ ...fixTitle('joinLines', { count }), edits, safe: run.indented }],
      });
    }
  },
};
