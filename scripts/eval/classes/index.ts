import type { InjectionClass } from '../injection';
import { figureDeleted } from './figureDeleted';
import { figureBlanked } from './figureBlanked';
import { figureStandIn } from './figureStandIn';
import { yearOpen } from './yearOpen';
import { maskedDigits } from './maskedDigits';
import { bracketedInstruction } from './bracketedInstruction';
import { webChrome } from './webChrome';
import { pageNumber } from './pageNumber';
import { ocrGarble } from './ocrGarble';
import { ocrPercentZeros } from './ocrPercentZeros';
import { punctuationMark } from './punctuationMark';
import { numeralForm } from './numeralForm';
import { unitDropped } from './unitDropped';
import { numberingSequence } from './numberingSequence';
import { numberingRestart } from './numberingRestart';
import { numberingStyle } from './numberingStyle';
import { agencyName } from './agencyName';
import { formulationMangled } from './formulationMangled';
import { placeJurisdiction } from './placeJurisdiction';

/** Every injection class of `npm run eval`, in table order. Add a class: one module here, one line below. */
export const INJECTION_CLASSES: readonly InjectionClass[] = [
  numberingSequence,
  numberingRestart,
  numberingStyle,
  figureDeleted,
  figureBlanked,
  figureStandIn,
  yearOpen,
  maskedDigits,
  bracketedInstruction,
  webChrome,
  pageNumber,
  ocrGarble,
  ocrPercentZeros,
  punctuationMark,
  numeralForm,
  unitDropped,
  agencyName,
  formulationMangled,
  placeJurisdiction,
];
