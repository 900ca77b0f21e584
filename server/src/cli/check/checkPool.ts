import { Worker } from 'node:worker_threads';
import type { FolderSpec } from '../config/workspace';
import { FileChecker, type FileJob } from './fileChecker';
import { WORKER_MARK, type WorkerInit, type WorkerReply, type WorkerRequest } from './checkWorker';
import type { FileResult } from './problem';
import type { LanguageSetting } from '../../service/l10n/locale';

/** Fewer files than this are checked on the main thread: handing them out would cost more. */
export const MIN_FILES_FOR_WORKERS = 64;
/** Files per message: large enough to keep messaging cheap, small enough to balance the threads. */
const BATCH_SIZE = 16;

/**
 * Worker threads that check files. They start (and load the built-in catalogues, about half a second)
 * as soon as the pool is made, so that this overlaps with finding the files on the main thread.
 */
export class CheckPool {
  private readonly workers: Worker[];
  /** The first error of a worker, even one that came before `check` was called. */
  private failure: Error | undefined;
  private onFailure: ((e: Error) => void) | undefined;

  private constructor(threads: number, workerScript: string) {
    const init: WorkerInit = { mark: WORKER_MARK };
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(workerScript, { workerData: init });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a check worker exited with code ${code}`));
      });
      return worker;
    });
  }

  static start(threads: number, workerScript: string): CheckPool {
    return new CheckPool(threads, workerScript);
  }

  /** Checks the jobs (batches go to whichever thread is free); results come back in the order of `jobs`. */
  check(
    jobs: readonly FileJob[],
    folders: readonly FolderSpec[],
    onProgress?: (done: number, bytes: number) => void,
    lang?: LanguageSetting,
  ): Promise<FileResult[]> {
    const results: FileResult[] = new Array<FileResult>(jobs.length);
    let next = 0;
    let done = 0;
    let bytes = 0;
    return new Promise<FileResult[]>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.onFailure = reject;
      const send = (worker: Worker) => {
        if (next >= jobs.length) return;
        const batch = next;
        next = Math.min(jobs.length, next + BATCH_SIZE);
        worker.postMessage({ kind: 'batch', batch, jobs: jobs.slice(batch, next) } satisfies WorkerRequest);
      };
      if (jobs.length === 0) return resolve(results);
      for (const worker of this.workers) {
        worker.postMessage({ kind: 'folders', folders, lang } satisfies WorkerRequest);
        worker.on('message', (reply: WorkerReply) => {
          reply.results.forEach((result, i) => {
            results[reply.batch + i] = result;
            bytes += result.bytes;
          });
          done += reply.results.length;
          onProgress?.(done, bytes);
          if (done === jobs.length) resolve(results);
          else send(worker);
        });
        send(worker);
      }
    });
  }

  /** Stops every worker (also the ones that never got work). */
  async close(): Promise<void> {
    this.onFailure = undefined;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.onFailure?.(e);
  }
}

/** Checks the jobs on this thread: for small runs, or when there is one core. */
export function checkHere(
  jobs: readonly FileJob[],
  folders: readonly FolderSpec[],
  onProgress?: (done: number, bytes: number) => void,
  lang?: LanguageSetting,
): FileResult[] {
  const checker = new FileChecker(folders, undefined, lang);
  let bytes = 0;
  return jobs.map((job, i) => {
    const result = checker.check(job);
    bytes += result.bytes;
    onProgress?.(i + 1, bytes);
    return result;
  });
}
