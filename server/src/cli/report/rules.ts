import type { DiagnosticKind } from '../../service/settings/settings';

/**
 * What each diagnostic code means, for SARIF rule metadata (GitHub code scanning shows
 * `help` beside every alert). docs/diagnostics.md says the same at more length.
 */
export const RULES: Readonly<
  Record<DiagnosticKind, { readonly name: string; readonly short: string; readonly help: string }>
> = {
  'unknown-string-code': {
    name: 'UnknownStringCode',
    short: 'A string that is almost a known string code',
    help:
      'A string literal one or two edits away from a string code of an enabled catalogue (for example ' +
      "`'Error_Timout'` for `'Error_Timeout'`): a comparison with it never matches what the SDK returns. " +
      'Fix the spelling (the message names the likeliest code), or add the string to `statusCodes.ignore`.',
  },
  'near-miss-code': {
    name: 'NearMissCode',
    short: 'A number in a code context one edit away from a known code',
    help:
      'A number compared with or switched on as a status code that is not in any enabled catalogue but is one ' +
      'edit (a digit dropped, added, changed or swapped) away from a known long code, such as `66030001` for ' +
      '`660300001`. Fix the number, or add it to `statusCodes.ignore` if it is meant.',
  },
  'undocumented-code': {
    name: 'UndocumentedCode',
    short: "A number with a provider's code shape that its catalogue lacks",
    help:
      "A number in a code context that has the shape of a provider's codes (its `shapes` in the catalogue) but " +
      'is not listed. The catalogue may be older than the service, or the code may be wrong. Reported as ' +
      'information by default; add the code to a catalogue of your own to document it.',
  },
};
