/**
 * `npx tsx scripts/libreoffice-accept.ts`: the corpus built as .docx files (as test/unit/docx-annotate
 * builds them), every safe fix written as tracked changes, then accepted by LibreOffice itself
 * (scripts/libreoffice-accept.py, UNO) and read back. Prints, per document, whether LibreOffice's text
 * is --fix's text (as the annotator's own reading of the tracked file gives it, which the tests hold to
 * Word's acceptance), equal but for empty paragraphs it keeps, or different. Needs Debian's
 * libreoffice-writer-nogui and python3-uno; never part of npm test.
 *
 * The changes are written without comments: LibreOffice 7.4 crashes loading a commented document over
 * UNO without a window (converting one with soffice --convert-to works, as the tests do).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/core/config/config';
import { analyzeText } from '../server/src/core/engine/analyze';
import { annotateDocxBytes, extractDocx, reviewAnnotations } from '../server/src/docx';
import { loadResources } from '../server/src/resources';
import { fixAllText } from '../server/src/service/fixAll';
import { docxFromText, libreOfficeText } from '../test/helpers/docxReview';
import { corpusFiles, CORPUS_DIR, readText } from '../test/helpers/paths';

const EXTRAS = { header: '×县人民政府文件', footer: '— 1 —', footnote: '数据截至[X]月，，以统计部门为准。' };
const resources = loadResources();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-accept-'));
const files: { name: string; file: string; expected: string }[] = [];
corpusFiles().forEach((file, i) => {
  const name = path.relative(CORPUS_DIR, file).replace(/\.txt$/, '');
  const built = docxFromText(readText(file).replace(/\r\n?/g, '\n'), i + 1, i % 5 === 0 ? EXTRAS : {});
  const annotations = reviewAnnotations(extractDocx(built.docx), DEFAULT_CONFIG, (text, config) => analyzeText(text, config, resources), (text, config) => fixAllText(text, config, resources).edits);
  for (const [part, a] of annotations) annotations.set(part, { comments: [], changes: a.changes });
  const tracked = annotateDocxBytes(built.docx, annotations).bytes;
  const out = path.join(dir, `${name.replace(/[/\\]/g, '__')}.docx`);
  fs.writeFileSync(out, tracked);
  files.push({ name, file: out, expected: extractDocx(tracked).text });
});
const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const run = spawnSync(python, [path.join(__dirname, 'libreoffice-accept.py'), dir, ...files.map((f) => f.file)], { encoding: 'utf8', timeout: 600_000 });
if (run.status !== 0) throw new Error(`LibreOffice did not accept the changes (install libreoffice-writer-nogui and python3-uno): ${run.stderr}`);
const counts = { equal: 0, emptyParagraphs: 0, different: 0 };
for (const f of files) {
  const accepted = libreOfficeText(fs.readFileSync(f.file.replace(/\.docx$/, '.fodt'), 'utf8')).replace(/\n$/, '');
  const nonEmpty = (s: string) => s.split('\n').filter((l) => l !== '').join('\n');
  const verdict = accepted === f.expected ? 'equal' : nonEmpty(accepted) === nonEmpty(f.expected) ? 'emptyParagraphs' : 'different';
  counts[verdict]++;
  if (verdict !== 'equal') console.log(`${verdict === 'different' ? 'DIFFERENT' : `+${accepted.split('\n').length - f.expected.split('\n').length} empty paragraph(s)`}  ${f.name}`);
}
console.log(`${files.length} documents: ${counts.equal} as --fix gives, ${counts.emptyParagraphs} as --fix gives but for empty paragraphs LibreOffice keeps, ${counts.different} different`);
fs.rmSync(dir, { recursive: true, force: true });
