import { wordListRule } from './lists';

export const wordConfusable = wordListRule('易错词', {
  id: 'word-confusable',
  defaultSeverity: 'warning',
  description: '易错词：别字和易混用的词（如“布署”应为“部署”，“截止2023年底”应为“截至”，“做出重要指示”应为“作出”），依据《现代汉语词典》。',
  descriptionEn: 'A misspelt or confused word (布署 → 部署, 截止 before a date → 截至, 做出重要指示 → 作出), after the Contemporary Chinese Dictionary.',
  messages: {
    replace: '“{wrong}”应为“{right}”：{reason}',
    avoid: '“{wrong}”：{reason}',
  },
  messagesEn: {
    replace: '“{wrong}” should be “{right}”: {reason}',
    avoid: '“{wrong}”: {reason}',
  },
});
