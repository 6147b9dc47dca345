import type { PolicyDocument } from '../model/document';
import type { FrameElementKind } from '../model/frame';
import { elementsOf, isResidueZone, zoneAt } from '../model/frame';

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

/** The frame's elements of one kind, each without the white space at its ends (empty ones left out). */
export function trimmedElements(doc: PolicyDocument, kind: FrameElementKind): { start: number; end: number }[] {
  return elementsOf(doc.frame, kind).map((e) => trimmedSpan(doc.text, e.start, e.end)).filter((e) => e.end > e.start);
}
