import type { PolicyDocument } from '../core/model/document';
import type { AnalysisConfig } from '../core/config/config';
import { lengthLimits } from '../core/config/config';
import { characterCount, speakingMinutes } from '../core/rules/consistency/length';

/** A draft's length as the status bar and the outline show it. */
export interface DocumentLength {
  /** Characters without white space, outside the chrome around the document. */
  readonly characters: number;
  /** For a speech (讲话稿): the estimated speaking time at the configured speed, in minutes. */
  readonly speakingMinutes?: number;
}

/** The length of [start, end) of a draft, with the speaking time when the draft is a speech. */
export function lengthOf(doc: PolicyDocument, config: AnalysisConfig, start = 0, end = doc.text.length): DocumentLength {
  const characters = characterCount(doc, start, end);
  return doc.frame.genre === 'speech' ? { characters, speakingMinutes: speakingMinutes(characters, lengthLimits(config)) } : { characters };
}
