/** The character codes the scanner compares against, by name. */
export const enum CharCode {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  Apostrophe = 39,
  CloseParen = 41,
  Star = 42,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  At = 64,
  UpperA = 65,
  UpperZ = 90,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Underscore = 95,
  Backtick = 96,
  LowerA = 97,
  LowerB = 98,
  LowerF = 102,
  LowerR = 114,
  LowerU = 117,
  LowerZ = 122,
  CloseBrace = 125,
  /** Characters above this are not ASCII; the scanner reads them as parts of names. */
  LastAscii = 127,
}

export const isDigit = (c: number): boolean => c >= CharCode.Digit0 && c <= CharCode.Digit9;
export const isIdentStart = (c: number): boolean =>
  (c >= CharCode.UpperA && c <= CharCode.UpperZ) ||
  (c >= CharCode.LowerA && c <= CharCode.LowerZ) ||
  c === CharCode.Underscore ||
  c === CharCode.Dollar ||
  c > CharCode.LastAscii;
export const isIdentPart = (c: number): boolean => isIdentStart(c) || isDigit(c);

/** Character classes of ASCII, for the hot loop: everything above 127 lexes as a name. */
export const enum CharClass {
  Other = 0,
  Space = 1,
  Digit = 2,
  Name = 3,
}

/**
 * The class of each ASCII character. One table lookup instead of range tests per character
 * (`npm run bench`, "Full analysis": the lexer is most of the scan).
 */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++)
    table[c] = isDigit(c) ? CharClass.Digit : isIdentStart(c) ? CharClass.Name : CharClass.Other;
  table[CharCode.Space] = table[CharCode.Tab] = table[CharCode.CarriageReturn] = CharClass.Space;
  return table;
})();
