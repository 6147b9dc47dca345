// The language server's latencies over stdio, measured as an editor with pull diagnostics drives it, and the
// drafts they are measured on: shared by `npm run bench` (scripts/bench.mjs) and scripts/bench-keys.mjs.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const { SECTION } = require(path.join(ROOT, 'dist', 'bench-core.js'));
export const EDITS = 200;

/**
 * Runs before timing in-process analysis: the language server is long-running, so steady state is what a
 * writer gets. V8 needs a dozen runs of a 1 MB draft to optimise the rules' loops (the first run takes ~100 ms,
 * see the CLI column for cold processes); fewer warm-ups measure the JIT, not the analysis.
 */
export const WARM_UP_RUNS = 5;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** Seeds joined and repeated until the draft reaches `bytes` (UTF-8). */
export function buildDraft(bytes) {
  const seedDir = path.join(ROOT, 'seeds');
  const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8').trimEnd());
  const block = seeds.join('\n\n') + '\n\n';
  const blockBytes = Buffer.byteLength(block);
  return block.repeat(Math.ceil(bytes / blockBytes));
}

/**
 * Whole lines of the seed draft up to about `bytes` of UTF-8 (buildDraft repeats the whole block of
 * seeds, about 120 KB, so it cannot build a smaller draft).
 */
export function wholeLines(bytes) {
  let text = '';
  for (const line of buildDraft(bytes).split('\n')) {
    if (Buffer.byteLength(text) >= bytes) break;
    text += line + '\n';
  }
  return text;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (undefined where there is none). */
function cpuTime(pid) {
  try {
    // Fields 14 and 15 of /proc/PID/stat (after the parenthesised command name): utime and stime in clock ticks.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;
const cpuPerKeystroke = (from, to, edits) => (from === undefined || to === undefined ? undefined : (to - from) / edits);

/**
 * Talk to dist/server.js over stdio as an editor with pull diagnostics does. Keystrokes insert a
 * placeholder (`[X]`) in running text, so every edit changes the diagnostics and each pull is answered
 * in full. `debounce`: the `gongwen.debounce` the editor's workspace/configuration answers (undefined:
 * nothing set, so the default). `features`: also documentSymbol and completion latencies. `keystrokeCpu`: the
 * server's CPU time per measured keystroke (ms; Linux), steadier than latencies on a loaded machine. `server`: the
 * bundle to start (another build, for A/B runs); `nodeArgs`: flags for its process (`--cpu-prof`).
 */
export async function serverLatencies(text, { features = false, debounce, edits = EDITS, server: serverJs = path.join(ROOT, 'dist', 'server.js'), nodeArgs = [] } = {}) {
  const server = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  // After `exit` the server ends by itself (and writes its --cpu-prof profile); killed if it has not within 5 s.
  const exited = new Promise((resolve) => server.once('exit', resolve));
  let ended = false;
  const stderr = [];
  server.stderr.on('data', (d) => stderr.push(String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('workspace/configuration', (p) => p.items.map((item) => (item.section === SECTION && debounce !== undefined ? { debounce } : {})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  try {
    const init = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          synchronization: { didSave: true },
          diagnostic: { dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    const uri = pathToFileURL(path.join(os.tmpdir(), 'gongwen-bench.gw')).href;
    let version = 1;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version, text } });
    // As VS Code does: send the last resultId, so an edit that moves no diagnostic is answered “unchanged”.
    let resultId;
    let diagnostics = 0;
    let unchanged = 0;
    const pull = async () => {
      const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId });
      if (report.kind === 'full') {
        resultId = report.resultId;
        diagnostics = report.items.length;
      } else unchanged++;
    };
    await pull();

    // Typing in running text: the middle of long lines spread over the draft. A keystroke inserts a
    // placeholder (each changes the diagnostics); the symbol and completion rounds insert a character and
    // delete it again.
    const lines = text.split('\n');
    const candidates = lines.map((l, i) => [l.length, i]).filter(([len]) => len >= 40).map(([, i]) => i);
    const at = (k) => {
      const line = candidates[(Math.floor(k / 2) * 7919) % candidates.length];
      return { line, character: Math.floor(lines[line].length / 2) };
    };
    const editAt = (k) => {
      const p = at(k);
      return k % 2 === 0 ? { range: { start: p, end: p }, text: '字' } : { range: { start: p, end: { line: p.line, character: p.character + 1 } }, text: '' };
    };
    const send = (change) => connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    const change = (k) => send(editAt(k));

    const keystroke = [];
    const fullReports = { before: 0 };
    let cpuFrom;
    for (let k = 0; k < WARM_UP_RUNS * 4 + edits; k++) {
      if (k === WARM_UP_RUNS * 4) cpuFrom = cpuTime(server.pid);
      const p = at(2 * k);
      const start = performance.now();
      await send({ range: { start: p, end: p }, text: '[X]' });
      const before = unchanged;
      await pull();
      if (k >= WARM_UP_RUNS * 4) {
        keystroke.push(performance.now() - start);
        if (unchanged === before) fullReports.before++;
      }
    }
    if (!features) {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    ended = true;
      return { keystroke, full: fullReports.before, diagnostics, keystrokeCpu: cpuPerKeystroke(cpuFrom, cpuTime(server.pid), edits) };
    }
    const keystrokeCpu = cpuPerKeystroke(cpuFrom, cpuTime(server.pid), edits);
    const symbolsAfterEdit = [];
    const symbolsCached = [];
    let symbols = 0;
    for (let k = 0; k < 40; k++) {
      const start = performance.now();
      await change(k);
      const result = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      symbolsAfterEdit.push(performance.now() - start);
      symbols = result?.length ?? 0;
      const cachedStart = performance.now();
      await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      symbolsCached.push(performance.now() - cachedStart);
    }
    let completion;
    if (init.capabilities.completionProvider) {
      const times = [];
      for (let k = 0; k < 40; k++) {
        const edit = editAt(k);
        const start = performance.now();
        await change(k);
        const position = k % 2 === 0 ? { line: edit.range.start.line, character: edit.range.start.character + 1 } : edit.range.start;
        await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
        times.push(performance.now() - start);
      }
      completion = times;
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    ended = true;
    return { keystroke, full: fullReports.before, diagnostics, keystrokeCpu, symbolsAfterEdit, symbolsCached, symbols, completion };
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : e}\nserver stderr:\n${stderr.join('')}`);
  } finally {
    const timer = setTimeout(() => server.kill(), server.exitCode === null && ended ? 5000 : 0);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  }
}
