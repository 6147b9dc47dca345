import type { CarriedScan, Rule } from './rule';
import { carriedAgencyScan } from './agency/mentions';
import { carriedHalfWidthMarks } from './punctuation/halfWidthMarks';
import { carriedModelWording, carriedPlaceholderOccurrences } from './placeholder/scan';
import { carriedQuoteFormItems } from './punctuation/quoteForms';
import { carriedCountClaims } from './consistency/countClaim';
import { carriedRetiredHits } from './word/scan';
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
import { placeholderMarker } from './placeholder/marker';
import { placeholderCross } from './placeholder/cross';
import { placeholderLetter } from './placeholder/letter';
import { placeholderYear } from './placeholder/year';
import { placeholderSymbol } from './placeholder/symbol';
import { placeholderUnderscore } from './placeholder/underscore';
import { placeholderOmission } from './placeholder/omission';
import { placeholderEditorial } from './placeholder/editorial';
import { placeholderMissingFigure } from './placeholder/missingFigure';
import { placeholderInstruction } from './placeholder/instruction';
import { placeholderMasked } from './placeholder/masked';
import { punctuationHalfWidth } from './punctuation/halfWidth';
import { punctuationHalfWidthEach } from './punctuation/halfWidthEach';
import { punctuationPair } from './punctuation/pair';
import { punctuationSpacing } from './punctuation/spacing';
import { punctuationRepeated } from './punctuation/repeated';
import { punctuationEllipsis } from './punctuation/ellipsis';
import { punctuationDash } from './punctuation/dash';
import { punctuationQuoteForm } from './punctuation/quoteForm';
import { punctuationQuoteFormEach } from './punctuation/quoteFormEach';
import { numberYearAbbreviated } from './number/yearAbbreviated';
import { numberRangeUnit } from './number/rangeUnit';
import { numberMissingUnit } from './number/missingUnit';
import { numberMixedNumerals } from './number/mixedNumerals';
import { numberNameVariants } from './number/nameVariants';
import { numberFullWidthDigits } from './number/fullWidthDigits';
import { numberChineseZero } from './number/chineseZero';
import { residueWebNavigation } from './residue/webNavigation';
import { residueContactSpam } from './residue/contactSpam';
import { residueSourceNotice } from './residue/sourceNotice';
import { residueRepeatedTitle } from './residue/repeatedTitle';
import { residueOcrConfusion } from './residue/ocrConfusion';
import { residueSubscriptSplit } from './residue/subscriptSplit';
import { residueHardWrap } from './residue/hardWrap';
import { agencyOutdated } from './agency/outdated';
import { agencyUnknown, carriedNationalTypos } from './agency/unknown';
import { agencyMixedForms } from './agency/mixedForms';
import { agencyClauseDuplicate } from './agency/clauseDuplicate';
import { agencyClauseSeparator } from './agency/clauseSeparator';
import { elementDocNumber } from './element/docNumber';
import { elementDate } from './element/date';
import { elementTitle } from './element/title';
import { elementAddressee } from './element/addressee';
import { elementAttachmentList } from './element/attachmentList';
import { elementAttachmentMatch } from './element/attachmentMatch';
import { elementAttachmentReference } from './element/attachmentReference';
import { elementImprint } from './element/imprint';
import { consistencyCountClaim } from './consistency/countClaim';
import { carriedCounts, consistencyLength } from './consistency/length';
import { consistencyDate } from './consistency/dateOrder';
import { wordConfusable } from './word/confusable';
import { wordVariantForm } from './word/variantForm';
import { wordUnitTerm } from './word/unitTerm';
import { wordPlaceJurisdiction } from './word/placeJurisdiction';
import { wordPlaceLevel } from './word/placeLevel';
import { wordPlaceEthnicOrder } from './word/placeEthnicOrder';
import { wordPlaceOutsideJurisdiction } from './word/placeOutsideJurisdiction';
import { wordFormulation } from './word/formulation';
import { wordFormulationOrder } from './word/formulationOrder';
import { wordFormulationRetired } from './word/formulationRetired';

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
  placeholderMarker,
  placeholderCross,
  placeholderLetter,
  placeholderYear,
  placeholderSymbol,
  placeholderUnderscore,
  placeholderOmission,
  placeholderEditorial,
  placeholderMissingFigure,
  placeholderInstruction,
  placeholderMasked,
  punctuationHalfWidth,
  punctuationHalfWidthEach,
  punctuationPair,
  punctuationQuoteForm,
  punctuationQuoteFormEach,
  punctuationSpacing,
  punctuationRepeated,
  punctuationEllipsis,
  punctuationDash,
  numberYearAbbreviated,
  numberRangeUnit,
  numberMissingUnit,
  numberMixedNumerals,
  numberNameVariants,
  numberFullWidthDigits,
  numberChineseZero,
  residueWebNavigation,
  residueContactSpam,
  residueSourceNotice,
  residueRepeatedTitle,
  residueOcrConfusion,
  residueSubscriptSplit,
  residueHardWrap,
  agencyOutdated,
  agencyUnknown,
  agencyMixedForms,
  agencyClauseDuplicate,
  agencyClauseSeparator,
  elementDocNumber,
  elementDate,
  elementTitle,
  elementAddressee,
  elementAttachmentList,
  elementAttachmentMatch,
  elementAttachmentReference,
  elementImprint,
  consistencyCountClaim,
  consistencyLength,
  consistencyDate,
  wordConfusable,
  wordVariantForm,
  wordUnitTerm,
  wordPlaceJurisdiction,
  wordPlaceLevel,
  wordPlaceEthnicOrder,
  wordPlaceOutsideJurisdiction,
  wordFormulation,
  wordFormulationOrder,
  wordFormulationRetired,
];

/** Shared scans the engine carries from a draft's previous version to the next (see `CarriedScan`). */
export const CARRIED_SCANS: readonly CarriedScan[] = [carriedAgencyScan, carriedNationalTypos, carriedHalfWidthMarks, carriedPlaceholderOccurrences, carriedModelWording, carriedQuoteFormItems, carriedCountClaims, carriedRetiredHits, carriedCounts];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
