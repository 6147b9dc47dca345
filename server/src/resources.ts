import type { RuleResources } from './core/rules/rule';

/** Dictionaries shared by every analysis, loaded once at start-up by the entry points. */
export function loadResources(): RuleResources {
  return {};
}
