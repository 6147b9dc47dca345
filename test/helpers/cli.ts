import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './paths';

export const CLI_JS = path.join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run the built CLI as a process, as a release script would. `killAfterMs`: for inputs that could make
 * a broken CLI wait or read for ever (a FIFO, /dev/zero), so the test fails instead of hanging.
 */
export function runCli(args: readonly string[], cwd: string, killAfterMs?: number): CliRun {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: killAfterMs, killSignal: 'SIGKILL' });
  if (r.error && !(killAfterMs && r.signal === 'SIGKILL')) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding the given files (path → text or bytes); removed by the returned cleanup. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface JsonFileResult {
  file: string;
  encoding?: string;
  error?: string;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; source: string; message: string; paragraph?: number; paragraphOffset?: number }[];
}
