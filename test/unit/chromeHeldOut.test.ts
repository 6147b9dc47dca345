import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { CHROME_SETS, RESIDUE_ONLY, blocksOf, documentsOf, runCase } from '../../scripts/eval/chromeSets';

/**
 * The held-out web chrome sets that have been read for the classes they missed (`scripts/eval/chromeSets.ts`
 * says how a block is put to a document and what must hold): every block above or below every document is
 * one chrome element covering exactly the block, no residue finding touches the document, and the residue
 * rules' safe fixes give the document back. A sealed set is not a test: `npm run eval:chrome` measures it; here
 * only its file names are read (one block per file, as many kinds as its README lists). Every set's documents
 * alone, sealed or not, are clean: no chrome element, no residue finding.
 */
for (const set of CHROME_SETS) {
  const documents = documentsOf(set);
  describe(`held-out web chrome (test/fixtures/${set.name}${set.sealed ? ', sealed: its file names and documents only' : ''})`, () => {
    // File names only: a sealed set's blocks are never put to the rules here.
    const blocks = blocksOf(set);
    it(`has the ${set.kinds} site layouts its README lists`, () => assert.equal(new Set(blocks.map((b) => b.name)).size, set.kinds));
    if (!set.sealed) {
      for (const block of blocks) {
        for (const doc of documents) {
          it(`${block.name} (${block.where}${block.joiner === ' ' ? ', run in' : ''}) with ${path.basename(doc.name)}`, () => {
            const c = runCase(block, doc);
            assert.deepEqual(c.chrome, [block.text], 'one chrome element, exactly the block');
            assert.deepEqual(c.outside, [], 'no residue finding in the document');
            assert.equal(c.fixed, c.expected, 'the safe fixes give back the document');
          });
        }
      }
    }
    for (const doc of documents) {
      it(`${path.basename(doc.name)} alone: no chrome element, no residue finding`, () => {
        assert.deepEqual(parseDocument(doc.text).frame.elements.filter((e) => e.kind === 'chrome').map((e) => doc.text.slice(e.start, e.end)), []);
        assert.deepEqual(analyzeText(doc.text, RESIDUE_ONLY).findings.map((f) => doc.text.slice(f.start, f.end)), []);
      });
    }
  });
}
