import type { Rule } from '../rule';
import { reportSequence } from './sequence';

export const numberingGap: Rule = {
  id: 'numbering-gap',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同级序号不连续（如“一、”之后直接是“三、”）。',
  descriptionEn: 'A same-level marker skips a number.',
  fixable: false,
  messages: {
    gap: '序号不连续：此处应为“{expected}”，实为“{actual}”。请补上缺少的部分或重新编号。',
  },
  messagesEn: {
    gap: 'Numbering is not continuous: “{expected}” is expected here, not “{actual}”. Add the missing part or renumber.',
  },
  check(doc, ctx) {
    reportSequence(doc, ctx, 'gap');
  },
};
