/**
 * .docx work for the language server on a worker thread, so a large or hostile Word document never
 * holds up the requests of other documents: the main thread only analyses the extracted text (as it
 * does any draft). A job that runs past its time budget ends the worker and answers an error.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Bilingual } from '../core/model/bilingual';
import { annotateDocxBytes, DocxError, extractDocx, StoryAnnotations } from '../docx';

export type DocxJob =
  | { readonly kind: 'extract'; readonly data: string }
  | { readonly kind: 'annotate'; readonly data: string; readonly annotations: [string, StoryAnnotations][]; readonly date: number };

type Reply = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly text: Bilingual };

function run(job: DocxJob): unknown {
  const bytes = Buffer.from(job.data, 'base64');
  if (job.kind === 'extract') return extractDocx(bytes);
  const result = annotateDocxBytes(bytes, new Map(job.annotations), new Date(job.date));
  return { data: result.bytes.toString('base64'), comments: result.comments, changes: result.changes, skippedChanges: result.skippedChanges };
}

/** In the worker thread (the server bundle started with `workerData.gongwenDocx`): serve jobs; false elsewhere. */
export function serveDocxJobs(): boolean {
  if (!parentPort || !(workerData as { gongwenDocx?: boolean } | null)?.gongwenDocx) return false;
  const port = parentPort;
  port.on('message', (job: DocxJob) => {
    let reply: Reply;
    try {
      reply = { ok: true, value: run(job) };
    } catch (e) {
      if (!(e instanceof DocxError)) throw e;
      reply = { ok: false, text: e.text };
    }
    port.postMessage(reply);
  });
  return true;
}

/** One worker, one job at a time, started on the first job and again after one was stopped. */
export class DocxJobs {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly script: string, private readonly budgetMs = 30_000) {}

  run<T>(job: DocxJob): Promise<T> {
    const next = this.queue.then(() => this.runNow<T>(job));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private runNow<T>(job: DocxJob): Promise<T> {
    const worker = (this.worker ??= this.start());
    return new Promise<T>((resolve, reject) => {
      const stop = (error: Error) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', stop);
        worker.off('exit', onExit);
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        reject(error);
      };
      const onExit = () => stop(new Error('处理 Word 文档的线程意外退出'));
      const onMessage = (reply: Reply) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', stop);
        worker.off('exit', onExit);
        if (reply.ok) resolve(reply.value as T);
        else reject(new DocxError(reply.text));
      };
      const seconds = Math.round(this.budgetMs / 1000);
      const timer = setTimeout(() => stop(new DocxError({
        zh: `处理此 Word 文档超过 ${seconds} 秒，已停止；请在 Word 中打开并另存后再试`,
        en: `this Word document took more than ${seconds} seconds and was stopped; open it in Word, save it again and retry`,
      })), this.budgetMs);
      worker.on('message', onMessage);
      worker.once('error', stop);
      worker.once('exit', onExit);
      worker.postMessage(job);
    });
  }

  private start(): Worker {
    // The worker's stdout is not the server's: over --stdio that carries the protocol, so anything a
    // library prints in the worker goes to stderr (the client's output channel) instead; a worker that
    // ends (a timeout, a crash) must not end the server's stderr with it.
    const worker = new Worker(this.script, { workerData: { gongwenDocx: true }, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    // An idle worker does not keep the server alive.
    worker.unref();
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
