import type { Rule } from './rule';
import { numberingStart } from './numbering/start';
import { numberingGap } from './numbering/gap';
import { numberingDuplicate } from './numbering/duplicate';
import { numberingOrder } from './numbering/order';
import { numberingLevelSkip } from './numbering/levelSkip';
import { numberingLevelInverted } from './numbering/levelInverted';
import { numberingMixedStyle } from './numbering/mixedStyle';
import { numberingMarkerPunctuation } from './numbering/markerPunctuation';
import { numberingArabicSeparator } from './numbering/arabicSeparator';
import { numberingEnumerationGap } from './numbering/enumerationGap';
import { residuePageNumber } from './residue/pageNumber';

/** Every rule, in the order findings of equal position are listed. The single source of rule ids. */
export const RULES: readonly Rule[] = [
  numberingStart,
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingLevelSkip,
  numberingLevelInverted,
  numberingMixedStyle,
  numberingMarkerPunctuation,
  numberingArabicSeparator,
  numberingEnumerationGap,
  residuePageNumber,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
