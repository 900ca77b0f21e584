import * as fs from 'node:fs';
import * as os from 'node:os';
import type { CheckOptions } from '../args';
import { configProblemLine, displayPath, type CheckReport } from '../report/checkReport';
import { jsonReport } from '../report/jsonReport';
import { sarifReport, type SarifTool } from '../report/sarifReport';
import { summaryLine, textReport } from '../report/textReport';
import { Workspace } from '../config/workspace';
import { changedFiles } from '../discover/changedFiles';
import { findFiles } from '../discover/findFiles';
import { inShard } from '../discover/shard';
import { CheckPool, checkHere, MIN_FILES_FOR_WORKERS } from './checkPool';
import type { FileJob } from './fileChecker';
import { SEVERITY_ORDER, type FileResult } from './problem';
import { Progress } from './progress';

export interface CheckEnvironment {
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly workerScript: string;
  readonly tool: SarifTool;
}

/** Exit codes: 0 clean, 1 problems at or above --fail-on, 2 usage or configuration error. */
export async function check(options: CheckOptions, env: CheckEnvironment): Promise<number> {
  const threads = options.jobs ?? os.availableParallelism();
  let pool: CheckPool | undefined;
  // Once the files found are many, workers start and load the catalogues while the rest are found.
  const onFound = (count: number) => {
    if (count === MIN_FILES_FOR_WORKERS && threads > 1 && options.changed === undefined)
      pool = CheckPool.start(threads, env.workerScript);
  };
  try {
    let files = findFiles(options.patterns, { cwd: env.cwd, ignoreFiles: options.ignoreFiles, onFound });
    if (options.changed !== undefined) {
      const changed = changedFiles(env.cwd, options.changed);
      files = files.filter((f) => changed.has(f.path));
    }
    if (options.shard) {
      const { index, count } = options.shard;
      files = files.filter((f) => inShard(displayPath(env.cwd, f.path), index, count));
    }
    const workspace = new Workspace(env.cwd);
    const jobs: FileJob[] = files.map((f) => {
      const folder = workspace.folderFor(f.path);
      return { path: f.path, languageId: f.languageId, folder: workspace.all.indexOf(folder) };
    });
    if (workspace.problems.length) {
      for (const p of workspace.problems) env.stderr.write(`${configProblemLine(p, displayPath(env.cwd, p.file))}\n`);
      env.stderr.write(`status-codes: configuration errors; fix them and run again.\n`);
      return 2;
    }
    if (pool && jobs.length < MIN_FILES_FOR_WORKERS) {
      await pool.close();
      pool = undefined;
    } else if (!pool && threads > 1 && jobs.length >= MIN_FILES_FOR_WORKERS) {
      pool = CheckPool.start(threads, env.workerScript); // many files named one by one (a hook's list)
    }
    const progress = new Progress(env.stderr, jobs.length);
    let results: FileResult[];
    try {
      const onProgress = (done: number, bytes: number) => progress.update(done, bytes);
      results = pool
        ? await pool.check(jobs, workspace.all, onProgress, options.lang)
        : checkHere(jobs, workspace.all, onProgress, options.lang);
    } finally {
      progress.end();
    }
    return writeReport(results, options, env);
  } finally {
    await pool?.close();
  }
}

/** Writes the report in the chosen format; the exit code follows --fail-on. */
function writeReport(results: FileResult[], options: CheckOptions, env: CheckEnvironment): number {
  const report: CheckReport = { root: env.cwd, results, shard: options.shard };
  const output =
    options.format === 'json'
      ? jsonReport(report, env.tool.version)
      : options.format === 'sarif'
        ? sarifReport(report, env.tool)
        : textReport(report, options.verbose);
  if (options.output !== undefined) fs.writeFileSync(options.output, output);
  else env.stdout.write(output);
  if (options.format === 'text' || options.output !== undefined) env.stderr.write(`${summaryLine(report)}\n`);
  return failed(results, options.failOn) ? 1 : 0;
}

function failed(results: readonly FileResult[], failOn: CheckOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  const threshold = SEVERITY_ORDER.indexOf(failOn);
  return results.some((r) => r.problems.some((p) => SEVERITY_ORDER.indexOf(p.severity) <= threshold));
}
