/** What the analysis found at one place in a document. Positions are LSP line/character (UTF-16). */
export interface Finding {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly kind: FindingKind;
  /** The code as written: decimal digits, or a string literal's content. */
  readonly text: string;
  /** For diagnostics: the codes it was probably meant to be, best first. */
  readonly suggestions?: readonly string[];
  /** For undocumented codes: the provider whose code shape it has. */
  readonly providerId?: string;
  /** Server messages and SDK constants: the code they stand for. */
  readonly codeKey?: string;
}

export type FindingKind =
  /** A known code: numeric or exact string code. */
  | 'code'
  /** A server `desc` message of a known code, e.g. "CurTime is expired". */
  | 'server-message'
  /** An SDK constant such as `ZIMErrorCode.NetworkModuleTokenExpired`. */
  | 'constant'
  /** A string that is almost a string code (`Error_Timout`). */
  | 'unknown-string-code'
  /** A number in a code context one edit away from a known long code. */
  | 'near-miss-code'
  /** A number in a code context with a provider's code shape that its catalogue lacks. */
  | 'undocumented-code';

/**
 * A finding as its analysis keeps it: the one field that changes is `line`, renumbered in place
 * when lines are added or removed above it (copying every finding below an inserted line would make
 * each edit cost the size of the file: `npm run bench`, rows "incremental (service) | 10 MB").
 * Readers get it as a Finding.
 */
export interface StoredFinding extends Finding {
  line: number;
}

/** Finding kinds that are recognised codes (hover, inlay hints, definition). */
export const isRecognised = (f: Finding): boolean =>
  f.kind === 'code' || f.kind === 'server-message' || f.kind === 'constant';

/**
 * Makes a finding with every property present, in one order: all findings share one
 * object shape, which keeps the loops over them monomorphic (`npm run bench`, "analysis" rows).
 */
export function finding(
  line: number,
  start: number,
  end: number,
  kind: FindingKind,
  text: string,
  suggestions?: readonly string[],
  providerId?: string,
  codeKey?: string,
): StoredFinding {
  return { line, start, end, kind, text, suggestions, providerId, codeKey };
}
