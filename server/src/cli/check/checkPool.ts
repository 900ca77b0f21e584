import { Worker } from 'node:worker_threads';
import type { FolderSpec } from '../config/workspace';
import { FileChecker, type FileJob } from './fileChecker';
import { WORKER_MARK, type WorkerInit, type WorkerReply, type WorkerRequest } from './checkWorker';
import type { FileResult } from './problem';

/** Fewer files than this are checked on the main thread: starting workers would cost more. */
const MIN_FILES_FOR_WORKERS = 64;
/** Files per message: large enough to keep messaging cheap, small enough to balance the threads. */
const BATCH_SIZE = 16;

export interface PoolOptions {
  readonly threads: number;
  /** The script that runs as a worker (the CLI bundle itself). */
  readonly workerScript: string;
  readonly onProgress?: (done: number, bytes: number) => void;
}

/**
 * Checks the files on `threads` worker threads (batches go to whichever thread is free), or
 * on this thread for small runs. Results come back in the order of `jobs`.
 */
export async function checkFiles(
  jobs: readonly FileJob[],
  folders: readonly FolderSpec[],
  options: PoolOptions,
): Promise<FileResult[]> {
  const threads = Math.min(options.threads, Math.ceil(jobs.length / BATCH_SIZE));
  if (threads <= 1 || jobs.length < MIN_FILES_FOR_WORKERS) return checkHere(jobs, folders, options);
  const results: FileResult[] = new Array<FileResult>(jobs.length);
  let next = 0;
  let done = 0;
  let bytes = 0;
  const init: WorkerInit = { mark: WORKER_MARK, folders };
  const runThread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(options.workerScript, { workerData: init });
      const send = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch = next;
        next = Math.min(jobs.length, next + BATCH_SIZE);
        worker.postMessage({ batch, jobs: jobs.slice(batch, next) } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        reply.results.forEach((result, i) => {
          results[reply.batch + i] = result;
          bytes += result.bytes;
        });
        done += reply.results.length;
        options.onProgress?.(done, bytes);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0 && next < jobs.length) reject(new Error(`a check worker exited with code ${code}`));
      });
      send();
    });
  await Promise.all(Array.from({ length: threads }, runThread));
  return results;
}

function checkHere(jobs: readonly FileJob[], folders: readonly FolderSpec[], options: PoolOptions): FileResult[] {
  const checker = new FileChecker(folders);
  let bytes = 0;
  return jobs.map((job, i) => {
    const result = checker.check(job);
    bytes += result.bytes;
    options.onProgress?.(i + 1, bytes);
    return result;
  });
}
