import type { PolicyDocument } from '../../model/document';
import { isHanCode } from '../../text/chars';
import { protectedSpans } from '../hygiene';
import { webResidueLineSet } from '../webLines';
import type { CarriedScan } from '../rule';
import { carriedList } from '../rule';

/**
 * Quotations written with marks that are not the quotation marks of horizontal Chinese text (“”, and
 * ‘’ inside them): ASCII straight quotes around Chinese (`"十四五"`), a curly quote paired with a
 * straight one (`“蒙速办"`, `"一网通办”`), corner brackets (`「…」`, `『…』`), the double primes 〝〞〟 some
 * converters put for “” (`“四个着力〞`, `〝放管服〞`). Found once per document for
 * the summary rule and the per-quotation one; each quotation is one item with the edits that make it right.
 * Only pairs are items: a lone straight quote may be an inch mark or a ditto, and the pair rule reports a
 * lone curly one.
 */
export type QuoteFormKind = 'straight' | 'mixed' | 'corner' | 'prime';

export interface QuoteFormItem {
  readonly kind: QuoteFormKind;
  /** The quotation from its opening mark to its closing mark. */
  readonly start: number;
  readonly end: number;
  /** The marks to replace (one or both) and what they become. */
  readonly edits: readonly { readonly start: number; readonly end: number; readonly newText: string }[];
}

const MARKS = /[“”‘’"'「」『』〝〞〟]/g;

interface Open {
  readonly c: number;
  readonly offset: number;
  /** Depth of quotations around it: an inner quotation takes ‘’. */
  readonly depth: number;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function holdsHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

const cache = new WeakMap<PolicyDocument, readonly QuoteFormItem[]>();

/** One paragraph's quote marks in order → the quotations of the wrong form. */
class ParagraphQuotes {
  private readonly stack: Open[] = [];

  constructor(private readonly text: string, private readonly out: QuoteFormItem[]) {}

  private push(c: number, offset: number): void {
    this.stack.push({ c, offset, depth: this.stack.length });
  }

  mark(i: number, c: number): void {
    const { text, stack } = this;
    const top = stack[stack.length - 1];
    const double = (depth: number) => (depth === 0 ? ['“', '”'] : ['‘', '’']);
    switch (c) {
      case 0x201c: // “
      case 0x2018: // ‘
      case 0x300c: // 「
      case 0x300e: // 『
      case 0x301d: // 〝
        this.push(c, i);
        return;
      case 0x301e: // 〞
      case 0x301f: { // 〟
        if (!top || (top.c !== 0x201c && top.c !== 0x301d)) return;
        stack.pop();
        const [l, r] = double(top.depth);
        const edits = [{ start: i, end: i + 1, newText: r }];
        if (top.c === 0x301d) edits.unshift({ start: top.offset, end: top.offset + 1, newText: l });
        this.out.push({ kind: 'prime', start: top.offset, end: i + 1, edits });
        return;
      }
      case 0x22: // "
      case 0x27: { // '
        if (c === 0x27 && isAsciiLetterCode(text.charCodeAt(i - 1)) && isAsciiLetterCode(text.charCodeAt(i + 1))) return; // don't
        const curly = c === 0x22 ? 0x201c : 0x2018;
        if (top && top.c === curly) {
          // “蒙速办": the right mark was typed straight.
          stack.pop();
          this.out.push({ kind: 'mixed', start: top.offset, end: i + 1, edits: [{ start: i, end: i + 1, newText: c === 0x22 ? '”' : '’' }] });
        } else if (top && top.c === c) {
          stack.pop();
          // Only a quotation of Chinese text: `"Hello"` in a Chinese sentence is English.
          if (holdsHan(text, top.offset + 1, i)) {
            const [open, close] = c === 0x22 ? double(top.depth) : ['‘', '’'];
            this.out.push({ kind: 'straight', start: top.offset, end: i + 1, edits: [{ start: top.offset, end: top.offset + 1, newText: open }, { start: i, end: i + 1, newText: close }] });
          }
        } else this.push(c, i);
        return;
      }
      case 0x201d: // ”
      case 0x2019: { // ’
        const straight = c === 0x201d ? 0x22 : 0x27;
        if (top && top.c === straight) {
          // "一网通办”: the left mark was typed straight.
          stack.pop();
          this.out.push({ kind: 'mixed', start: top.offset, end: i + 1, edits: [{ start: top.offset, end: top.offset + 1, newText: c === 0x201d ? '“' : '‘' }] });
        } else if (top && c === 0x201d && top.c === 0x301d) {
          // 〝放管服”: the left mark is a double prime.
          stack.pop();
          this.out.push({ kind: 'prime', start: top.offset, end: i + 1, edits: [{ start: top.offset, end: top.offset + 1, newText: top.depth === 0 ? '“' : '‘' }] });
        } else if (top && top.c === (c === 0x201d ? 0x201c : 0x2018)) stack.pop();
        return;
      }
      case 0x300d: // 」
      case 0x300f: { // 』
        const open = c === 0x300d ? 0x300c : 0x300e;
        if (!top || top.c !== open) return;
        stack.pop();
        // 「」 outside, 『』 inside (as Hong Kong and Taiwan write them) become “” outside, ‘’ inside.
        const [l, r] = double(top.depth > 0 || c === 0x300f ? 1 : 0);
        this.out.push({ kind: 'corner', start: top.offset, end: i + 1, edits: [{ start: top.offset, end: top.offset + 1, newText: l }, { start: i, end: i + 1, newText: r }] });
        return;
      }
    }
  }
}

/** The wrong-form quotations of the document, in text order of their closing mark. */
export function quoteFormItems(doc: PolicyDocument): readonly QuoteFormItem[] {
  let items = cache.get(doc);
  if (items) return items;
  const text = doc.text;
  const out: QuoteFormItem[] = [];
  const skip = webResidueLineSet(doc);
  const isProtected = protectedSpans(doc).cursor();
  const paragraphs = doc.paragraphs;
  let p = -1;
  let quotes: ParagraphQuotes | undefined;
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    if (p < 0 || i >= paragraphs[p].end) {
      do p++; while (p < paragraphs.length && i >= paragraphs[p].end);
      if (p >= paragraphs.length) break;
      quotes = skip.has(paragraphs[p].line) ? undefined : new ParagraphQuotes(text, out);
    }
    if (!quotes || i < paragraphs[p].start || isProtected(i)) continue;
    quotes.mark(i, text.charCodeAt(i));
  }
  items = out.sort((a, b) => a.start - b.start);
  cache.set(doc, items);
  return items;
}

/**
 * After an edit, the quotations of the new draft from the previous draft's and the re-checked lines'
 * (a quotation is paired within its paragraph, and a paragraph is one line), so the summary rule does
 * not read every quote mark of the draft again on every keystroke.
 */
export const carriedQuoteFormItems: CarriedScan = carriedList(cache, quoteFormItems, (item) => item.start, moveItem);

function moveItem(item: QuoteFormItem, by: number): QuoteFormItem {
  return { kind: item.kind, start: item.start + by, end: item.end + by, edits: item.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })) };
}

/** What each kind is called in messages. */
export const KIND_NAME: Readonly<Record<QuoteFormKind, string>> = {
  straight: '英文直引号',
  mixed: '中文引号与英文直引号混配',
  corner: '直角引号「」『』',
  prime: '双撇号〝〞',
};
export const KIND_NAME_EN: Readonly<Record<QuoteFormKind, string>> = {
  straight: 'straight English quotes',
  mixed: 'Chinese and straight quotes paired',
  corner: 'corner brackets 「」『』',
  prime: 'double primes 〝〞',
};
