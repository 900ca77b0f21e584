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
import { checkFiles } from './checkPool';
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
  let files = findFiles(options.patterns, { cwd: env.cwd, ignoreFiles: options.ignoreFiles });
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
  const progress = new Progress(env.stderr, jobs.length);
  let results: FileResult[];
  try {
    results = await checkFiles(jobs, workspace.all, {
      threads: options.jobs ?? os.availableParallelism(),
      workerScript: env.workerScript,
      onProgress: (done, bytes) => progress.update(done, bytes),
    });
  } finally {
    progress.end();
  }
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
