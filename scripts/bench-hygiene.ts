/**
 * Benchmark of the text-hygiene rules (punctuation-, number-, residue-): the seeds concatenated
 * to 1 MB, parsed once per round (each editor version is a fresh parse, so per-document caches start
 * cold), then only these rules timed. Wall time: on a shared machine, read the minimum as well as the
 * median. Run: `npx tsx scripts/bench-hygiene.ts`.
 */
import { parseDocument } from '../server/src/core/parser/parseDocument';
import { analyzeDocument } from '../server/src/core/engine/analyze';
import { RULES } from '../server/src/core/rules/index';
import { readText, seedFiles } from '../test/helpers/paths';

const TARGET_BYTES = 1024 * 1024;
const ROUNDS = 30;
const seeds = seedFiles().map(readText).join('\n');
let text = '';
while (Buffer.byteLength(text, 'utf8') < TARGET_BYTES) text += seeds + '\n';
const hygiene = RULES.filter((r) => /^(punctuation|number|residue)-/.test(r.id) && r.id !== 'residue-page-number');
const config = { rules: {}, placeholderMode: 'warning' as const };
const WARM_UP = 5;

function timed(rules: typeof RULES): { ms: number; findings: number } {
  const doc = parseDocument(text);
  const t0 = process.hrtime.bigint();
  const findings = analyzeDocument(doc, config, {}, rules).findings.length;
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, findings };
}

for (let round = 0; round < WARM_UP; round++) timed(hygiene);
const runs = Array.from({ length: ROUNDS }, () => timed(hygiene));
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const perRule = hygiene.map((rule) => {
  const ms = Array.from({ length: 11 }, () => timed([rule]).ms).sort((a, b) => a - b);
  return `${rule.id} ${ms[5].toFixed(2)}`;
});
process.stdout.write(
  `${(Buffer.byteLength(text, 'utf8') / 1024 / 1024).toFixed(2)} MB, ${text.length} UTF-16 units, ${hygiene.length} rules, ${runs[0].findings} findings\n` +
  `median ${times[ROUNDS >> 1].toFixed(2)} ms, min ${times[0].toFixed(2)} ms, max ${times[ROUNDS - 1].toFixed(2)} ms\n` +
  `per rule (median of 10, ms; a rule alone also pays for the shared scans it uses):\n  ${perRule.join('\n  ')}\n`,
);
