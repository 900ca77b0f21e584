/**
 * Punctuation as small integers, so context rules compare numbers, not text. A single
 * ASCII character is its own code; the multi-character operators the rules look at
 * follow from 128, in the order of MULTI_CHARACTER_OPERATORS. Anything else is None.
 */
export const enum Op {
  None = 0,
  Bang = 33,
  Percent = 37,
  Amp = 38,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Colon = 58,
  Semicolon = 59,
  Less = 60,
  Assign = 61,
  Greater = 62,
  Question = 63,
  At = 64,
  OpenBracket = 91,
  CloseBracket = 93,
  Caret = 94,
  OpenBrace = 123,
  Pipe = 124,
  CloseBrace = 125,
  StrictEqual = 128,
  StrictNotEqual,
  Equal,
  NotEqual,
  Arrow,
  FatArrow,
  OptionalDot,
  ColonColon,
  ColonAssign,
  LessEqual,
  GreaterEqual,
  AndAnd,
  OrOr,
  Nullish,
  BangBang,
  ShiftLeft,
  ShiftRight,
  DotDot,
}

/** The multi-character operators the lexer keeps whole; everything else is one character. */
export const MULTI_CHARACTER_OPERATORS: readonly string[] = [
  '===',
  '!==',
  '==',
  '!=',
  '->',
  '=>',
  '?.',
  '::',
  ':=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '!!',
  '<<',
  '>>',
  '..',
];

/** A set of operators as a lookup table. */
export function operatorSet(...ops: readonly Op[]): Uint8Array {
  const table = new Uint8Array(256);
  for (const op of ops) table[op] = 1;
  return table;
}
