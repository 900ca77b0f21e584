import * as path from 'node:path';
import type { ConfigProblem } from '../config/configProblem';
import type { FileResult } from '../check/problem';

/** Everything a `check` run produced, for any output format. */
export interface CheckReport {
  /** Paths in results are made relative to this directory (the working directory). */
  readonly root: string;
  readonly results: readonly FileResult[];
  readonly shard?: { readonly index: number; readonly count: number };
}

/** A path as shown to the user and in SARIF: relative to the root, with forward slashes. */
export function displayPath(root: string, file: string): string {
  const r = path.relative(root, file).split(path.sep).join('/');
  return r === '' ? '.' : r;
}

/** `file:line:col error rule message`, the line shape of every problem the CLI prints. */
export function problemLine(
  file: string,
  line: number,
  column: number,
  severity: string,
  rule: string,
  message: string,
) {
  return `${file}:${line}:${column} ${severity} ${rule} ${message}`;
}

export const configProblemLine = (p: ConfigProblem, file: string): string =>
  problemLine(file, p.line, p.column, 'error', 'configuration', p.message);
