import { wordListRule } from './lists';

export const wordUnitTerm = wordListRule('本单位', {
  id: 'word-unit-term',
  defaultSeverity: 'warning',
  description: '本单位词表：工作区 .gongwen/terms.json 中列出的本单位禁用或应改写的词语。',
  descriptionEn: 'A word the unit’s own lexicon (.gongwen/terms.json) lists as to be replaced or avoided.',
  messages: {
    replace: '“{wrong}”应为“{right}”（本单位词表）：{reason}',
    avoid: '“{wrong}”（本单位词表）：{reason}',
  },
});
