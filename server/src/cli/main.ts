import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import manifest from '../../../package.json';
import { parseCommandLine, UsageError, type CliOptions } from './args';
import { annotate } from './annotate/annotateCommand';
import { check } from './check/checkCommand';
import { isCheckWorker, runCheckWorker } from './check/checkWorker';
import { FileChecker } from './check/fileChecker';
import { configProblemLine, displayPath } from './report/checkReport';
import { Workspace } from './config/workspace';
import { explain } from './explain/explainCommand';
import { USAGE } from './help';
import { mergeSarif } from './report/mergeSarif';
import { stylesFor } from './terminal';

const VERSION: string = manifest.version;
const HOMEPAGE = (manifest as { homepage?: string }).homepage;

/** Runs one command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
    return await run(options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`status-codes: ${e.message}\nRun 'status-codes --help' for usage.\n`);
    return 2;
  }
}

async function run(options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  switch (options.command) {
    case 'help':
      process.stdout.write(`${USAGE[options.topic ?? 'main'] ?? USAGE.main}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'check':
      return check(options, {
        cwd,
        stdout: process.stdout,
        stderr: process.stderr,
        workerScript: __filename,
        tool: { version: VERSION, helpBase: HOMEPAGE && `${HOMEPAGE.replace(/\/$/, '')}/docs/diagnostics.md` },
      });
    case 'merge-sarif': {
      const texts = options.inputs.map((name) => ({ name, text: readInput(name) }));
      const merged = mergeSarif(texts);
      if (options.output) fs.writeFileSync(options.output, merged);
      else process.stdout.write(merged);
      return 0;
    }
    case 'explain':
    case 'annotate': {
      // The catalogues that apply in the working directory: its folder's settings and user catalogues.
      const workspace = new Workspace(cwd);
      const folder = workspace.folderFor(cwd, true);
      if (workspace.problems.length) {
        for (const p of workspace.problems) process.stderr.write(`${configProblemLine(p, displayPath(cwd, p.file))}\n`);
        return 2;
      }
      const checker = new FileChecker([folder], undefined, options.lang);
      const index = checker.indexOf(0);
      const locale = checker.localeOf(0);
      if (options.command === 'explain') {
        const outcome = explain(index, options, stylesFor(process.stdout), locale);
        process.stdout.write(outcome.stdout);
        process.stderr.write(outcome.stderr);
        return outcome.exitCode;
      }
      for (const input of options.inputs)
        if (input !== '-' && !fs.existsSync(input)) throw new UsageError(`No such file: ${input}`);
      await annotate(options.inputs, checker.service, index, stylesFor(process.stdout), process.stdout, locale);
      return 0;
    }
  }
}

function readInput(name: string): string {
  try {
    return fs.readFileSync(path.resolve(name), 'utf8');
  } catch (e) {
    throw new UsageError(`${name}: ${(e as Error).message}`);
  }
}

if (!isMainThread && isCheckWorker(workerData)) runCheckWorker();
else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`status-codes: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
