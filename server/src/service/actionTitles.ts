import { formatMessage } from '../core/rules/rule';
import type { Bilingual } from '../core/model/bilingual';
import type { UiLanguage } from './language';

/**
 * The titles of the product's own menu entries (a rule's fixes are titled by `FIX_TITLES`), by id, in
 * Chinese and English: `{name}` is filled in from the data, as in a message template. The code actions
 * are made in the writer's language from the same id, never translated from the Chinese title.
 */
export const ACTION_TITLES = {
  fillPlaceholder: { zh: '填写此处…', en: 'Fill in here…' },
  addAgency: { zh: '添加到工作区机构词典：“{name}”', en: 'Add “{name}” to the workspace agency dictionary' },
  addToWhitelist: { zh: '加入白名单：“{phrase}”（本单位词表）', en: 'Whitelist “{phrase}” (unit lexicon)' },
  addUnitTerm: { zh: '将“{word}”加入本单位词表…', en: 'Add “{word}” to the unit lexicon…' },
  disableRule: { zh: '停用规则“{ruleId}”…', en: 'Disable rule “{ruleId}”…' },
  disableOnLine: { zh: '在此行停用规则“{ruleId}”', en: 'Disable “{ruleId}” on this line' },
  disableInFile: { zh: '在本文件停用规则“{ruleId}”', en: 'Disable “{ruleId}” in this file' },
  fixAll: { zh: '修复全部可安全修复的问题', en: 'Fix all safe problems' },
  renumber: { zh: '全文重新编号', en: 'Renumber the whole document' },
  splitHeading: { zh: '另起一行（将此标题移到行首）', en: 'Start a new line (move this heading to the start of a line)' },
  splitHeadings: { zh: '全部标题另起一行', en: 'Put every run-in heading on a line of its own' },
} as const satisfies Readonly<Record<string, Bilingual>>;

export type ActionTitleId = keyof typeof ACTION_TITLES;

export function actionTitle(id: ActionTitleId, language: UiLanguage, data?: Readonly<Record<string, string>>): string {
  return formatMessage(ACTION_TITLES[id][language], data);
}
