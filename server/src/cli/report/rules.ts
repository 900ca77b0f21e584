import { DEFAULT_SETTINGS, type DiagnosticKind } from '../../service/settings/settings';

/** The SARIF metadata of one diagnostic code. */
export interface RuleHelp {
  readonly name: string;
  readonly short: string;
  /** Plain text: what the finding means and what to do (SARIF `help.text`, `fullDescription`). */
  readonly text: string;
  /** The same with an example and the settings that change it (SARIF `help.markdown`, shown by GitHub). */
  readonly markdown: string;
}

const SEVERITY_SETTING = (id: DiagnosticKind) =>
  `Default severity: ${DEFAULT_SETTINGS.diagnostics.severity[id]}; change it with \`"statusCodes.diagnostics.severity": { "${id}": "error" }\` ` +
  '(`error`, `warning`, `information`, `hint` or `off`) in `.vscode/settings.json`.';

/**
 * What each diagnostic code means, for SARIF rule metadata (GitHub code scanning shows
 * `help` beside every alert). docs/diagnostics.md says the same at more length. We have no
 * public home page, so rules carry their help inline rather than a `helpUri`.
 */
export const RULES: Readonly<Record<DiagnosticKind, RuleHelp>> = {
  'unknown-string-code': {
    name: 'UnknownStringCode',
    short: 'A string that is almost a known string code',
    text:
      "A string literal one or two edits away from a string code of an enabled catalogue (for example 'Error_Timout' " +
      "for 'Error_Timeout'): a comparison with it never matches what the SDK returns. Fix the spelling (the message " +
      'names the likeliest code), or add the string to statusCodes.ignore.',
    markdown: [
      'A string literal one or two edits away from a string code of an enabled catalogue: a comparison with it ' +
        'never matches what the SDK returns.',
      "```ts\nif (err.code === 'Error_Timout') retry(); // never true: the SDK says 'Error_Timeout'\n```",
      '**Fix** the spelling: the message names the likeliest code (in VS Code a quick fix offers each). If the ' +
        'string is meant, add it to `"statusCodes.ignore"` in `.vscode/settings.json`.',
      SEVERITY_SETTING('unknown-string-code'),
    ].join('\n\n'),
  },
  'near-miss-code': {
    name: 'NearMissCode',
    short: 'A number in a code context one edit away from a known code',
    text:
      'A number compared with or switched on as a status code that is not in any enabled catalogue but is one edit ' +
      '(a digit dropped, added, changed or swapped) away from a known long code, such as 66030001 for 660300001. ' +
      'Fix the number, or add it to statusCodes.ignore if it is meant.',
    markdown: [
      'A number compared with or switched on as a status code that is in no enabled catalogue but is one edit ' +
        '(a digit dropped, added, changed or swapped) away from a known code of five or more digits.',
      '```ts\nif (err.code === 66030001) showRoomGone(); // one 0 short of 660300001 (the room does not exist)\n```',
      '**Fix** the number: the message names the likeliest code and its meaning. If the number is meant, add it ' +
        'to `"statusCodes.ignore"` in `.vscode/settings.json`.',
      SEVERITY_SETTING('near-miss-code'),
    ].join('\n\n'),
  },
  'undocumented-code': {
    name: 'UndocumentedCode',
    short: "A number with a provider's code shape that its catalogue lacks",
    text:
      "A number in a code context that has the shape of a provider's codes (its shapes in the catalogue) but is not " +
      'listed. The catalogue may be older than the service, or the code may be wrong. Add the code to a catalogue ' +
      'of your own to document it.',
    markdown: [
      "A number in a code context with the shape of a provider's codes (the `shapes` of its catalogue) that the " +
        'catalogue does not list. The catalogue may be older than the service, or the code may be wrong.',
      '```ts\nif (err.code === 660300099) ... // shaped like a ZIM server code, but not one ZIM documents\n```',
      '**Check** the number against the vendor documentation. To document a code of your own, add it to a ' +
        'catalogue file (`*.codes.json`) listed in `"statusCodes.catalogues"`.',
      SEVERITY_SETTING('undocumented-code'),
    ].join('\n\n'),
  },
};
