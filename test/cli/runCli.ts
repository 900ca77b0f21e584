import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/service';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'cli');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI (`npm run build` first) as a user would: a child process, no TTY. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    // English unless a test asks for another language: the machine's own LANG must not change the output.
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      LANG: 'C.UTF-8',
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A fresh copy of a fixture tree in a temporary directory (tests never touch the repository);
 * `gitignore` files become `.gitignore` (a real one in the fixture would keep git from storing it).
 */
export function copyFixture(name: string): { dir: string; dispose: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `status-codes-cli-${name}-`)));
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    if (path.basename(file) === 'gitignore')
      fs.renameSync(path.join(dir, file), path.join(dir, path.dirname(file), '.gitignore'));
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** `git` in a directory, failing the test on error. */
export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}
