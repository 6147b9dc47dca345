import type { UiLanguage } from '../service/language';

/**
 * The server's own interface text in the client's language. The services write Chinese (the product's
 * language); an editor running in another language (InitializeParams.locale) gets these menu titles and
 * notices in English. Each template is a whole string or paragraph; `{0}` stands for a value kept as is.
 * Findings, their fixes and the hovers are not translated here: the services write them in the
 * language they are given, from the rules' English templates (`service/language.ts`).
 */

export type { UiLanguage };

/** A client that names no locale gets the product's language; one that names another language, English. */
export function uiLanguageOf(locale: unknown): UiLanguage {
  return typeof locale !== 'string' || !locale || /^zh\b/i.test(locale) ? 'zh' : 'en';
}

const ENGLISH: readonly (readonly [string, string])[] = [
  ['填写此处…', 'Fill in here…'],
  ['添加到工作区机构词典：“{0}”', 'Add “{0}” to the workspace agency dictionary'],
  ['添加到工作区机构词典', 'Add to the workspace agency dictionary'],
  ['加入白名单：“{0}”（本单位词表）', 'Whitelist “{0}” (unit lexicon)'],
  ['将“{0}”加入本单位词表…', 'Add “{0}” to the unit lexicon…'],
  ['停用规则“{0}”…', 'Disable rule “{0}”…'],
  ['在此行停用规则“{0}”', 'Disable “{0}” on this line'],
  ['在本文件停用规则“{0}”', 'Disable “{0}” in this file'],
  ['修复全部可安全修复的问题', 'Fix all safe problems'],
  ['全文重新编号', 'Renumber the whole document'],
  ['另起一行（将此标题移到行首）', 'Start a new line (move this heading to the start of a line)'],
  ['全部标题另起一行', 'Put every run-in heading on a line of its own'],
  ['公文起草助手设置有误 — {0}', 'Gongwen Drafting Assistant: a setting is wrong — {0}'],
  ['公文起草助手工作区词典有误 — {0}', 'Gongwen Drafting Assistant: a workspace dictionary has an error — {0}'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEMPLATES = ENGLISH.map(([zh, en]) => ({
  pattern: new RegExp(`^${zh.split(/\{\d\}/).map(escape).join('([\\s\\S]+?)')}$`),
  order: [...zh.matchAll(/\{(\d)\}/g)].map((m) => Number(m[1])),
  en,
}));

/** One string (a title, a paragraph, a notice) in the interface language; unknown text is left as it is. */
export function localize(language: UiLanguage, text: string): string {
  if (language === 'zh') return text;
  for (const t of TEMPLATES) {
    const m = t.pattern.exec(text);
    if (!m) continue;
    const values: string[] = [];
    t.order.forEach((index, k) => (values[index] = m[k + 1]));
    return t.en.replace(/\{(\d)\}/g, (_, i: string) => values[Number(i)]);
  }
  return text;
}
