import { SEVERITY_ORDER, type Severity } from '../check/problem';
import { displayPath, problemLine, type CheckReport } from './checkReport';

/**
 * One line per problem, `file:line:col severity rule message` (1-based; columns in UTF-16
 * code units, as VS Code's problem matchers count them), so terminals and editors link them.
 */
export function textReport(report: CheckReport, verbose: boolean): string {
  const lines: string[] = [];
  for (const result of report.results) {
    const file = displayPath(report.root, result.path);
    for (const p of result.problems)
      lines.push(problemLine(file, p.line + 1, p.character + 1, p.severity, p.rule, p.message));
    if (verbose && result.skipped) lines.push(`${file}: skipped: ${result.skipped.message}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The closing line on stderr: how many problems of each severity in how many files. */
export function summaryLine(report: CheckReport): string {
  const counts = new Map<Severity, number>();
  let withProblems = 0;
  let skipped = 0;
  for (const result of report.results) {
    if (result.problems.length) withProblems++;
    if (result.skipped) skipped++;
    for (const p of result.problems) counts.set(p.severity, (counts.get(p.severity) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const bySeverity = SEVERITY_ORDER.filter((s) => counts.has(s)).map((s) => plural(counts.get(s)!, s));
  const files = `${report.results.length} file${report.results.length === 1 ? '' : 's'}`;
  const shard = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : '';
  const skippedNote = skipped ? `; ${skipped} skipped (too large, minified or binary; --verbose lists them)` : '';
  if (total === 0) return `No problems in ${files}${shard}${skippedNote}.`;
  return `${total} problem${total === 1 ? '' : 's'} (${bySeverity.join(', ')}) in ${withProblems} of ${files}${shard}${skippedNote}.`;
}

/** `1 error`, `2 errors`; "information" has no plural. */
const plural = (n: number, severity: Severity): string =>
  `${n} ${severity}${n === 1 || severity === 'information' ? '' : 's'}`;
