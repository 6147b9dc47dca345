import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import { analyzeDocument } from '../core/engine/analyze';
import { parseDocument } from '../core/parser/parseDocument';
import { RULES } from '../core/rules/index';
import type { RuleResources } from '../core/rules/rule';

/**
 * Drafts that are not open in the editor (“检查整个工作区”, the Placeholders view): their text comes
 * with the request and is analysed once, without entering the open documents' cache.
 */

/** Every finding of a draft that is not open. */
export function checkText(text: string, config: AnalysisConfig, resources: RuleResources): AnalysisResult {
  return analyzeDocument(parseDocument(text), config, resources);
}

const PLACEHOLDER_RULES = RULES.filter((r) => r.category === 'placeholder');

/**
 * A draft that is not open, checked for placeholders only (a workspace scan reads many files): only the
 * placeholder rules run; read them with `placeholders()`.
 */
export function checkPlaceholders(text: string, config: AnalysisConfig, resources: RuleResources): AnalysisResult {
  return analyzeDocument(parseDocument(text), config, resources, PLACEHOLDER_RULES);
}
