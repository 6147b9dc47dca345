import type { Rule } from '../rule';
import { reportSequence } from './sequence';

export const numberingStart: Rule = {
  id: 'numbering-start',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同级序号应从“一”或“1”开始。',
  descriptionEn: 'A run of same-level markers should start at one.',
  fixable: false,
  messages: {
    start: '序号未从头开始：本级第一个序号应为“{expected}”，实为“{actual}”。如为节选可忽略，否则请补齐前面的内容或重新编号。',
  },
  messagesEn: {
    start: 'Numbering does not start at the beginning: the first number of this level should be “{expected}”, not “{actual}”. Ignore this for an excerpt; otherwise add what comes before or renumber.',
  },
  check(doc, ctx) {
    reportSequence(doc, ctx, 'start');
  },
};
