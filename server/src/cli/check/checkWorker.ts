import { parentPort, workerData } from 'node:worker_threads';
import type { FolderSpec } from '../config/workspace';
import { FileChecker, type FileJob } from './fileChecker';
import type { FileResult } from './problem';

/** What the pool sends a worker: a batch of jobs; the worker answers with their results in order. */
export interface WorkerRequest {
  readonly batch: number;
  readonly jobs: readonly FileJob[];
}
export interface WorkerReply {
  readonly batch: number;
  readonly results: readonly FileResult[];
}

/** Marks the worker threads of the CLI's own bundle (dist/cli.js starts itself as the worker). */
export const WORKER_MARK = 'status-codes-check-worker';

export interface WorkerInit {
  readonly mark: typeof WORKER_MARK;
  readonly folders: readonly FolderSpec[];
}

export const isCheckWorker = (data: unknown): data is WorkerInit =>
  (data as Partial<WorkerInit> | null)?.mark === WORKER_MARK;

/** The body of a worker thread: one checker, batches in, results out. */
export function runCheckWorker(): void {
  const init = workerData as WorkerInit;
  const checker = new FileChecker(init.folders);
  parentPort!.on('message', (request: WorkerRequest) => {
    const reply: WorkerReply = { batch: request.batch, results: request.jobs.map((job) => checker.check(job)) };
    parentPort!.postMessage(reply);
  });
}
