import type { Rule } from '../rule';
import { reportSequence } from './sequence';

export const numberingOrder: Rule = {
  id: 'numbering-order',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同级序号顺序颠倒（如“（三）”之后是“（二）”）。',
  descriptionEn: 'A same-level marker goes backwards.',
  fixable: false,
  messages: {
    order: '序号顺序颠倒：“{actual}”排在“{previous}”之后，此处应为“{expected}”。请调整顺序或重新编号。',
  },
  messagesEn: {
    order: 'Numbers out of order: “{actual}” comes after “{previous}”; “{expected}” is expected here. Reorder or renumber.',
  },
  check(doc, ctx) {
    reportSequence(doc, ctx, 'order');
  },
};
