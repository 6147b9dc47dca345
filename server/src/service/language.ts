import type { Finding, Fix, RelatedSpan } from '../core/model/findings';
import { FIX_TITLES, type FixTitleId } from '../core/rules/fixTitles';
import { ruleById } from '../core/rules/index';
import { RELATED_MESSAGES, type RelatedMessageId } from '../core/rules/relatedMessages';
import { formatMessage } from '../core/rules/rule';

/**
 * The language a writer reads: the product's (Chinese), or English where the editor runs in another
 * language. Findings and fixes carry their message id and fix id with data, so their English text is
 * the rule's English template filled in from the same data, never a translation of the Chinese string.
 */
export type UiLanguage = 'zh' | 'en';

/** A finding's message in the writer's language (the rule's `messagesEn` template, filled in from its data). */
export function findingMessage(finding: Pick<Finding, 'ruleId' | 'messageId' | 'message' | 'data'>, language: UiLanguage): string {
  if (language === 'zh') return finding.message;
  const template = ruleById(finding.ruleId)?.messagesEn[finding.messageId];
  return template === undefined ? finding.message : formatMessage(template, finding.data);
}

/** A fix's title in the writer's language (`FIX_TITLES` by its id, filled in from its data). */
export function fixTitleIn(fix: Pick<Fix, 'title' | 'titleId' | 'titleData'>, language: UiLanguage): string {
  if (language === 'zh') return fix.title;
  const titles = fix.titleId in FIX_TITLES ? FIX_TITLES[fix.titleId as FixTitleId] : undefined;
  return titles ? formatMessage(titles.en, fix.titleData) : fix.title;
}

/** What a related span says, in the writer's language (`RELATED_MESSAGES` by its id, filled in from its data). */
export function relatedMessageIn(span: Pick<RelatedSpan, 'message' | 'messageId' | 'data'>, language: UiLanguage): string {
  if (language === 'zh') return span.message;
  const messages = span.messageId in RELATED_MESSAGES ? RELATED_MESSAGES[span.messageId as RelatedMessageId] : undefined;
  return messages ? formatMessage(messages.en, span.data) : span.message;
}
