import type { PolicyDocument } from '../model/document';
import { isResidueZone, zoneAt } from '../model/frame';

/**
 * What the element and consistency rules read of the frame besides its fields: whether a place lies in
 * the chrome around the document (residue zones are never content).
 */
export function inResidue(doc: PolicyDocument, offset: number): boolean {
  return isResidueZone(zoneAt(doc.frame, offset).kind);
}

/** The span without the white space at its ends. */
export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
