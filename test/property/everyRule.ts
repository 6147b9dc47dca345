import type { AnalysisConfig, RuleSetting } from '../../server/src/core/config/config';
import { RULES } from '../../server/src/core/rules/index';

/**
 * Every registered rule on, each at a severity it reports with: a rule that is off by default at its
 * declared severity (`default` would leave it off), placeholders in final mode, and a jurisdiction (平潭县,
 * as the resolved setting holds it: a code) so that word-place-outside-jurisdiction runs. The registry is read
 * at test time, so rules added later are covered without editing the tests.
 */
export const EVERY_RULE_ON: AnalysisConfig = Object.freeze({
  rules: Object.fromEntries(RULES.map((r): [string, RuleSetting] => [r.id, r.offByDefault ? r.defaultSeverity : 'default'])),
  placeholderMode: 'final',
  jurisdiction: ['350128'],
});
