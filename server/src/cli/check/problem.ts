import type { SeverityName } from '../../service/settings/settings';

export type Severity = Exclude<SeverityName, 'off'>;

/** One finding of `check`, with an LSP-style (0-based, UTF-16) range. */
export interface Problem {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly severity: Severity;
  /** The diagnostic code, e.g. `unknown-string-code`: the SARIF rule id. */
  readonly rule: string;
  readonly message: string;
  /** The code as written, and what it probably should be. */
  readonly text?: string;
  readonly suggestions?: readonly string[];
  /** The vendor documentation of the likeliest code (the first suggestion), when its entry names a web page. */
  readonly docs?: string;
}

/** The outcome for one file. */
export interface FileResult {
  readonly path: string;
  readonly problems: readonly Problem[];
  /** Why the file was not analysed (too large, minified, binary), as the editor would say it. */
  readonly skipped?: { readonly reason: string; readonly message: string };
  /** Problems beyond statusCodes.diagnostics.maxProblems were left out. */
  readonly truncated?: boolean;
  readonly bytes: number;
}

/** Most severe first; `--fail-on` compares against this order. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
