// The worst-case section of `npm run bench` (also `node scripts/bench-worst.mjs` after a build): every rule
// alone on generated worst-case inputs (scripts/worst-cases.mjs), time per MB, against the target of issue 14
// (every rule ≤ 0.5 s per MB on its worst input). Sizes grow 16 KB → 64 KB → 256 KB → 1 MB and stop once a
// run takes more than a second, so a superlinear rule is shown (with its growth per 4× size) instead of
// running for minutes.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { worstCases } from './worst-cases.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const MB = 1024 * KB;
const SIZES = [16 * KB, 64 * KB, 256 * KB, MB];
/** No larger size once one run took longer than this. */
const STOP_MS = 1000;
const TARGET_S_PER_MB = 0.5;
/** Per rule, how many of its slowest inputs at 256 KB are measured again at 1 MB. */
const FINALISTS = 3;

const sizeLabel = (bytes) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);
const fmt = (x) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x >= 0.01 ? x.toFixed(2) : x.toFixed(3));

/** From this size on, garbage is collected before each timed run (smaller runs are not worth a full collection each). */
const COLLECT_FROM = 256 * KB;
/**
 * Collect garbage before a timed run on a large text (with `node --expose-gc`), so it pays for its own
 * allocations only.
 */
const collect = (text) => {
  if (Buffer.byteLength(text) >= COLLECT_FROM) globalThis.gc?.();
};

/**
 * Best of `runs` of `run(doc)` on a fresh parse each time (shared scans are cached per parsed document,
 * so a second run on the same parse would be cheaper than what a new version of a draft costs).
 */
function bestOf(core, text, runs, run) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const doc = core.parseDocument(text);
    collect(text);
    const start = performance.now();
    run(doc);
    best = Math.min(best, performance.now() - start);
    if (best > STOP_MS) break;
  }
  return best;
}

/** Times of `measure(text, bytes)` over growing sizes until one exceeds STOP_MS (or `upTo`). */
function growing(texts, measure, upTo = MB) {
  const times = [];
  for (const bytes of SIZES) {
    if (bytes > upTo) break;
    const t = measure(texts(bytes), bytes);
    times.push({ bytes, ms: t });
    if (t > STOP_MS) break;
  }
  return times;
}

/** s/MB at the largest size measured, and the growth of time from the size before (4 = linear, 16 = quadratic). */
function summary(times) {
  const last = times[times.length - 1];
  const before = times[times.length - 2];
  return { sPerMb: last.ms / 1000 / (last.bytes / MB), at: last.bytes, growth: before && before.ms > 2 ? last.ms / before.ms : undefined };
}

export function runWorstCases(core, table) {
  const resources = core.loadResources();
  // Every rule is switched on (off-by-default rules too), alone, with the default configuration otherwise.
  const configFor = (rule) => ({ ...core.DEFAULT_CONFIG, rules: { [rule.id]: rule.defaultSeverity } });
  const ruleAlone = core.RULES.map((rule) => (doc) => core.analyzeDocument(doc, configFor(rule), resources, [rule]));
  const everyRule = { ...core.DEFAULT_CONFIG, rules: Object.fromEntries(core.RULES.filter((r) => r.offByDefault).map((r) => [r.id, r.defaultSeverity])) };
  const cases = worstCases(ROOT);

  // Warm-up: the JIT first (a cold rule's first runs take several times as long).
  for (const c of cases) for (let i = 0; i < 3; i++) core.analyzeDocument(core.parseDocument(c.build(16 * KB)), everyRule, resources);

  // Per input (its texts built once): the parser, every rule together, a keystroke (re-analysis after a
  // one-character edit), and each rule alone up to 256 KB.
  const inputs = [];
  const perRule = core.RULES.map(() => []);
  for (const c of cases) {
    const built = new Map();
    const text = (bytes) => (built.has(bytes) ? built.get(bytes) : built.set(bytes, c.build(bytes)).get(bytes));
    const parse = summary(growing(text, (t) => bestParse(core, t, 3)));
    const full = summary(growing(text, (t) => bestOf(core, t, 3, (doc) => core.analyzeDocument(doc, everyRule, resources))));
    const keystroke = afterEdit(core, text(full.at), everyRule, resources);
    inputs.push({ c, parse, full, keystroke });
    ruleAlone.forEach((run, i) => perRule[i].push({ c, times: growing(text, (t) => bestOf(core, t, 3, run), 256 * KB) }));
  }

  // Per rule: its slowest inputs at 256 KB again at 1 MB; the worst of those.
  const rules = core.RULES.map((rule, i) => {
    const finalists = [...perRule[i]].sort((a, b) => summary(b.times).sPerMb - summary(a.times).sPerMb).slice(0, FINALISTS);
    for (const f of finalists) {
      const last = f.times[f.times.length - 1];
      if (last.bytes === 256 * KB && last.ms <= STOP_MS) f.times.push({ bytes: MB, ms: bestOf(core, f.c.build(MB), 3, ruleAlone[i]) });
    }
    const worst = finalists.map((f) => ({ c: f.c, ...summary(f.times) })).sort((a, b) => b.sPerMb - a.sPerMb)[0];
    return { rule, worst };
  });

  const growth = (g) => (g === undefined ? '—' : `×${g.toFixed(1)}`);
  const lines = [];
  lines.push(`\nWorst cases: generated inputs (scripts/worst-cases.mjs); sizes ${SIZES.map(sizeLabel).join(' → ')}, stopping once a run takes over ${STOP_MS / 1000} s; best of 3 runs, each on a fresh parse${globalThis.gc ? ` (from ${sizeLabel(COLLECT_FROM)} after a garbage collection)` : ''}.`);
  lines.push('Growth: time at the largest size ÷ time at the size before (×4 is linear, ×16 quadratic; shown when the smaller run took over 2 ms).\n');
  lines.push('Every rule together, per input');
  lines.push(table(['input', 'what', 'parser s/MB', 'analysis s/MB', 'measured at', 'growth', '1-char edit (server path)'],
    inputs.map(({ c, parse, full, keystroke }) => [c.id, c.what, fmt(parse.sPerMb), fmt(full.sPerMb), sizeLabel(full.at), growth(full.growth), `${fmt(keystroke)} ms at ${sizeLabel(full.at)}`])));
  lines.push(`\nEach rule alone on its worst input (target ≤ ${TARGET_S_PER_MB} s/MB)`);
  lines.push(table(['rule', 'worst input', 's/MB', 'measured at', 'growth', 'result'],
    rules.map(({ rule, worst }) => [rule.id, worst.c.id, fmt(worst.sPerMb), sizeLabel(worst.at), growth(worst.growth), worst.sPerMb <= TARGET_S_PER_MB && worst.at === MB ? 'PASS' : 'FAIL'])));
  const failing = rules.filter(({ worst }) => !(worst.sPerMb <= TARGET_S_PER_MB && worst.at === MB));
  lines.push(failing.length ? `\n${failing.length} rule(s) over the target: ${failing.map(({ rule }) => rule.id).join(', ')}` : '\nEvery rule within the target.');
  return { text: lines.join('\n'), failing: failing.map(({ rule }) => rule.id) };
}

function bestParse(core, text, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    core.parseDocument(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The server's path for one keystroke: a character typed in the middle of the text, re-parsed and re-analysed from the previous version. */
function afterEdit(core, text, config, resources) {
  let previous = core.analyzeDocument(core.parseDocument(text), config, resources);
  let best = Infinity;
  for (let i = 0; i < 4; i++) {
    const at = text.length >> 1;
    const current = previous.document.text;
    const next = i % 2 === 0 ? current.slice(0, at) + '字' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    const start = performance.now();
    const doc = core.reparseDocument(previous.document, next);
    previous = core.reanalyzeDocument(previous, doc, config, resources);
    best = Math.min(best, performance.now() - start);
    if (best > STOP_MS) break;
  }
  return best;
}

// Standalone: `node --expose-gc scripts/bench-worst.mjs` (after `npm run build`).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const core = require(path.join(ROOT, 'dist', 'bench-core.js'));
  const { table } = await import('./bench-table.mjs');
  const { text } = runWorstCases(core, table);
  console.log(text);
}
