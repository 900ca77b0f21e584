import { parentPort } from 'node:worker_threads';
import type { FolderSpec } from '../config/workspace';
import { FileChecker, loadCheckerBase, type FileJob } from './fileChecker';
import type { FileResult } from './problem';
import type { LanguageSetting } from '../../service/l10n/locale';

/**
 * What the pool sends a worker: the folders once (their settings and user catalogues), then batches of jobs;
 * the worker answers each batch with its results in order.
 */
export type WorkerRequest =
  | { readonly kind: 'folders'; readonly folders: readonly FolderSpec[]; readonly lang?: LanguageSetting }
  | { readonly kind: 'batch'; readonly batch: number; readonly jobs: readonly FileJob[] };
export interface WorkerReply {
  readonly batch: number;
  readonly results: readonly FileResult[];
}

/** Marks the worker threads of the CLI's own bundle (dist/cli.js starts itself as the worker). */
export const WORKER_MARK = 'status-codes-check-worker';

export interface WorkerInit {
  readonly mark: typeof WORKER_MARK;
}

export const isCheckWorker = (data: unknown): data is WorkerInit =>
  (data as Partial<WorkerInit> | null)?.mark === WORKER_MARK;

/**
 * The body of a worker thread: loads the built-in catalogues at once (the pool starts workers before the
 * files are found), makes its checker when the folders come, then answers batches.
 */
export function runCheckWorker(): void {
  const base = loadCheckerBase();
  let checker: FileChecker | undefined;
  parentPort!.on('message', (request: WorkerRequest) => {
    if (request.kind === 'folders') {
      checker = new FileChecker(request.folders, base, request.lang);
      return;
    }
    const results = request.jobs.map((job) => checker!.check(job));
    parentPort!.postMessage({ batch: request.batch, results } satisfies WorkerReply);
  });
}
