import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/core/engine/analyze';
import { reanalyzeDocument } from '../../server/src/core/engine/incremental';
import { parseDocument, reparseDocument } from '../../server/src/core/parser/parseDocument';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { PolicyDocument } from '../../server/src/core/model/document';
import { isResidueZone } from '../../server/src/core/model/frame';
import { characterCount } from '../../server/src/core/rules/consistency/length';
import { isWhitespaceCode } from '../../server/src/core/text/chars';
import { loadResources } from '../../server/src/resources';
import { readText, seedFiles } from '../helpers/paths';
import { anyText, applyEdit, counted, edit, numberedDraft, runs } from './drafts';

/**
 * The status bar counts a draft's characters on every keystroke from counts carried over from the previous
 * version (`carriedCounts`, consistency/length.ts). After any chain of edits, every count equals a plain
 * loop over the text (the characters `characterCount` counts: no line breaks or white space, nothing in the
 * residue zones, a surrogate pair once; test/unit/consistency.test.ts holds it to what a writer counts) and
 * the count of a fresh parse.
 */

const resources = loadResources();
const SEEDS = seedFiles().map(readText);

function plainCount(doc: PolicyDocument, start: number, end: number): number {
  let count = 0;
  for (const zone of doc.frame.zones) {
    if (isResidueZone(zone.kind)) continue;
    for (let i = Math.max(start, zone.start); i < Math.min(end, zone.end); i++) {
      const c = doc.text.charCodeAt(i);
      if (c !== 0x0a && c !== 0x0d && !isWhitespaceCode(c) && !(c >= 0xdc00 && c <= 0xdfff)) count++;
    }
  }
  return count;
}

describe('property: character counts carried across edits equal a plain count', () => {
  it('after each edit of a chain, the whole draft, each section and spans across pieces', () => {
    // Long texts too, so that the counts' pieces (256 code units) are carried over and moved.
    const base = fc.oneof(anyText, numberedDraft, fc.constantFrom(...SEEDS), fc.constantFrom(...SEEDS).map((s) => s.repeat(3)));
    fc.assert(fc.property(base, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(10000), fc.nat(10000)), { maxLength: 4 }), counted((text: string, chain: [number, number, string][], spans: [number, number][]) => {
      let result = analyzeDocument(parseDocument(text), DEFAULT_CONFIG, resources);
      characterCount(result.document, 0, result.document.text.length);
      for (const e of chain) {
        result = reanalyzeDocument(result, reparseDocument(result.document, applyEdit(result.document.text, e)), DEFAULT_CONFIG, resources);
        const doc = result.document;
        const n = doc.text.length;
        assert.equal(characterCount(doc, 0, n), plainCount(doc, 0, n));
        assert.equal(characterCount(doc, 0, n), characterCount(parseDocument(doc.text), 0, n));
        for (const s of doc.root.children) assert.equal(characterCount(doc, s.start, s.end), plainCount(doc, s.start, s.end));
        for (const [a, b] of spans) {
          const [s, t] = [Math.round((a / 10000) * n), Math.round((b / 10000) * n)].sort((x, y) => x - y);
          assert.equal(characterCount(doc, s, t), plainCount(doc, s, t), `[${s}, ${t})`);
        }
      }
    })), { numRuns: runs(100) });
  });
});
