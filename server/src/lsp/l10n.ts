import type { UiLanguage } from '../service/language';

/**
 * The editor's language. The server's own interface text (menu titles, notices) and, with
 * `gongwen.findingsLanguage: auto`, the findings, fixes and hovers follow it. Nothing is translated
 * here: every title and sentence is written in both languages where it is made, chosen by id
 * (`service/actionTitles.ts`, the rules' `messagesEn`, `FIX_TITLES`), never matched by its Chinese text.
 */

export type { UiLanguage };

/** A client that names no locale gets the product's language; one that names another language, English. */
export function uiLanguageOf(locale: unknown): UiLanguage {
  return typeof locale !== 'string' || !locale || /^zh\b/i.test(locale) ? 'zh' : 'en';
}
