/**
 * Time of the placeholder rules alone on a 1 MB draft (the seeds repeated), parsed once beforehand.
 * The core is bundled with esbuild first, as in dist/server.js, so the figure is that of the shipped code.
 * Run: `node scripts/bench-placeholders.mjs`. The budget is 4 ms per MB (README, 占位符).
 */
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEGABYTE = 1024 * 1024;
const RUNS = 200;
const WARM_UP = 20;

const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-')), 'core.cjs');
buildSync({
  stdin: {
    contents: [
      "export { analyzeDocument } from './server/src/core/engine/analyze';",
      "export { parseDocument } from './server/src/core/parser/parseDocument';",
      "export { RULES } from './server/src/core/rules/index';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'error',
});
const { analyzeDocument, parseDocument, RULES } = createRequire(import.meta.url)(bundle);

const seedsDir = path.join(ROOT, 'seeds');
const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8')).join('\n');
let draft = '';
while (Buffer.byteLength(draft) < MEGABYTE) draft += seeds + '\n';
const doc = parseDocument(draft);
const rules = RULES.filter((r) => r.category === 'placeholder');

const times = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  findings = analyzeDocument(doc, undefined, {}, rules).findings.length;
  times.push(performance.now() - t0);
}
// The first runs warm up the JIT and the regular-expression compiler.
const timed = times.slice(WARM_UP).sort((a, b) => a - b);
const mb = Buffer.byteLength(draft) / MEGABYTE;
const median = timed[timed.length >> 1];
const p90 = timed[Math.floor(timed.length * 0.9)];
process.stdout.write(`${rules.length} placeholder rules, ${mb.toFixed(2)} MB (${draft.length} UTF-16 units), ${findings} findings\n`);
process.stdout.write(`median ${median.toFixed(2)} ms = ${(median / mb).toFixed(2)} ms/MB; p90 ${p90.toFixed(2)} ms; best ${timed[0].toFixed(2)} ms\n`);
fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
