import type { Rule } from '../rule';
import { reportSequence } from './sequence';

export const numberingStart: Rule = {
  id: 'numbering-start',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同级序号应从“一”或“1”开始；下级序号在每个上级之下从头编号的文稿里，某一部分接续上一部分编号的，也予提示。',
  descriptionEn: 'A run of same-level markers should start at one, also under a parent where the document restarts that level under every other.',
  fixable: false,
  messages: {
    start: '序号未从头开始：本级第一个序号应为“{expected}”，实为“{actual}”。如为节选可忽略，否则请补齐前面的内容或重新编号。',
    restart: '下级序号未重新编号：“{parent}”之下第一个序号应为“{expected}”，实为“{actual}”，接续了第 {previousLine} 行“{previous}”的编号；本文其他部分的这一级都从头编号。请从“{expected}”起重新编号。',
  },
  messagesEn: {
    start: 'Numbering does not start at the beginning: the first number of this level should be “{expected}”, not “{actual}”. Ignore this for an excerpt; otherwise add what comes before or renumber.',
    restart: 'Numbering not restarted: the first number under “{parent}” should be “{expected}”, not “{actual}”, which carries on the count of “{previous}” on line {previousLine}; the other parts of this document number this level from the beginning. Renumber from “{expected}”.',
  },
  check(doc, ctx) {
    reportSequence(doc, ctx, 'start');
  },
};
