/** Words that every code name has or that say nothing about what went wrong. */
const GENERIC_WORDS = new Set([
  'error',
  'err',
  'errors',
  'code',
  'codes',
  'module',
  'zim',
  'nim',
  'res',
  'k',
  'v2nim',
  'server',
  'client',
  'request',
  'common',
  'the',
  'is',
  'not',
  'of',
  'in',
  'to',
  'has',
  'have',
]);

/**
 * The significant words of a constant or entry name, lower case: `NetworkModuleTokenExpired` →
 * token, expired; `PARAMETER_ERROR` → parameter; `kNIMResTimeoutError` → timeout.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
}
