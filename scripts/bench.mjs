// `npm run bench`: speed and memory of the analysis on drafts of 100 KB, 1 MB and 10 MB built from
// the seeds, measured side by side with a bare Node baseline in one run, against the targets of
// issues 7 and 16. Uses the bundles in dist/ (the build runs first). Prints tables; never part of `npm test`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildDraft, EDITS, median, ms, percentile, serverLatencies, WARM_UP_RUNS, wholeLines } from './bench-server.mjs';
import { table } from './bench-table.mjs';
import { runWorstCases } from './bench-worst.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const core = require(path.join(DIST, 'bench-core.js'));
/** `gongwen.debounce` when nothing is set: the pause a writer gets on top of the processing. */
const DEFAULT_DEBOUNCE = core.SETTINGS.debounce.default;
/** A pause a writer may set, measured on the small draft to show that it comes on top. */
const WRITER_PAUSE = 200;

const MB = 1024 * 1024;
const SIZES = [
  { label: '100 KB', bytes: 100 * 1024, warmUp: 60, runs: 41 },
  { label: '1 MB', bytes: MB, warmUp: 20, runs: 21 },
  { label: '10 MB', bytes: 10 * MB, warmUp: 4, runs: 5 },
];
const TARGET = { msPerMb: 20, cliVsBaseline: 3, keystrokeP95: 50, smallKeystrokeP95: 10, memoryTimesText: 20 };
const SMALL_DRAFT_BYTES = 60 * 1024;

/** The bare baseline: read the file, scan it with three regexes, print the positions as JSON. */
const BASELINE = `
const text = require('fs').readFileSync(process.argv[1], 'utf8');
const positions = [];
for (const re of [/^[一二三四五六七八九十]+、/gm, /^[（(][一二三四五六七八九十]+[)）]/gm, /^\\d+[.．]/gm]) for (const m of text.matchAll(re)) positions.push(m.index);
process.stdout.write(JSON.stringify(positions));`;

/** Peak memory of one analysis, in a fresh process so earlier runs do not count. */
const MEMORY_PROBE = `
const core = require(process.argv[1]);
const bytes = require('fs').readFileSync(process.argv[2]);
const text = core.decodeDraft(bytes).text;
const resources = core.loadResources();
global.gc();
const before = process.memoryUsage();
const start = performance.now();
const result = core.analyzeDocument(core.parseDocument(text), core.DEFAULT_CONFIG, resources);
const firstRun = performance.now() - start;
const peakRss = process.resourceUsage().maxRSS * 1024;
global.gc();
const after = process.memoryUsage();
process.stdout.write(JSON.stringify({ rssBefore: before.rss, peakRss, heapHeld: after.heapUsed - before.heapUsed, findings: result.findings.length, firstRun }));`;

const mib = (bytes) => (bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

function timeProcess(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * MB });
  const elapsed = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { elapsed, stdout: r.stdout.length };
}

function inProcess(text, warmUp, runs) {
  const resources = core.loadResources();
  const analyse = () => core.analyzeDocument(core.parseDocument(text), core.DEFAULT_CONFIG, resources);
  for (let i = 0; i < warmUp; i++) analyse();
  const times = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = analyse().findings.length;
    times.push(performance.now() - start);
  }
  return { median: median(times), findings };
}

/**
 * One-character edits in the middle of long lines (insert, then delete it again), each parsed and
 * analysed from the previous version as the server does (`reparseDocument` + `reanalyzeDocument`);
 * the median, and how many lines each re-check covered.
 */
function afterEdit(text, edits) {
  const resources = core.loadResources();
  const starts = [0];
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
  const long = [];
  for (let i = 0; i + 1 < starts.length; i++) if (starts[i + 1] - starts[i] > 40) long.push(i);
  let result = core.analyzeDocument(core.parseDocument(text), core.DEFAULT_CONFIG, resources);
  const times = [];
  const lines = [];
  for (let k = 0; k < WARM_UP_RUNS * 4 + edits; k++) {
    const line = long[(Math.floor(k / 2) * 7919) % long.length];
    const at = starts[line] + ((starts[line + 1] - starts[line]) >> 1);
    const current = result.document.text;
    const next = k % 2 === 0 ? current.slice(0, at) + '字' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    const previous = result;
    const start = performance.now();
    const doc = core.reparseDocument(previous.document, next);
    result = core.reanalyzeDocument(previous, doc, core.DEFAULT_CONFIG, resources);
    if (k >= WARM_UP_RUNS * 4) {
      times.push(performance.now() - start);
      const window = core.recheckedLines(previous, doc);
      lines.push(window ? window.toLine - window.fromLine : doc.lines.lineCount);
    }
  }
  return { median: median(times), lines: median(lines) };
}

/** Parse, then each rule category alone on a fresh parse (rules share per-document scans within a category). */
function byCategory(text, runs) {
  const resources = core.loadResources();
  const categories = [...new Set(core.RULES.map((r) => r.category))];
  const parse = [];
  const times = Object.fromEntries(categories.map((c) => [c, []]));
  for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
    let start = performance.now();
    core.parseDocument(text);
    if (i >= WARM_UP_RUNS) parse.push(performance.now() - start);
    for (const category of categories) {
      const doc = core.parseDocument(text);
      const rules = core.RULES.filter((r) => r.category === category);
      start = performance.now();
      core.analyzeDocument(doc, core.DEFAULT_CONFIG, resources, rules);
      if (i >= WARM_UP_RUNS) times[category].push(performance.now() - start);
    }
  }
  return [['parser', median(parse)], ...categories.map((c) => [`${c} rules (${core.RULES.filter((r) => r.category === c).length})`, median(times[c])])];
}

/**
 * Re-analysis from the previous version (what the server does for a long draft) against a full
 * analysis of the same edited text, after edits that insert a placeholder: where the incremental
 * engine pays. The server analyses drafts shorter than core.INCREMENTAL_MIN_LENGTH in full.
 */
function incrementalOrFull(kb, edits) {
  const resources = core.loadResources();
  const text = wholeLines(kb * 1024);
  let result = core.analyzeDocument(core.parseDocument(text), core.DEFAULT_CONFIG, resources);
  const long = [];
  for (let i = 0; i + 1 < result.document.lines.lineCount; i++) if (result.document.lines.lineContentEnd(i) - result.document.lines.lineStarts[i] > 40) long.push(i);
  const incremental = [];
  const full = [];
  for (let k = 0; k < WARM_UP_RUNS * 4 + edits; k++) {
    // Inserting `[X]` adds no line: the same line numbers serve every version.
    const line = long[(k * 7919) % long.length];
    const lines = result.document.lines;
    const offset = (lines.lineStarts[line] + lines.lineContentEnd(line)) >> 1;
    const next = result.document.text.slice(0, offset) + '[X]' + result.document.text.slice(offset);
    let start = performance.now();
    const edited = core.reanalyzeDocument(result, core.reparseDocument(result.document, next), core.DEFAULT_CONFIG, resources);
    const tIncremental = performance.now() - start;
    start = performance.now();
    core.analyzeDocument(core.parseDocument(next), core.DEFAULT_CONFIG, resources);
    const tFull = performance.now() - start;
    if (k >= WARM_UP_RUNS * 4) {
      incremental.push(tIncremental);
      full.push(tFull);
    }
    result = edited;
  }
  return { chars: text.length, bytes: Buffer.byteLength(text), incremental: median(incremental), full: median(full) };
}

/** Each word rule alone on a fresh parse (the word lists, places and formulations each have one shared scan). */
function wordRules(text, runs) {
  const resources = core.loadResources();
  const rules = core.RULES.filter((r) => r.category === 'word');
  const times = Object.fromEntries(rules.map((r) => [r.id, []]));
  for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
    for (const rule of rules) {
      const doc = core.parseDocument(text);
      const start = performance.now();
      core.analyzeDocument(doc, core.DEFAULT_CONFIG, resources, [rule]);
      if (i >= WARM_UP_RUNS) times[rule.id].push(performance.now() - start);
    }
  }
  return rules.map((r) => [r.id, median(times[r.id])]);
}

/** About `bytes` of the corpus (government work reports, laws, notices: dense with places and formulations). */
function corpusDraft(bytes) {
  const dir = path.join(ROOT, '..', 'shared', 'corpus');
  if (!fs.existsSync(dir)) return undefined;
  const texts = fs.readdirSync(dir).flatMap((d) => (fs.statSync(path.join(dir, d)).isDirectory() ? fs.readdirSync(path.join(dir, d)).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, d, f), 'utf8')) : []));
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += texts.join('\n');
  return out.slice(0, Math.floor(out.length * bytes / Buffer.byteLength(out)));
}

function readAndDecode(file, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    core.decodeDraft(fs.readFileSync(file));
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
  try {
    console.log(`gongwen bench — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`Drafts: the seeds joined and repeated to size. Times are medians; in-process runs are warmed up ${SIZES.map((s) => `${s.warmUp}×`).join('/')} (steady state, as in the long-running server).\n`);
    const rows = [];
    for (const size of SIZES) {
      const text = buildDraft(size.bytes);
      const file = path.join(dir, `draft-${size.label.replace(' ', '')}.txt`);
      fs.writeFileSync(file, text);
      const bytes = fs.statSync(file).size;
      const analysis = inProcess(text, size.warmUp, size.runs);
      const edit = afterEdit(text, size.runs * 4);
      const decode = readAndDecode(file, size.runs);
      const cliRuns = size.bytes >= 10 * MB ? 5 : 7;
      const cli = [];
      const base = [];
      // Alternate the two so a change in machine load hits both alike.
      for (let i = 0; i < cliRuns; i++) {
        cli.push(timeProcess([path.join(DIST, 'cli.js'), '--format', 'json', file]).elapsed);
        base.push(timeProcess(['-e', BASELINE, file]).elapsed);
      }
      const memory = JSON.parse(spawnSync(process.execPath, ['--expose-gc', '-e', MEMORY_PROBE, path.join(DIST, 'bench-core.js'), file], { encoding: 'utf8', maxBuffer: 64 * MB }).stdout);
      rows.push({ size, bytes, analysis, edit, decode, cli: median(cli), base: median(base), memory });
    }

    console.log('Full analysis (parse + every rule) and whole processes');
    console.log(table(
      ['draft', 'size', 'findings', 'read+decode', 'analysis in process', 'ms/MB', 'MB/s', 'first run (fresh process)', 'after a 1-char edit (lines re-checked)', 'CLI process (json)', 'CLI MB/s', 'bare baseline', 'CLI ÷ baseline'],
      rows.map((r) => {
        const mb = r.bytes / MB;
        return [r.size.label, `${mib(r.bytes)} MiB`, r.analysis.findings, `${ms(r.decode)} ms`, `${ms(r.analysis.median)} ms`, ms(r.analysis.median / mb), (mb / (r.analysis.median / 1000)).toFixed(1),
          `${ms(r.memory.firstRun)} ms`, `${ms(r.edit.median)} ms (${r.edit.lines})`,
          `${ms(r.cli)} ms`, (mb / (r.cli / 1000)).toFixed(1), `${ms(r.base)} ms`, `${(r.cli / r.base).toFixed(2)}×`];
      }),
    ));
    console.log('\nMemory of one analysis (fresh process; RSS growth = peak RSS − RSS with the text loaded; heap held = heap kept by the result)');
    console.log(table(
      ['draft', 'peak RSS', 'RSS growth', 'growth ÷ text', 'heap held', 'heap ÷ text'],
      rows.map((r) => {
        const growth = r.memory.peakRss - r.memory.rssBefore;
        return [r.size.label, `${mib(r.memory.peakRss)} MiB`, `${mib(growth)} MiB`, `${(growth / r.bytes).toFixed(1)}×`, `${mib(r.memory.heapHeld)} MiB`, `${(r.memory.heapHeld / r.bytes).toFixed(1)}×`];
      }),
    ));

    const oneMb = rows.find((r) => r.size.bytes === MB);
    console.log('\nWhere the in-process time goes on the 1 MB draft (medians)');
    console.log(table(['part', 'ms'], byCategory(buildDraft(MB), 11).map(([part, t]) => [part, ms(t)])));
    console.log(`\nIncremental or full: re-analysis from the previous version vs a full analysis of the same text, after an edit inserting a placeholder (in process, medians; the server analyses drafts under ${core.INCREMENTAL_MIN_LENGTH} characters in full)`);
    const crossover = [12, 30, 60, 100, 250, 1024].map((kb) => incrementalOrFull(kb, kb >= 1000 ? 40 : 100));
    console.log(table(['draft', 'characters', 're-analysis', 'full analysis', 'full ÷ re-analysis', 'the server uses'], crossover.map((c) => [
      `${mib(c.bytes)} MiB`, c.chars, `${ms(c.incremental)} ms`, `${ms(c.full)} ms`, `${(c.full / c.incremental).toFixed(2)}×`, c.chars >= core.INCREMENTAL_MIN_LENGTH ? 're-analysis' : 'full',
    ])));

    const corpus = corpusDraft(MB);
    const onSeeds = wordRules(buildDraft(MB), 11);
    const onCorpus = corpus ? wordRules(corpus, 11) : undefined;
    console.log('\nWord rules, each alone on 1 MB (medians; the 1 MB draft of seeds, and 1 MB of ../shared/corpus)');
    console.log(table(['rule', 'seeds ms', 'corpus ms'], onSeeds.map(([id, t], i) => [id, ms(t), onCorpus ? ms(onCorpus[i][1]) : 'n/a'])));
    const tenMb = rows.find((r) => r.size.bytes === 10 * MB);
    // The targets are the server's processing latency: no pause (gongwen.debounce 0, through workspace/configuration).
    const smallText = wholeLines(SMALL_DRAFT_BYTES);
    const small = await serverLatencies(smallText, { debounce: 0 });
    const lsp = await serverLatencies(buildDraft(MB), { features: true, debounce: 0 });
    // What a writer sees: the default settings (nothing set), and with a pause of their own on top.
    const byDefault = DEFAULT_DEBOUNCE === 0 ? undefined : {
      small: await serverLatencies(smallText),
      large: await serverLatencies(buildDraft(MB), { edits: 50 }),
    };
    const paused = await serverLatencies(smallText, { debounce: WRITER_PAUSE, edits: 40 });
    const stats = (xs) => (xs ? `median ${ms(median(xs))} ms, p95 ${ms(percentile(xs, 95))} ms, max ${ms(Math.max(...xs))} ms` : 'n/a (the server has no completionProvider)');
    const pull = (label, run, edits = EDITS) => [`${label}: didChange (insert “[X]”) → textDocument/diagnostic pull (${run.full} of ${edits} answered in full)`, edits, stats(run.keystroke)];
    console.log(`\nLanguage server over stdio, 1 MB draft (${lsp.diagnostics} diagnostics, ${lsp.symbols} top-level symbols) and 60 KB draft (${Buffer.byteLength(smallText)} bytes, ${small.diagnostics} diagnostics)`);
    console.log(`Processing latency: gongwen.debounce 0 (the targets). A writer's pause comes on top: the default is ${DEFAULT_DEBOUNCE} ms.`);
    console.log(table(['request', 'samples', 'latency'], [
      pull('60 KB', small),
      pull('1 MB', lsp),
      ['didChange → textDocument/documentSymbol', lsp.symbolsAfterEdit.length, stats(lsp.symbolsAfterEdit)],
      ['textDocument/documentSymbol, unchanged document', lsp.symbolsCached.length, stats(lsp.symbolsCached)],
      ['didChange → textDocument/completion', lsp.completion?.length ?? 0, stats(lsp.completion)],
      ...(byDefault ? [pull(`60 KB, default settings (pause ${DEFAULT_DEBOUNCE} ms)`, byDefault.small), pull(`1 MB, default settings (pause ${DEFAULT_DEBOUNCE} ms)`, byDefault.large, 50)] : []),
      pull(`60 KB, gongwen.debounce ${WRITER_PAUSE} (a writer's own pause)`, paused, 40),
    ]));

    const growth10 = (tenMb.memory.peakRss - tenMb.memory.rssBefore) / tenMb.bytes;
    const keystrokeP95 = percentile(lsp.keystroke, 95);
    console.log('\nTargets (issues 7 and 16)');
    console.log(table(['target', 'measured', 'result'], [
      [`in process, full analysis of 1 MB ≤ ${TARGET.msPerMb} ms`, `${ms(oneMb.analysis.median)} ms`, verdict(oneMb.analysis.median <= TARGET.msPerMb)],
      [`CLI on 10 MB within ${TARGET.cliVsBaseline}× of the bare baseline`, `${ms(tenMb.cli)} ms vs ${ms(tenMb.base)} ms = ${(tenMb.cli / tenMb.base).toFixed(2)}×`, verdict(tenMb.cli <= TARGET.cliVsBaseline * tenMb.base)],
      [`keystroke (inserting a placeholder) → diagnostics p95 ≤ ${TARGET.keystrokeP95} ms (1 MB, server, no pause)`, `${ms(keystrokeP95)} ms`, verdict(keystrokeP95 <= TARGET.keystrokeP95)],
      [`keystroke (inserting a placeholder) → diagnostics p95 ≤ ${TARGET.smallKeystrokeP95} ms (60 KB, server, no pause)`, `${ms(percentile(small.keystroke, 95))} ms`, verdict(percentile(small.keystroke, 95) <= TARGET.smallKeystrokeP95)],
      ...[['60 KB', byDefault?.small ?? small], ['1 MB', byDefault?.large ?? lsp]].map(([label, run]) =>
        [`what a writer sees with the default settings (pause ${DEFAULT_DEBOUNCE} ms), ${label}`, `p95 ${ms(percentile(run.keystroke, 95))} ms (median ${ms(median(run.keystroke))} ms)`, 'no target']),
      [`memory ≤ ${TARGET.memoryTimesText}× text (10 MB, RSS growth)`, `${growth10.toFixed(1)}×`, verdict(growth10 <= TARGET.memoryTimesText)],
    ]));
    // Issue 14: every rule linear, on the inputs that make it work hardest.
    console.log(runWorstCases(core, table).text);

    // Other processes on the machine slow every row; the load says how quiet the run was.
    console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
