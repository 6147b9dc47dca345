import type { Rule } from '../rule';
import { reportSequence } from './sequence';

export const numberingDuplicate: Rule = {
  id: 'numbering-duplicate',
  category: 'numbering',
  defaultSeverity: 'error',
  description: '同级序号重复（如两个“第七章”）。',
  descriptionEn: 'A same-level marker repeats the previous number.',
  fixable: false,
  messages: {
    duplicate: '序号重复：“{actual}”与第 {previousLine} 行的序号相同，此处应为“{expected}”。请重新编号。',
  },
  messagesEn: {
    duplicate: 'Duplicate number: “{actual}” repeats the number on line {previousLine}; “{expected}” is expected here. Renumber.',
  },
  check(doc, ctx) {
    reportSequence(doc, ctx, 'duplicate');
  },
};
