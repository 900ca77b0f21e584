// Inputs that have made scanners and context rules slow (unterminated literals, deep brackets,
// endless code contexts): repeated to a size, they must cost about what plain source of that size does.
export const PATHOLOGICAL_UNITS: readonly string[] = [
  "'",
  '"',
  '`',
  '/*',
  '*/',
  '((((',
  '{{{{',
  '[[[[',
  '"\\\\"',
  '"\\',
  '"""',
  '${',
  '//',
  '0',
  '1234567890',
  '.5',
  'a',
  'case ',
  'code == ',
  '/*\n',
  '"\n',
  '`\n',
  '(\n',
  '{\n',
  'switch (code) {\n',
  'enum ErrorCode {\n',
  'code == 414\n',
  'x / ',
  "r'",
  '@"',
];

/** `unit` repeated to exactly `size` characters. */
export const fillWith = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The languages the pathological inputs are tried in: C-like, indentation, Kotlin's nesting, plain text. */
export const PATHOLOGICAL_LANGUAGES: readonly string[] = ['typescript', 'python', 'kotlin', 'plaintext'];
