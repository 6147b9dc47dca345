import type { Edit, InjectionClass } from '../injection';
import { lineBreakOf, onePer } from '../injection';

/** Page number forms of Word/PDF conversions; a document's converter writes one form throughout. */
const FORMS: Readonly<Record<string, (page: number, pages: number) => string>> = {
  'N、': (n) => `${n}、`,
  '—N—': (n) => `—${n}—`,
  '－N－': (n) => `－${n}－`,
  '- N -': (n) => `- ${n} -`,
  '第N页': (n) => `第${n}页`,
  'N/M': (n, m) => `${n}/${m}`,
  '第N页 共M页': (n, m) => `第${n}页 共${m}页`,
};

/** Where a page break may fall: inside a line (splitting a sentence or a figure) or at its end; never inside a surrogate pair. */
const STEP = 37;

/**
 * Page numbers a conversion leaves where the pages broke: on a line of their own (`- 3 -`), or at the
 * start of the next page's first line, glued to its text (`3、`, seed 003). Pages count up from 1.
 */
export const pageNumber: InjectionClass = {
  id: 'page-number',
  name: '页码残留（1、 —3— - 3 - 第3页 3/12）',
  category: 'residue',
  match: 'touch',
  perDocument: onePer(1500, 12),
  spacing: 600,
  candidates(text) {
    const out: Edit[] = [];
    for (let i = STEP; i < text.length - STEP; i += STEP) {
      const c = text.charCodeAt(i);
      const before = text.charCodeAt(i - 1);
      if (c === 10 || c === 13 || before === 13 || (c >= 0xdc00 && c <= 0xdfff)) continue;
      // The form is chosen in `finish`, once per document.
      out.push({ start: i, end: i, newText: '?', variant: '' });
    }
    return out;
  },
  finish(chosen, text, rng) {
    const br = lineBreakOf(text);
    const form = rng.pick(Object.keys(FORMS));
    const pages = chosen.length + 1;
    return chosen.map((e, k) => {
      const page = FORMS[form](k + 1, pages);
      // `3、` begins the next page's first line; the other forms stand on a line of their own.
      const newText = form === 'N、' ? br + page : br + page + br;
      return { ...e, newText, variant: form };
    });
  },
};
