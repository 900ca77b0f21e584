import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from '../args';

/**
 * The files changed against a git ref, as absolute paths: committed since the merge base
 * of `ref` and HEAD, staged, unstaged and untracked (not ignored) files, deleted ones left
 * out. `HEAD` alone therefore means "my uncommitted work".
 */
export function changedFiles(cwd: string, ref: string): Set<string> {
  const root = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const base = git(cwd, ['merge-base', ref, 'HEAD']).trim();
  const changed = git(cwd, ['diff', '--name-only', '-z', '--diff-filter=d', base, '--']);
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/']);
  return new Set(
    `${changed}\0${untracked}`
      .split('\0')
      .filter((f) => f !== '')
      .map((f) => path.resolve(root, f)),
  );
}

function git(cwd: string, args: readonly string[]): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.error) throw new UsageError(`--changed needs git: ${run.error.message}`);
  if (run.status !== 0) throw new UsageError(`--changed: git ${args.join(' ')} failed: ${run.stderr.trim()}`);
  return run.stdout;
}
