// Only the keystroke part of `npm run bench`: keystroke (inserting "[X]") → pull diagnostics through the
// real server (dist/server.js over stdio, gongwen.debounce 0), on the 60 KB and the 1 MB draft, the same
// measurement as bench.mjs. For iterating on the server's latency; never part of `npm test`.
//
//   npm run build && node scripts/bench-keys.mjs [--rounds N] [--drafts 60kb,1mb] [--base OTHER/dist/server.js]
//                                                [--prof DIR] [--base-args '--flag …']
//
// --base: alternate runs of another build (say main's, built in a copy) with this one, round by round, so
// both see the same load on a shared machine (interleaved A/B). --prof: start the server under
// `node --cpu-prof --cpu-prof-dir DIR` (profiles the server's own process). --base-args: flags for the base
// build's process only (an experiment: `--base dist/server.js --base-args --max-semi-space-size=64`).
// Also prints the server's CPU time per keystroke, steadier than latencies when the machine is shared.
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDraft, median, ms, percentile, serverLatencies, wholeLines } from './bench-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
const DRAFTS = { '60kb': () => wholeLines(60 * 1024), '1mb': () => buildDraft(MB) };

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

const rounds = Number(option('rounds', '3'));
const drafts = option('drafts', '60kb,1mb').split(',');
const builds = [['this', path.join(ROOT, 'dist', 'server.js'), []]];
const base = option('base');
const baseArgs = option('base-args')?.split(' ').filter(Boolean) ?? [];
if (base) builds.push(['base', path.resolve(base), baseArgs]);
const prof = option('prof');
const nodeArgs = prof ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(prof)] : [];
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`keystroke → diagnostics (insert "[X]", pull), ${rounds} round(s); load average ${load()}`);
const results = {};
const cpu = {};
for (let round = 0; round < rounds; round++) {
  // Alternate which build goes first, so neither always runs right after the other's warm-up of the machine.
  const order = round % 2 === 0 ? builds : [...builds].reverse();
  for (const name of drafts) {
    const text = DRAFTS[name]();
    for (const [build, server, args] of order) {
      const run = await serverLatencies(text, { debounce: 0, server, nodeArgs: [...nodeArgs, ...args] });
      const key = `${name} ${build}`;
      (results[key] ??= []).push(run.keystroke);
      (cpu[key] ??= []).push(run.keystrokeCpu);
      console.log(`round ${round + 1} ${key.padEnd(9)}: median ${ms(median(run.keystroke))} ms, p95 ${ms(percentile(run.keystroke, 95))} ms, max ${ms(Math.max(...run.keystroke))} ms, server CPU ${ms(run.keystrokeCpu)} ms/keystroke (${run.full} of ${run.keystroke.length} full, ${run.diagnostics} diagnostics; load ${load()})`);
    }
  }
}
console.log('\nper draft and build: median of the rounds\' medians, p95s and server CPU per keystroke, and p95 of all samples pooled');
for (const [key, runs] of Object.entries(results)) {
  const all = runs.flat();
  console.log(`${key.padEnd(9)}: median ${ms(median(runs.map(median)))} ms, p95 ${ms(median(runs.map((r) => percentile(r, 95))))} ms, CPU ${ms(median(cpu[key]))} ms (pooled p95 ${ms(percentile(all, 95))} ms, ${all.length} samples)`);
}
console.log(`load average at the end: ${load()}`);
