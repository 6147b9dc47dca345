import type { Bilingual } from '../model/bilingual';
import type { RelatedSpan } from '../model/findings';
import { formatMessage } from './rule';

/**
 * What the rules say at the places a finding points to (a diagnostic's related information), by id, in
 * Chinese and English; `{name}` is filled in from the data as in a message template.
 */
export const RELATED_MESSAGES = {
  previousMarker: { zh: '上一个序号“{text}”', en: 'The previous number “{text}”' },
  nextMarker: { zh: '本级下一个序号“{text}”', en: 'The next number of this level “{text}”' },
  parentMarker: { zh: '上一级序号“{text}”', en: 'The number a level up “{text}”' },
  deeperMarker: { zh: '下一级序号“{text}”', en: 'The number a level down “{text}”' },
  listedAttachment: { zh: '附件说明中的附件{number}', en: 'Attachment {number} in the attachment list' },
  otherForm: { zh: '另一种写法：“{text}”', en: 'The other form: “{text}”' },
  writtenAs: { zh: '写作“{text}”', en: 'Written “{text}”' },
  writtenHere: { zh: '此处写作“{text}”', en: 'Written “{text}” here' },
  writtenSame: { zh: '同样写作“{text}”', en: 'Also written “{text}”' },
  sameForm: { zh: '同一写法：“{text}”', en: 'The same form: “{text}”' },
  firstListed: { zh: '第一次列出：“{text}”', en: 'Listed first: “{text}”' },
  firstTitle: { zh: '标题首次出现处', en: 'Where the title first stands' },
} as const satisfies Readonly<Record<string, Bilingual>>;

export type RelatedMessageId = keyof typeof RELATED_MESSAGES;

/** A related span: where, and what is said there (Chinese filled in, with the id and data an English editor reads). */
export function related(start: number, end: number, id: RelatedMessageId, data?: Readonly<Record<string, string | number>>): RelatedSpan {
  return { start, end, message: formatMessage(RELATED_MESSAGES[id].zh, data), messageId: id, ...(data ? { data } : {}) };
}
