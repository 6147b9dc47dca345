/**
 * The injection measure of the outline (`npm run measure:outline`; a measure, not a test): every corpus
 * document's paragraphs joined into one line (as PDF and web extractions come), parsed again, and its
 * numbered headings compared with the original's, in order — found, and found at the right level (the
 * same numbered ancestors). Prints one row per document and the totals, then how many of the headings
 * found the outline names as in the original (where a heading's title ended at its line's end; joined, it
 * runs into its paragraph). `--separator " "` joins with a space instead of nothing; `--names` lists the
 * headings named otherwise.
 */
import * as path from 'node:path';
import { parseDocument } from '../server/src/core/parser/parseDocument';
import type { PolicyDocument, Section } from '../server/src/core/model/document';
import { ownTitle } from '../server/src/service/outline';
import { CORPUS_DIR, corpusFiles, readText } from '../test/helpers/paths';

interface Entry {
  readonly marker: string;
  readonly title: string;
  /** Markers of the numbered ancestors: what “the right level” means (an attachment part restarts the count, not the level). */
  readonly path: string;
  /** The name the outline shows (its own title, cut at 30 characters). */
  readonly name: string;
}

function numberedHeadings(doc: PolicyDocument): Entry[] {
  const out: Entry[] = [];
  const visit = (section: Section, ancestors: string[]) => {
    for (const child of section.children) {
      const h = child.heading!;
      const here = h.marker ? [...ancestors, h.marker.text] : ancestors;
      if (h.marker) out.push({ marker: h.marker.text, title: h.title.replace(/\s/g, ''), path: ancestors.join('/'), name: ownTitle(h) });
      visit(child, here);
    }
  };
  visit(doc.root, []);
  return out;
}

/** Same heading: the same marker, and the titles agree on their first characters (a joined title may run on). */
function same(a: Entry, b: Entry): boolean {
  if (a.marker !== b.marker) return false;
  const n = Math.min(4, a.title.length, b.title.length);
  return a.title.slice(0, n) === b.title.slice(0, n);
}

const separator = process.argv.includes('--separator') ? process.argv[process.argv.indexOf('--separator') + 1] ?? '' : '';
/** `--names`: list every heading whose name in the joined text differs from the original's. */
const listNames = process.argv.includes('--names');
const misnamed: string[] = [];
let total = 0;
let named = 0;
let found = 0;
let atLevel = 0;
let joinedTotal = 0;
let joinedMatched = 0;
const rows: string[] = [];
for (const file of corpusFiles()) {
  const text = readText(file);
  const doc = parseDocument(text);
  const original = numberedHeadings(doc);
  const joinedText = doc.paragraphs.map((p) => text.slice(p.start, p.end)).join(separator);
  const joined = numberedHeadings(parseDocument(joinedText));
  let j = 0;
  let f = 0;
  let l = 0;
  for (const h of original) {
    let k = j;
    while (k < joined.length && !same(h, joined[k])) k++;
    if (k === joined.length) continue;
    f++;
    if (joined[k].path === h.path) l++;
    if (joined[k].name === h.name) named++;
    else misnamed.push(`${path.relative(CORPUS_DIR, file)}\t${h.marker}${h.name}\t${joined[k].marker}${joined[k].name}`);
    j = k + 1;
  }
  total += original.length;
  found += f;
  atLevel += l;
  joinedTotal += joined.length;
  joinedMatched += f;
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  rows.push(`| ${path.relative(CORPUS_DIR, file)} | ${original.length} | ${pct(f, original.length)} | ${pct(l, original.length)} | ${pct(f, joined.length)} |`);
}
console.log(`Paragraphs joined with ${separator === '' ? 'nothing' : JSON.stringify(separator)}.\n`);
console.log('| document | numbered headings | found | at the right level | precision |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| **all ${rows.length}** | ${total} | ${((100 * found) / total).toFixed(1)} % | ${((100 * atLevel) / total).toFixed(1)} % | ${((100 * joinedMatched) / joinedTotal).toFixed(1)} % |`);
// A heading's name in the joined text against the original's (where its title ended at its line's end).
console.log(`\nNamed as in the original: ${named} of ${found} headings found (${((100 * named) / found).toFixed(1)} %).`);
if (listNames) for (const m of misnamed) console.log(m);
