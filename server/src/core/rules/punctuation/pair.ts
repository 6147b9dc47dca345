import type { Rule, RuleContext } from '../rule';
import { remember } from '../rule';
import { webResidueLineSet } from '../webLines';
import { shownMark as shown } from '../hygiene';
import { fixTitle } from '../fixTitles';
import { continuesWrappedLine } from '../../text/hardWrap';

/**
 * Paired marks within a paragraph: quotes “ ” ‘ ’, book-title marks 《 》, brackets （ ） and 【 】
 * (a half-width bracket pairs with a full-width one: width is the half-width rule's business).
 * A left quote “ while one is open is reported as a typed-wrong right quote (seed 003 `…要有突破“`), and a right
 * quote ” opening nothing but followed by another ” as a typed-wrong left quote (one finding, not two).
 * An ASCII " closes a “ (`“蒙速办"`), and the double primes 〝 〞 〟 a converter puts for “ ” pair as them
 * (`“四个着力〞`): the wrong form is punctuation-quote-form's to report.
 */
const CLOSER: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '《': '》', '（': '）', '【': '】' };
const CLAUSE: Readonly<Record<string, string>> = { '“': '4.8', '‘': '4.8', '《': '4.15', '（': '4.9', '【': '4.9' };
const NAME: Readonly<Record<string, string>> = { '“': '引号', '‘': '引号', '《': '书名号', '（': '括号', '【': '方头括号' };
const PAIRED = /[“”‘’《》（）()【】"〝〞〟]/g;

/** The kind (its full-width opener) of an opening mark, by code unit; a half-width ( is a （. */
function openingKind(c: number): string | undefined {
  switch (c) {
    case 0x201c: case 0x301d: return '“';
    case 0x2018: return '‘';
    case 0x300a: return '《';
    case 0xff08: case 0x28: return '（';
    case 0x3010: return '【';
    default: return undefined;
  }
}

/** The opener a closing mark pairs with, by code unit. */
function closerOpener(c: number): string {
  switch (c) {
    case 0x201d: case 0x301e: case 0x301f: return '“';
    case 0x2019: return '‘';
    case 0x300b: return '《';
    case 0x3011: return '【';
    default: return '（';
  }
}

interface Open {
  readonly ch: string;
  readonly offset: number;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isApostrophe(text: string, i: number): boolean {
  return isAsciiLetterCode(text.charCodeAt(i - 1)) && isAsciiLetterCode(text.charCodeAt(i + 1));
}

/**
 * Where the next “ and the next ” after a position lie (before the paragraph's end), read as the scan
 * moves forward: each is searched again only once the scan has passed it, so a paragraph costs one
 * search over its text for each kind, however many quote marks it holds.
 */
class NextQuotes {
  private open = -1;
  private close = -1;

  constructor(private readonly text: string, private readonly end: number) {}

  private next(mark: string, cached: number, at: number): number {
    if (cached > at || cached === Infinity) return cached;
    const found = this.text.indexOf(mark, at + 1);
    return found < 0 || found >= this.end ? Infinity : found;
  }

  /**
   * Is the next quote mark after this one a ”? After a “: it opens a quotation of its own (and an earlier one lost its
   * end). After a ” that closes nothing: it is a mistyped “, the next ” its end.
   */
  opensQuotation(at: number): boolean {
    this.close = this.next('”', this.close, at);
    if (this.close === Infinity) return false;
    this.open = this.next('“', this.open, at);
    return this.close < this.open;
  }
}

interface Paragraph {
  readonly start: number;
  readonly end: number;
  /** The next paragraph opens with “: a quotation may run on (GB/T 15834—2011 4.8). */
  readonly quotationRunsOn: boolean;
}

/** The pairing state of one paragraph, fed its paired marks in order. */
class PairScanner {
  private readonly stack: Open[] = [];
  /** How many of each opener the stack holds: a closer whose opener is not there needs no search of it. */
  private readonly openCount = new Map<string, number>();
  private readonly quotes: NextQuotes;

  constructor(private readonly text: string, private readonly ctx: RuleContext, private readonly paragraph: Paragraph) {
    this.quotes = new NextQuotes(text, paragraph.end);
  }

  private push(o: Open): void {
    this.stack.push(o);
    this.openCount.set(o.ch, (this.openCount.get(o.ch) ?? 0) + 1);
  }

  private pop(): Open {
    const o = this.stack.pop()!;
    this.openCount.set(o.ch, this.openCount.get(o.ch)! - 1);
    return o;
  }

  private holds(ch: string): boolean {
    return (this.openCount.get(ch) ?? 0) > 0;
  }

  /** `c` is the mark's code unit: marks are compared as numbers, not as one-character strings. */
  mark(i: number, c: number): void {
    const { stack, ctx, text } = this;
    const top = stack[stack.length - 1];
    if (c === 0x22) {
      // An ASCII quote closes a quotation opened with “ or with another ASCII quote, or opens one that ” may close
      // (`“蒙速办"`, `"十四五”`): its form is punctuation-quote-form's business; unclosed it is no pair (an inch mark).
      if (top?.ch === '“' || top?.ch === '"') this.pop();
      else this.push({ ch: '"', offset: i });
      return;
    }
    const opening = openingKind(c);
    if (opening === '“' && this.holds('“') && !this.quotes.opensQuotation(i)) {
      // A second left quote inside an open quotation, not followed by a right quote of its own, is a mistyped right quote.
      while (stack.length && stack[stack.length - 1].ch !== '“') reportUnclosed(ctx, text, this.pop());
      this.pop();
      ctx.report({
        messageId: 'leftQuoteAgain',
        start: i, end: i + 1,
        fixes: [{ ...fixTitle('toClosingQuote'), edits: [{ start: i, end: i + 1, newText: '”' }], safe: false }],
      });
      return;
    }
    if (opening !== undefined) {
      this.push({ ch: opening, offset: i });
      return;
    }
    if (c === 0x2019 && isApostrophe(text, i)) return;
    if (c === 0x201d && top?.ch === '"') {
      this.pop();
      return;
    }
    const opener = closerOpener(c);
    if (c === 0x201d && !this.holds('“') && this.quotes.opensQuotation(i)) {
      // A right quote opening nothing, whose next quote mark is another right quote, is a mistyped left quote
      // (`要处理”六个关系”`): one finding here, and the quotation it opens is closed by the next ”.
      this.push({ ch: '“', offset: i });
      ctx.report({
        messageId: 'rightQuoteOpens',
        start: i, end: i + 1,
        fixes: [{ ...fixTitle('toOpeningQuote'), edits: [{ start: i, end: i + 1, newText: '“' }], safe: false }],
      });
      return;
    }
    if (!this.holds(opener)) {
      ctx.report({ messageId: 'unopened', data: UNOPENED.get(c) ?? remember(UNOPENED, c, pairData(text[i], opener, opener)), start: i, end: i + 1 });
      return;
    }
    // The opener is in the stack: what stands above it was left open (each mark is popped once).
    while (stack[stack.length - 1].ch !== opener) reportUnclosed(ctx, text, this.pop());
    this.pop();
  }

  finish(): void {
    for (const o of this.stack) {
      // A quotation running over several paragraphs opens each with “ and closes only the last.
      if (o.ch === '“' && this.paragraph.quotationRunsOn) continue;
      reportUnclosed(this.ctx, this.text, o);
    }
  }
}

function reportUnclosed(ctx: RuleContext, text: string, o: Open): void {
  // An ASCII quote left open is no pair of its own (an inch mark, a ditto): nothing to report.
  if (o.ch === '"') return;
  const c = text.charCodeAt(o.offset);
  ctx.report({ messageId: 'unclosed', data: UNCLOSED.get(c) ?? remember(UNCLOSED, c, pairData(text[o.offset], o.ch, CLOSER[o.ch])), start: o.offset, end: o.offset + 1 });
}

/**
 * The data of a finding on `mark` (as written; its kind is that of the opener `kind`), missing `other`.
 * Determined by the mark alone, so kept per mark (below): one data object per mark, not one per finding of
 * a dense draft (the engine fills a message in once per data object).
 */
function pairData(mark: string, kind: string, other: string): Readonly<Record<string, string>> {
  return { name: NAME[kind], mark, shown: shown(mark), other: shown(other), clause: CLAUSE[kind] };
}

/** The data of `unopened` and `unclosed` findings, by the mark's code unit (a handful of marks). */
const UNOPENED = new Map<number, Readonly<Record<string, string>>>();
const UNCLOSED = new Map<number, Readonly<Record<string, string>>>();

export const punctuationPair: Rule = {
  id: 'punctuation-pair',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '成对标点不配对或次序颠倒：引号“”‘’、书名号《》、括号（）【】（GB/T 15834—2011 4.8、4.9、4.15）。',
  descriptionEn: 'Unbalanced or misordered paired punctuation (quotes, book-title marks, brackets).',
  fixable: false,
  scope: 'paragraph',
  // data: name (引号, 书名号…), mark (as written), shown (how the message names it), other (the missing half, named), clause.
  messages: {
    leftQuoteAgain: '引号不配对：前面的左引号“尚未结束，此处又是左引号“。如为引文结束，应改为右引号”；引号内再用引号时，里层用单引号‘’（GB/T 15834—2011 4.8）。',
    rightQuoteOpens: '引号不配对：此处的右引号”前面没有左引号，其后的右引号”才是引文的结束。如此处为引文开始，应改为左引号“（GB/T 15834—2011 4.8）。',
    unopened: '{name}不配对：{shown}前面没有对应的{other}（GB/T 15834—2011 {clause}）。请补上前一半或删去此处。',
    unclosed: '{name}不配对：{shown}之后没有对应的{other}（GB/T 15834—2011 {clause}）。请补上后一半或删去此处。',
  },
  messagesEn: {
    leftQuoteAgain: 'Unpaired quotation marks: an opening quotation mark “ is still open and here is another opening “. If the quotation ends here, use the closing mark ”; quotes inside quotes use single marks ‘’ (GB/T 15834—2011 4.8).',
    rightQuoteOpens: 'Unpaired quotation marks: nothing opens this closing mark ”, and the next closing ” ends the quotation. If the quotation starts here, use the opening mark “ (GB/T 15834—2011 4.8).',
    unopened: 'Unpaired mark: nothing before {shown} opens it (GB/T 15834—2011 {clause}). Add the opening half or delete this one.',
    unclosed: 'Unpaired mark: nothing after {shown} closes it (GB/T 15834—2011 {clause}). Add the closing half or delete this one.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const skip = webResidueLineSet(doc);
    const splitBefore = new Set(doc.pageNumberResidue.filter((r) => r.splitsText).map((r) => r.line));
    const lines = doc.paragraphs;
    // A page number splitting a sentence splits no pair, nor does a line broken by a PDF page's width
    // (`古人云：“一年之` / `计在于春”`): a line and the lines continuing it are checked as one paragraph (a group).
    // Groups are formed only where a mark falls, not for every line.
    const continues = (k: number) => (splitBefore.size > 0 && splitBefore.has(lines[k].line))
      || (k > 0 && lines[k].line === lines[k - 1].line + 1 && continuesWrappedLine(text, doc.lines, lines[k].line));
    let next = 0; // the first line after the current group: always a group's first line
    let groupEnd = -1;
    let group: Paragraph | undefined; // undefined while the current group is web residue
    let scanner: PairScanner | undefined;
    PAIRED.lastIndex = 0;
    // One scan over the whole text, handing each mark to its paragraph's scanner. `test` rather than
    // `exec`: every mark is one character, so no match object is needed.
    while (PAIRED.test(text)) {
      const i = PAIRED.lastIndex - 1;
      if (i >= groupEnd) {
        scanner?.finish();
        scanner = undefined;
        let k = next;
        while (k < lines.length && lines[k].end <= i) k++;
        if (k >= lines.length) break;
        let first = k;
        while (first > next && continues(first)) first--;
        let last = k;
        while (last + 1 < lines.length && continues(last + 1)) last++;
        next = last + 1;
        groupEnd = lines[last].end;
        const following = lines[next];
        group = skip.has(lines[first].line)
          ? undefined
          : { start: lines[first].start, end: groupEnd, quotationRunsOn: following !== undefined && text.charCodeAt(following.start) === 0x201c };
      }
      if (group === undefined || i < group.start) continue;
      scanner ??= new PairScanner(text, ctx, group);
      scanner.mark(i, text.charCodeAt(i));
    }
    scanner?.finish();
  },
};
