/**
 * Benchmark of the agency rules (agency-…): seeds and corpus lines concatenated to 1 MiB (UTF-8),
 * parsed once per round (a fresh parse per editor version, so the per-document scan cache starts
 * cold), then only these rules timed: CPU time of the process (other processes on a shared machine are not
 * billed), median. No forced GC before timing: the concurrent sweeping it starts would be billed too. Also times loading the built-in dictionary.
 * Run: `npx tsx scripts/bench-agencies.ts`.
 */
import { parseDocument } from '../server/src/core/parser/parseDocument';
import { analyzeDocument } from '../server/src/core/engine/analyze';
import { RULES } from '../server/src/core/rules/index';
import { loadResources } from '../server/src/resources';
import { corpusFiles, readText, seedFiles } from '../test/helpers/paths';

const TARGET_BYTES = 1024 * 1024;
const ROUNDS = 30;
const WARM_UP = 5;

const loadStart = process.cpuUsage();
const resources = loadResources();
const loadUsed = process.cpuUsage(loadStart);

const lines = [...seedFiles(), ...corpusFiles()].map(readText).join('\n').split('\n');
const taken: string[] = [];
let bytes = 0;
for (let i = 0; bytes + Buffer.byteLength(lines[i % lines.length], 'utf8') + 1 <= TARGET_BYTES; i++) {
  taken.push(lines[i % lines.length]);
  bytes += Buffer.byteLength(lines[i % lines.length], 'utf8') + 1;
}
const text = taken.join('\n');
const agencyRules = RULES.filter((r) => r.category === 'agency');
const config = { rules: {}, placeholderMode: 'warning' as const };

function timed(): { ms: number; findings: number } {
  const doc = parseDocument(text);
  const t0 = process.cpuUsage();
  const findings = analyzeDocument(doc, config, resources, agencyRules).findings.length;
  const used = process.cpuUsage(t0);
  return { ms: (used.user + used.system) / 1000, findings };
}

for (let round = 0; round < WARM_UP; round++) timed();
const runs = Array.from({ length: ROUNDS }, timed);
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const mb = Buffer.byteLength(text, 'utf8') / 1024 / 1024;
process.stdout.write(
  `dictionary: ${resources.agencies!.agencies.length} agencies, ${resources.agencies!.former.length} former names, loaded in ${((loadUsed.user + loadUsed.system) / 1000).toFixed(0)} ms CPU (pinyin initials included)\n` +
  `${mb.toFixed(2)} MB, ${text.length} UTF-16 units, ${agencyRules.length} agency rules, ${runs[0].findings} findings\n` +
  `CPU time: median ${times[ROUNDS >> 1].toFixed(2)} ms (${(times[ROUNDS >> 1] / mb).toFixed(2)} ms/MB), min ${times[0].toFixed(2)} ms, max ${times[ROUNDS - 1].toFixed(2)} ms\n`,
);
