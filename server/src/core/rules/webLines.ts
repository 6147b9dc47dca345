import type { PolicyDocument } from '../model/document';
import { chromeLine } from '../parser/chrome';

/**
 * Lines shaped like page clutter (a toolbar, a breadcrumb, `来源：…日报`, a repost notice), read line by
 * line wherever they stand. Only the line-local punctuation rules use this, to skip such lines (they are
 * reported once, as residue, where the frame puts them around the document). What is residue — and so
 * what the residue rules report — is the frame's decision (`doc.frame`, `parser/frame.ts`).
 */
const cache = new WeakMap<PolicyDocument, ReadonlySet<number>>();

/** Line numbers of lines shaped like web residue. */
export function webResidueLineSet(doc: PolicyDocument): ReadonlySet<number> {
  let result = cache.get(doc);
  if (result) return result;
  const lines = new Set<number>();
  for (const p of doc.paragraphs) if (chromeLine(doc.text, p.start, p.end)) lines.add(p.line);
  result = lines;
  cache.set(doc, result);
  return result;
}
