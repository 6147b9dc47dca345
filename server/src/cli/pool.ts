import * as os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { RuleResources } from '../core/rules/rule';
import { checkFile, CheckJob, FileReport } from './checkFile';
import { CliSettings } from './projectSettings';

/**
 * Starting a thread (loading the bundle, warming the JIT) costs about as much as analysing 1–2 MB,
 * so small runs stay in this thread unless `--jobs` asks otherwise.
 */
const MIN_FILES_FOR_WORKERS = 4;
const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;

interface Task {
  readonly index: number;
  readonly file: string;
}

interface Done {
  readonly index: number;
  readonly report?: FileReport;
  /** A bug (not an unreadable file): the run stops with it. */
  readonly crash?: string;
}

/** How many threads a run uses: `--jobs`, else one per core for a large run; never more than there are files. */
export function workerCount(files: number, totalBytes: number, jobs: number | undefined): number {
  if (jobs === undefined && (files < MIN_FILES_FOR_WORKERS || totalBytes < MIN_BYTES_FOR_WORKERS)) return 1;
  return Math.max(1, Math.min(files, jobs ?? os.availableParallelism()));
}

/**
 * Check files in parallel on worker threads running `script` (the CLI bundle itself, re-entered with
 * `workerData`; each resolves the same settings with its own `CliSettings`), or in this thread, with
 * `settings`, when one is enough. Reports come back in input order through
 * `onReport` as soon as every earlier file is done, so text output streams.
 */
export async function checkFiles(
  files: readonly string[], job: CheckJob, settings: CliSettings, threads: number, script: string,
  onReport: (report: FileReport, index: number) => void, onProgress: (done: number) => void,
): Promise<void> {
  const pending = new Map<number, FileReport>();
  let nextToEmit = 0;
  let done = 0;
  const accept = (index: number, report: FileReport) => {
    pending.set(index, report);
    onProgress(++done);
    while (pending.has(nextToEmit)) {
      onReport(pending.get(nextToEmit)!, nextToEmit);
      pending.delete(nextToEmit++);
    }
  };
  if (threads <= 1) {
    files.forEach((file, index) => accept(index, checkFile(file, job, settings)));
    return;
  }
  let nextTask = 0;
  await new Promise<void>((resolve, reject) => {
    let running = threads;
    let failed = false;
    const workers: Worker[] = [];
    const feed = (worker: Worker) => {
      if (failed) return;
      if (nextTask < files.length) {
        const task: Task = { index: nextTask, file: files[nextTask++] };
        worker.postMessage(task);
      } else {
        worker.postMessage(null);
      }
    };
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script, { workerData: { gongwenWorker: job } });
      workers.push(worker);
      worker.on('message', (message: Done) => {
        if (message.crash) return fail(new Error(message.crash));
        accept(message.index, message.report!);
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        if (--running === 0 && !failed) resolve();
      });
      // Two tasks in flight per worker: it never idles waiting for the next one.
      feed(worker);
      feed(worker);
    }
  });
}

/** True when this thread is a pool worker; then it serves tasks until told to stop. */
export function serveAsWorker(resources: () => RuleResources): boolean {
  const job = (workerData as { gongwenWorker?: CheckJob } | null)?.gongwenWorker;
  if (!parentPort || !job) return false;
  const port = parentPort;
  const settings = new CliSettings(resources(), job);
  port.on('message', (task: Task | null) => {
    if (task === null) {
      port.close();
      return;
    }
    let done: Done;
    try {
      done = { index: task.index, report: checkFile(task.file, job, settings) };
    } catch (e) {
      done = { index: task.index, crash: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    port.postMessage(done);
  });
  return true;
}
