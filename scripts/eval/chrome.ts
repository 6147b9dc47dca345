// `npm run eval:chrome`: the held-out web chrome sets (`chromeSets.ts`), each block put above or below each of
// its set's documents; a case holds when the block is one chrome element, exactly the block, no residue finding
// touches the document and the safe fixes give it back. Prints the cases that hold per set and per block.
// A measure, not a test. Flags: --set NAME (one set), --misses (what each failing case got; never for a sealed
// set while the rules are being tuned: its figure is only honest if its failures are not read).
import { CHROME_SETS, blocksOf, caseHolds, documentsOf, runCase } from './chromeSets';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = argument('--set');
const showMisses = process.argv.includes('--misses');
const sets = CHROME_SETS.filter((s) => !only || s.name === only);
if (sets.length === 0) throw new Error(`no chrome set ${only}; sets: ${CHROME_SETS.map((s) => s.name).join(', ')}`);
const oneLine = (s: string) => s.replace(/\n/g, '⏎');

for (const set of sets) {
  const blocks = blocksOf(set);
  const documents = documentsOf(set);
  let holding = 0;
  const perBlock: string[] = [];
  for (const block of blocks) {
    let n = 0;
    for (const doc of documents) {
      const c = runCase(block, doc);
      if (caseHolds(block, c)) {
        n++;
        continue;
      }
      if (showMisses) {
        console.log(`miss\t${set.name}\t${block.name}.${block.where}\t${doc.name}`);
        console.log(`\tchrome:  ${JSON.stringify(c.chrome.map(oneLine))}`);
        if (c.outside.length > 0) console.log(`\toutside: ${JSON.stringify(c.outside.map(oneLine))}`);
        if (c.fixed !== c.expected) console.log('\tthe safe fixes do not give the document back');
      }
    }
    holding += n;
    perBlock.push(`  ${block.name}.${block.where}${block.joiner === ' ' ? '-inline' : ''}: ${n} of ${documents.length}`);
  }
  const cases = blocks.length * documents.length;
  console.log(`${set.name}${set.sealed ? ' (sealed)' : ''}: ${holding} of ${cases} cases hold (${((100 * holding) / cases).toFixed(1)} %), ${blocks.length} blocks × ${documents.length} documents`);
  if (!set.sealed || showMisses) console.log(perBlock.join('\n'));
}
