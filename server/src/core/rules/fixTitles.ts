import type { Bilingual } from '../model/bilingual';
import type { Fix } from '../model/findings';
import { formatMessage } from './rule';

/**
 * The titles of the rules' fixes, by fix id, in Chinese and English: `{name}` is filled in from the
 * fix's data as in a message template. A rule names a fix through `fixTitle`, so the quick-fix menu of
 * an editor running in English reads the English title of the same fix (`titleId`, `titleData`). An English
 * title reads the same data as the Chinese one, or a value's English form `<name>En` where the value is Chinese prose.
 */
export const FIX_TITLES = {
  replace: { zh: '改为“{text}”', en: 'Change to “{text}”' },
  /** The replacement is shown as its excerpt already quoted (`“……”`). */
  replaceShown: { zh: '改为{text}', en: 'Change to {text}' },
  /** A numeral's point with the space the next character needs (`3. 5G`). */
  pointWithSpace: { zh: '改为“{text} ”（下脚点后空一格）', en: 'Change to “{text} ” (a space after the point)' },
  replaceAll: { zh: '改为“{text}”（全部 {count} 处）', en: 'Change to “{text}” ({count} places)' },
  toShortForm: { zh: '改为简称“{text}”', en: 'Change to the short form “{text}”' },
  unify: { zh: '统一为“{text}”', en: 'Use “{text}” throughout' },
  unifyAll: { zh: '统一为“{text}”（全部 {count} 处）', en: 'Use “{text}” throughout ({count} places)' },
  unifyStyle: { zh: '统一为{style}', en: 'Write them all with {styleEn}' },
  delete: { zh: '删除“{text}”', en: 'Delete “{text}”' },
  remove: { zh: '删去“{text}”', en: 'Delete “{text}”' },
  removeCharacter: { zh: '删去“{text}”字', en: 'Delete “{text}”' },
  removeTitleEnd: { zh: '删去标题末尾的“{text}”', en: 'Delete “{text}” at the end of the title' },
  removeLeadingZeros: { zh: '删去序号前的“{text}”', en: 'Delete “{text}” before the serial number' },
  removeNumber: { zh: '删去顺序号', en: 'Delete the number' },
  deleteExtra: { zh: '删除多余的“{text}”', en: 'Delete the extra “{text}”' },
  deleteRepeated: { zh: '删除重复的“{text}”', en: 'Delete the repeated “{text}”' },
  deleteSpace: { zh: '删除空格', en: 'Delete the space' },
  deleteParagraph: { zh: '删除此段', en: 'Delete this passage' },
  deleteLine: { zh: '删除此行', en: 'Delete this line' },
  deleteLines: { zh: '删除这 {count} 行', en: 'Delete these {count} lines' },
  deleteRepeatedTitle: { zh: '删除重复的标题行', en: 'Delete the repeated title line' },
  deletePage: { zh: '删除页码“{page}”', en: 'Delete the page number “{page}”' },
  deletePageLine: { zh: '删除页码“{page}”所在行', en: 'Delete the line of the page number “{page}”' },
  deletePageAndJoin: { zh: '删除页码并接续上下文', en: 'Delete the page number and join the text around it' },
  deletePageJoinPrevious: { zh: '删除页码并与上一行接续', en: 'Delete the page number and join the previous line' },
  joinLines: { zh: '将这 {count} 行接成一段', en: 'Join these {count} lines into one paragraph' },
  joinAs: { zh: '接回为“{text}…”', en: 'Join as “{text}…”' },
  hexagonalBrackets: { zh: '年份改用六角括号“〔〕”', en: 'Put the year in hexagonal brackets “〔〕”' },
  yearTo: { zh: '年份改为“{text}”', en: 'Change the year to “{text}”' },
  countTo: { zh: '数目改为“{text}”', en: 'Change the count to “{text}”' },
  attachmentTitleTo: { zh: '附件标题改为“{text}”', en: 'Change the attachment\'s title to “{text}”' },
  listTitleTo: { zh: '附件说明改为“{text}”', en: 'Change the attachment list to “{text}”' },
  toFullStop: { zh: '改为句号“。”', en: 'Change to a full stop “。”' },
  addFullStop: { zh: '末尾加句号“。”', en: 'Add a full stop “。” at the end' },
  addPrintWord: { zh: '日期后加“印发”', en: 'Add “印发” after the date' },
  toFullWidthColon: { zh: '改为全角冒号“：”', en: 'Change to a full-width colon “：”' },
  addFullWidthColon: { zh: '末尾加全角冒号“：”', en: 'Add a full-width colon “：” at the end' },
  toComma: { zh: '改为逗号“，”', en: 'Change to a comma “，”' },
  toEnumerationComma: { zh: '改为顿号“、”', en: 'Change to an enumeration comma “、”' },
  toFullWidth: { zh: '改为全角“{mark}”', en: 'Change to full-width “{mark}”' },
  toDash: { zh: '改为破折号“——”', en: 'Change to a dash “——”' },
  toConnector: { zh: '改为连接号“—”', en: 'Change to a connecting mark “—”' },
  toClosingQuote: { zh: '改为右引号”', en: 'Change to a closing quotation mark ”' },
  toOpeningQuote: { zh: '改为左引号“', en: 'Change to an opening quotation mark “' },
  convertAllFullWidth: { zh: '全文转换为全角标点', en: 'Convert all punctuation to full width' },
  convertAllQuotes: { zh: '全文改为中文引号', en: 'Change all quotation marks to Chinese ones' },
  standardOrder: { zh: '按规范次序排列', en: 'Put them in the standard order' },
  renumberLevel: { zh: '重新编号本级全部 {count} 个序号', en: 'Renumber all {count} numbers of this level' },
} as const satisfies Readonly<Record<string, Bilingual>>;

export type FixTitleId = keyof typeof FIX_TITLES;

/** A fix's title fields: the Chinese title filled in, with the id and data an English menu reads. */
export function fixTitle(id: FixTitleId, data?: Readonly<Record<string, string | number>>): Pick<Fix, 'title' | 'titleId' | 'titleData'> {
  return { title: formatMessage(FIX_TITLES[id].zh, data), titleId: id, ...(data ? { titleData: data } : {}) };
}
