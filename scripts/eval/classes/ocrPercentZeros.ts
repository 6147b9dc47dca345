import type { InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

const PERCENT = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)[%％]/g;

/**
 * The telescope-govdoc OCR garble: `%` read as `00` (`达到70%` → `达到7000`). Kept apart from the other
 * garbles: whether it can be told from a real `7000` at all is what this row measures.
 */
export const ocrPercentZeros: InjectionClass = {
  id: 'ocr-percent-00',
  name: 'OCR 把%识别成00',
  category: 'residue',
  match: 'touch',
  perDocument: onePer(3000, 10),
  candidates(text) {
    return matchesOf(text, PERCENT).map((m) => ({ start: m.index, end: m.index + m[0].length, newText: `${m[1]}00`, variant: '%→00' }));
  },
};
