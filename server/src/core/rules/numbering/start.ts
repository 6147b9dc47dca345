import type { Rule } from '../rule';
import { reportSequence } from './sequence';

export const numberingStart: Rule = {
  id: 'numbering-start',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同级序号应从“一”或“1”开始；本级从“（二）”起、前面的第一个序号写成另一级写法的（如“一、”之下接“（二）（三）”），提示改正那个序号；下级序号在每个上级之下从头编号的文稿里，某一部分接续上一部分编号的，也予提示。',
  descriptionEn: 'A run of same-level markers should start at one (where its first number is written in another level\'s style, that number is reported), also under a parent where the document restarts that level under every other.',
  fixable: false,
  messages: {
    start: '序号未从头开始：本级第一个序号应为“{expected}”，实为“{actual}”。如为节选可忽略，否则请补齐前面的内容或重新编号。',
    firstInOtherStyle: '序号写法与同级不一致：本级第一个序号写成了“{actual}”，其后为“{next}”，此处应为“{expected}”。请改为“{expected}”。',
    restart: '下级序号未重新编号：“{parent}”之下第一个序号应为“{expected}”，实为“{actual}”，接续了第 {previousLine} 行“{previous}”的编号；本文其他部分的这一级都从头编号。请从“{expected}”起重新编号。',
  },
  messagesEn: {
    start: 'Numbering does not start at the beginning: the first number of this level should be “{expected}”, not “{actual}”. Ignore this for an excerpt; otherwise add what comes before or renumber.',
    firstInOtherStyle: 'Number written in another level\'s style: the first number of this level is written “{actual}” and “{next}” follows; it should be “{expected}”. Change it to “{expected}”.',
    restart: 'Numbering not restarted: the first number under “{parent}” should be “{expected}”, not “{actual}”, which carries on the count of “{previous}” on line {previousLine}; the other parts of this document number this level from the beginning. Renumber from “{expected}”.',
  },
  check(doc, ctx) {
    reportSequence(doc, ctx, 'start');
  },
};
