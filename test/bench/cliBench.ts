// The command line against its baselines, on a large real tree: the JavaScript and TypeScript
// files of the project's own node_modules. `rg -o '[0-9]+'` is the floor (every number matched,
// nothing understood); cspell is the tool the issue compares with.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/service';
import { median, now, type Report } from './measure';

const MB = 1 << 20;
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/** The tree: all of node_modules, or one package of it for `--quick`. */
function tree(quick: boolean): string {
  return quick ? 'node_modules/eslint' : 'node_modules';
}

/** The files `status-codes check 'TREE/**\/*.{js,ts}'` and `rg -g` both see: no dot directories or files. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && /\.(js|ts)$/.test(entry.name)) out.push(file);
    }
  };
  walk(root);
  return out;
}

function timeCommand(runs: number, command: string, args: readonly string[]): { ms: number; status: number | null } {
  const times: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const run = spawnSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MB });
    times.push(now() - t0);
    status = run.status;
    if (run.error) throw run.error;
  }
  return { ms: median(times), status };
}

const rate = (files: number, bytes: number, ms: number) =>
  `${Math.round(files / (ms / 1000))} files/s, ${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;

export function cliBench(quick: boolean, report: Report): void {
  console.log(`Command line: status-codes check on the .js/.ts files of ${tree(quick)}`);
  const root = path.join(REPO_ROOT, tree(quick));
  const files = listFiles(root);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const glob = `${tree(quick)}/**/*.{js,ts}`;
  const runs = quick ? 1 : 3;
  const threads = os.availableParallelism();
  const out = path.join(os.tmpdir(), `status-codes-bench-check-${process.pid}.json`);
  const args = [CLI, 'check', '--no-ignore', '--fail-on', 'none', '-f', 'json', '-o', out, glob];
  const ours = timeCommand(runs, process.execPath, args);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { problems: unknown[]; skipped: { file: string }[] };
  fs.rmSync(out, { force: true });
  const skippedBytes = result.skipped.reduce((n, s) => n + fs.statSync(path.join(REPO_ROOT, s.file)).size, 0);
  report({
    section: 'cli',
    measure: `check ${files.length} files, ${(bytes / MB).toFixed(0)} MB (${threads} threads)`,
    value: `${(ours.ms / 1000).toFixed(2)} s: ${rate(files.length, bytes, ours.ms)}`,
    baseline:
      `${result.skipped.length} files (${(skippedBytes / MB).toFixed(1)} MB) skipped as minified or too large, ` +
      `${result.problems.length} problems`,
  });
  const rg = spawnSync('rg', ['--version']).error
    ? undefined
    : timeCommand(runs, 'rg', ['-o', '--no-ignore', '-g', '*.js', '-g', '*.ts', '[0-9]+', tree(quick)]);
  if (rg)
    report({
      section: 'cli',
      measure: "check vs `rg -o '[0-9]+'` on the same files",
      value: `${(ours.ms / rg.ms).toFixed(1)}x rg's time`,
      baseline: `rg ${(rg.ms / 1000).toFixed(2)} s: ${rate(files.length, bytes, rg.ms)}`,
      target: 'within 10x',
      met: ours.ms <= 10 * rg.ms,
    });
  else report({ section: 'cli', measure: 'rg baseline', value: 'not available (apt-get install ripgrep)' });
  cspellRow(files, ours.ms / bytes, quick, report);
}

/**
 * cspell takes minutes on the whole tree, so it runs on a deterministic sample (every k-th file
 * in path order, about 200 files) and rates are compared: milliseconds per byte, ours on the whole tree.
 */
function cspellRow(files: readonly string[], oursMsPerByte: number, quick: boolean, report: Report): void {
  const cspell = path.join(REPO_ROOT, 'node_modules', '.bin', 'cspell');
  if (!fs.existsSync(cspell)) {
    report({ section: 'cli', measure: 'cspell baseline', value: 'not available (npm ci)' });
    return;
  }
  const sorted = [...files].sort();
  const step = Math.max(1, Math.round(sorted.length / (quick ? 30 : 200)));
  const sample = sorted.filter((_, i) => i % step === 0);
  const sampleBytes = sample.reduce((n, f) => n + fs.statSync(f).size, 0);
  const list = path.join(os.tmpdir(), `status-codes-bench-cspell-${process.pid}.txt`);
  fs.writeFileSync(list, sample.join('\n'));
  try {
    const args = ['lint', '--no-progress', '--no-summary', '--no-must-find-files', '--file-list', list];
    const theirs = timeCommand(1, cspell, args);
    const theirsMsPerByte = theirs.ms / sampleBytes;
    report({
      section: 'cli',
      measure: `check vs cspell (cspell on every ${step}th file: ${sample.length} files, ${(sampleBytes / MB).toFixed(1)} MB)`,
      value: `${(theirsMsPerByte / oursMsPerByte).toFixed(0)}x faster per MB`,
      baseline: `cspell ${(theirs.ms / 1000).toFixed(1)} s: ${rate(sample.length, sampleBytes, theirs.ms)}`,
      target: 'at least 30x faster',
      met: theirsMsPerByte >= 30 * oursMsPerByte,
    });
  } finally {
    fs.rmSync(list, { force: true });
  }
}
