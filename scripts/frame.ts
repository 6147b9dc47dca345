/**
 * Prints the 公文 frame of drafts for review: zones with their first and last characters, elements with
 * their text. `npx tsx scripts/frame.ts FILE...` (add `--outline` to print the outline tree too).
 */
import * as fs from 'node:fs';
import { parseDocument } from '../server/src/core/parser/parseDocument';
import { documentOutline, outlineLines } from '../server/src/service/outline';

const show = (s: string, n: number) => (s.length > n ? s.slice(0, n / 2) + '…' + s.slice(-n / 2) : s).replace(/\r?\n|\r/g, '⏎');
const args = process.argv.slice(2);
const withOutline = args.includes('--outline');
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  const f = doc.frame;
  console.log(`=== ${file}  genre=${f.genre} title=${f.title ? JSON.stringify(doc.text.slice(f.title.start, f.title.end)) : '-'} date=${f.date ? `${f.date.year}-${f.date.month}-${f.date.day}` : '-'}`);
  for (const z of f.zones) console.log(`  zone ${z.kind}${z.attachment !== undefined ? '#' + z.attachment : ''} ${z.start}-${z.end} «${show(doc.text.slice(z.start, z.end), 60)}»`);
  for (const e of f.elements) console.log(`    ${e.kind}${e.chrome ? '/' + e.chrome : ''}${e.attachment !== undefined ? '#' + e.attachment : ''} «${show(doc.text.slice(e.start, e.end), 70)}»`);
  for (const i of f.attachmentList) console.log(`    list item ${i.number ?? '-'} «${i.title}»`);
  for (const a of f.attachments) console.log(`    part ${a.form} ${a.number ?? '-'} «${a.title?.text ?? ''}»`);
  if (withOutline) for (const l of outlineLines(documentOutline(doc), (o) => doc.lines.lineOf(o))) console.log('    | ' + l);
}
