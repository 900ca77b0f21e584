// Timing helpers shared by the benchmark's sections.
import * as fs from 'node:fs';

/** One line of the benchmark's table. */
export interface Row {
  readonly section: string;
  readonly measure: string;
  readonly value: string;
  readonly baseline?: string;
  readonly target?: string;
  readonly met?: boolean;
}
export type Report = (row: Row) => void;

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};
export const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0)} ms`;

/** VmHWM of a process (Linux), in kB. */
export function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Where codes are compared in a generated document: where hovers and completions are asked. */
export function codePositions(text: string, count: number): { line: number; character: number }[] {
  const all: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /=== (\d{5,})/.exec(line);
    if (m) all.push({ line: i, character: m.index + 5 });
  });
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}
