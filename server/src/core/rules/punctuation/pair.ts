import type { Rule, RuleContext } from '../rule';
import { webResidueLineSet } from '../residue/webLines';

/**
 * Paired marks within a paragraph: quotes “ ” ‘ ’, book-title marks 《 》, brackets （ ） and 【 】
 * (a half-width bracket pairs with a full-width one: width is the half-width rule's business).
 * A left quote “ while one is open is reported as a typed-wrong right quote (seed 003 `…要有突破“`),
 * and an ASCII " closing a “ as the mismatch it is (`“蒙速办"`).
 */
const CLOSER: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': '）', '【': '】' };
const OPENER: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '》': '《', '）': '（', ')': '（', '】': '【' };
const CLAUSE: Readonly<Record<string, string>> = { '“': '4.8', '‘': '4.8', '《': '4.15', '（': '4.9', '【': '4.9' };
const NAME: Readonly<Record<string, string>> = { '“': '引号', '‘': '引号', '《': '书名号', '（': '括号', '【': '方头括号' };
const PAIRED = /[“”‘’《》（）()【】"]/g;

/** How a mark is named in a message: quotes cannot be shown inside quotes. */
function shown(ch: string): string {
  switch (ch) {
    case '“': return '左引号“';
    case '”': return '右引号”';
    case '‘': return '左单引号‘';
    case '’': return '右单引号’';
    default: return `“${ch}”`;
  }
}

interface Open {
  readonly ch: string;
  readonly offset: number;
}

/** The kind a mark belongs to, by its full-width opener. */
function kind(ch: string): string {
  return ch === '(' ? '（' : ch;
}

function isApostrophe(text: string, i: number): boolean {
  return /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/** Is the next quote mark after this “ (before `end`) a ”? Then this “ opens a quotation of its own (and an earlier one lost its end). */
function opensQuotation(text: string, at: number, end: number): boolean {
  const close = text.indexOf('”', at + 1);
  if (close < 0 || close >= end) return false;
  const open = text.indexOf('“', at + 1);
  return open < 0 || close < open;
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
  private readonly asciiCloses: number[] = [];
  /** An ASCII quote that closes no “: the paragraph mixes quote styles, so no replacement is mechanical. */
  private otherAscii = false;

  constructor(private readonly text: string, private readonly ctx: RuleContext, private readonly paragraph: Paragraph) {}

  mark(i: number, ch: string): void {
    const { stack, ctx, text } = this;
    const top = stack[stack.length - 1];
    if (ch === '"') {
      // An ASCII quote only matters when it closes a Chinese left quote.
      if (top?.ch === '“') {
        stack.pop();
        this.asciiCloses.push(i);
      } else {
        this.otherAscii = true;
      }
      return;
    }
    if (ch === '“' && stack.some((o) => o.ch === '“') && !opensQuotation(text, i, this.paragraph.end)) {
      // A second left quote inside an open quotation, not followed by a right quote of its own, is a mistyped right quote.
      while (stack.length && stack[stack.length - 1].ch !== '“') reportUnclosed(ctx, text, stack.pop()!);
      stack.pop();
      ctx.report({
        message: `引号不配对：前面的左引号“尚未结束，此处又是左引号“。如为引文结束，应改为右引号”；引号内再用引号时，里层用单引号‘’（GB/T 15834—2011 4.8）。`,
        start: i, end: i + 1,
        fixes: [{ title: '改为右引号”', edits: [{ start: i, end: i + 1, newText: '”' }], safe: false }],
      });
      return;
    }
    if (ch in CLOSER) {
      stack.push({ ch: kind(ch), offset: i });
      return;
    }
    if (ch === '’' && isApostrophe(text, i)) return;
    const opener = OPENER[ch];
    let at = stack.length - 1;
    while (at >= 0 && stack[at].ch !== opener) at--;
    if (at < 0) {
      ctx.report({
        message: `${NAME[opener]}不配对：${shown(ch)}前面没有对应的${shown(opener)}（GB/T 15834—2011 ${CLAUSE[opener]}）。请补上前一半或删去此处。`,
        start: i, end: i + 1,
      });
      return;
    }
    while (stack.length > at + 1) reportUnclosed(ctx, text, stack.pop()!);
    stack.pop();
  }

  finish(): void {
    for (const i of this.asciiCloses) {
      this.ctx.report({
        message: `引号不配对：以中文左引号“开始，却以英文直引号"结束，应为右引号”（GB/T 15834—2011 4.8）。`,
        start: i, end: i + 1,
        fixes: [{ title: '改为右引号”', edits: [{ start: i, end: i + 1, newText: '”' }], safe: !this.otherAscii }],
      });
    }
    for (const o of this.stack) {
      // A quotation running over several paragraphs opens each with “ and closes only the last.
      if (o.ch === '“' && this.paragraph.quotationRunsOn) continue;
      reportUnclosed(this.ctx, this.text, o);
    }
  }
}

function reportUnclosed(ctx: RuleContext, text: string, o: Open): void {
  const written = text[o.offset];
  ctx.report({
    message: `${NAME[o.ch]}不配对：${shown(written)}之后没有对应的${shown(CLOSER[o.ch])}（GB/T 15834—2011 ${CLAUSE[o.ch]}）。请补上后一半或删去此处。`,
    start: o.offset, end: o.offset + 1,
  });
}

export const punctuationPair: Rule = {
  id: 'punctuation-pair',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '成对标点不配对或次序颠倒：引号“”‘’、书名号《》、括号（）【】（GB/T 15834—2011 4.8、4.9、4.15）；左引号配英文直引号时可自动改正。',
  descriptionEn: 'Unbalanced or misordered paired punctuation (quotes, book-title marks, brackets).',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const skip = webResidueLineSet(doc);
    const splitBefore = new Set(doc.pageNumberResidue.filter((r) => r.splitsText).map((r) => r.line));
    const lines = doc.paragraphs;
    // A page number splitting a sentence splits no pair: such lines are checked as one paragraph.
    const paragraphs: Paragraph[] = [];
    for (let i = 0; i < lines.length; i++) {
      let j = i;
      while (j + 1 < lines.length && splitBefore.has(lines[j + 1].line)) j++;
      const next = lines[j + 1];
      if (!skip.has(lines[i].line)) paragraphs.push({ start: lines[i].start, end: lines[j].end, quotationRunsOn: next !== undefined && text[next.start] === '“' });
      i = j;
    }
    // One scan over the whole text, handing each mark to its paragraph's scanner.
    let pi = 0;
    let scanner: PairScanner | undefined;
    PAIRED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIRED.exec(text))) {
      const i = m.index;
      while (pi < paragraphs.length && i >= paragraphs[pi].end) {
        scanner?.finish();
        scanner = undefined;
        pi++;
      }
      if (pi >= paragraphs.length) break;
      if (i < paragraphs[pi].start) continue;
      scanner ??= new PairScanner(text, ctx, paragraphs[pi]);
      scanner.mark(i, m[0]);
    }
    scanner?.finish();
  },
};
