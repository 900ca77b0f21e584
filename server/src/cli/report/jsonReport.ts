import { displayPath, type CheckReport } from './checkReport';

/** The machine-readable report: 1-based lines and columns, like the text output. */
export function jsonReport(report: CheckReport, version: string): string {
  const files = report.results.map((r) => ({ ...r, path: displayPath(report.root, r.path) }));
  return `${JSON.stringify(
    {
      tool: { name: 'status-codes', version },
      ...(report.shard ? { shard: report.shard } : {}),
      filesChecked: files.length,
      problems: files.flatMap((f) =>
        f.problems.map((p) => ({
          file: f.path,
          line: p.line + 1,
          column: p.character + 1,
          endLine: p.endLine + 1,
          endColumn: p.endCharacter + 1,
          severity: p.severity,
          rule: p.rule,
          message: p.message,
          ...(p.text !== undefined ? { text: p.text } : {}),
          ...(p.suggestions ? { suggestions: p.suggestions } : {}),
          ...(p.docs ? { docs: p.docs } : {}),
        })),
      ),
      skipped: files.flatMap((f) => (f.skipped ? [{ file: f.path, ...f.skipped }] : [])),
      truncated: files.filter((f) => f.truncated).map((f) => f.path),
    },
    null,
    2,
  )}\n`;
}
