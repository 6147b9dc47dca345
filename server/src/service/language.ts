import type { Finding, Fix, RelatedSpan } from '../core/model/findings';
import { FIX_TITLES } from '../core/rules/fixTitles';
import { ruleById } from '../core/rules/index';
import { RELATED_MESSAGES } from '../core/rules/relatedMessages';
import { formatMessage, type Rule } from '../core/rules/rule';
import type { UiLanguage } from '../core/model/bilingual';

/**
 * Findings and fixes carry their message id and fix id with data, so their English text is the rule's
 * English template filled in from the same data, never a translation of the Chinese string.
 */
export type { UiLanguage } from '../core/model/bilingual';

/** A rule's one-sentence description in the writer's language (`description` / `descriptionEn`). */
export function ruleDescription(rule: Pick<Rule, 'description' | 'descriptionEn'>, language: UiLanguage): string {
  return language === 'zh' ? rule.description : rule.descriptionEn;
}

/** A finding's message in the writer's language (the rule's `messagesEn` template, filled in from its data). */
export function findingMessage(finding: Pick<Finding, 'ruleId' | 'messageId' | 'message' | 'data'>, language: UiLanguage): string {
  if (language === 'zh') return finding.message;
  const template = ruleById(finding.ruleId)?.messagesEn[finding.messageId];
  return template === undefined ? finding.message : formatMessage(template, finding.data);
}

/** The English of a table entry (`FIX_TITLES`, `RELATED_MESSAGES`) filled in from its data; the Chinese text as made when the id is unknown. */
function englishOf(table: Readonly<Record<string, { readonly en: string }>>, id: string, data: Finding['data'], chinese: string): string {
  return Object.prototype.hasOwnProperty.call(table, id) ? formatMessage(table[id].en, data) : chinese;
}

/** A fix's title in the writer's language (`FIX_TITLES` by its id, filled in from its data). */
export function fixTitleIn(fix: Pick<Fix, 'title' | 'titleId' | 'titleData'>, language: UiLanguage): string {
  return language === 'zh' ? fix.title : englishOf(FIX_TITLES, fix.titleId, fix.titleData, fix.title);
}

/** What a related span says, in the writer's language (`RELATED_MESSAGES` by its id, filled in from its data). */
export function relatedMessageIn(span: Pick<RelatedSpan, 'message' | 'messageId' | 'data'>, language: UiLanguage): string {
  return language === 'zh' ? span.message : englishOf(RELATED_MESSAGES, span.messageId, span.data, span.message);
}
