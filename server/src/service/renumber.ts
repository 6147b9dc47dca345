import type { PolicyDocument } from '../core/model/document';
import type { TextEdit } from '../core/model/findings';
import { numberingRuns, renumberRunEdits } from '../core/rules/numbering/runs';

/**
 * One edit set that renumbers every heading run of the draft (Format Document, the renumber command
 * and source action); it changes nothing but the numerals.
 */
export function renumberEdits(doc: PolicyDocument): TextEdit[] {
  return numberingRuns(doc).flatMap((run) => renumberRunEdits(run, doc.text)).sort((a, b) => a.start - b.start);
}
