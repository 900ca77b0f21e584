import type { LexicalSyntax } from './languages';
import { MULTI_CHARACTER_OPERATORS, Op } from './operators';
import { nameSlot, TokenBuffer, TokenKind } from './tokens';

/** What the lexer is inside of when a line ends: carried to the next line. */
export const enum LexMode {
  Code = 0,
  BlockComment = 1,
  String = 2,
}

export interface LexState {
  mode: LexMode;
  /** Nesting depth of block comments (nested-comment languages). */
  depth: number;
  /** The closing delimiter of the open multi-line string. */
  delimiter: string;
}

export const initialLexState = (): LexState => ({ mode: LexMode.Code, depth: 0, delimiter: '' });

export const sameLexState = (a: LexState, b: LexState): boolean =>
  a.mode === b.mode && a.depth === b.depth && a.delimiter === b.delimiter;

const SPACE = 32,
  TAB = 9,
  CR = 13,
  QUOTE = 34,
  APOS = 39,
  BACKTICK = 96,
  SLASH = 47,
  STAR = 42,
  HASH = 35,
  BACKSLASH = 92,
  DOT = 46,
  UNDERSCORE = 95,
  DOLLAR = 36,
  AT = 64,
  ZERO = 48,
  NINE = 57;

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isIdentStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UNDERSCORE || c === DOLLAR || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || isDigit(c);

/** Character classes of ASCII, for the hot loop: everything above 127 lexes as a name. */
const enum CharClass {
  Other = 0,
  Space = 1,
  Digit = 2,
  Name = 3,
}
const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++)
    table[c] = isDigit(c) ? CharClass.Digit : isIdentStart(c) ? CharClass.Name : CharClass.Other;
  table[SPACE] = table[TAB] = table[CR] = CharClass.Space;
  return table;
})();

/** Per-syntax tables: which ASCII characters open a quote, and which may open a comment. */
interface SyntaxTables {
  readonly quote: Uint8Array;
  readonly commentStart: Uint8Array;
  /** Python, Dart and Rust: a name may be the prefix of a string (`r"..."`, `f'...'`). */
  readonly stringPrefixes: boolean;
}
const tablesBySyntax = new WeakMap<LexicalSyntax, SyntaxTables>();
let lastSyntax: LexicalSyntax | undefined;
let lastTables: SyntaxTables | undefined;
function tablesFor(syntax: LexicalSyntax): SyntaxTables {
  // Line after line of one document asks for the same tables.
  if (syntax === lastSyntax) return lastTables!;
  let tables = tablesBySyntax.get(syntax);
  if (!tables) {
    const quote = new Uint8Array(128),
      commentStart = new Uint8Array(128);
    for (const q of syntax.quotes) quote[q.charCodeAt(0)] = 1;
    for (const marker of syntax.lineComments) commentStart[marker.charCodeAt(0)] = 1;
    if (syntax.blockComment) commentStart[syntax.blockComment[0].charCodeAt(0)] = 1;
    tables = {
      quote,
      commentStart,
      stringPrefixes: syntax.family === 'python' || syntax.family === 'dart' || syntax.family === 'rust',
    };
    tablesBySyntax.set(syntax, tables);
  }
  lastSyntax = syntax;
  lastTables = tables;
  return tables;
}

/**
 * Tokenizes one line (from `start` to `end`, excluding the line break) and updates `state`.
 * Comments produce no tokens; strings that do not close on the line close at its end
 * unless they are of a multi-line kind.
 */
export function lexLine(
  text: string,
  start: number,
  end: number,
  state: LexState,
  syntax: LexicalSyntax,
  out: TokenBuffer,
): void {
  let i = start;
  const lineFirst = out.length;
  out.source = text;
  if (state.mode === LexMode.BlockComment) {
    i = skipBlockComment(text, i, end, state, syntax);
  } else if (state.mode === LexMode.String) {
    i = continueString(text, i, end, state, out);
  }
  const tables = tablesFor(syntax);
  while (i < end) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CHAR_CLASS[c]! : CharClass.Name;
    if (cls === CharClass.Space) {
      // Runs of spaces (indentation) are skipped in one tight loop.
      i++;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      continue;
    }
    if (cls === CharClass.Name) {
      if (tables.stringPrefixes) {
        const stringStart = rawStringPrefix(text, i, end, syntax);
        if (stringStart > i) {
          i = lexString(text, i, stringStart, end, state, syntax, out);
          continue;
        }
      }
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d < 128 && CHAR_CLASS[d]! < CharClass.Digit) break;
        j++;
      }
      out.pushPlain(TokenKind.Identifier, i, j, Op.None);
      const filter = out.nameFilter;
      if (filter !== undefined && filter[nameSlot(j - i, c)] === 1) out.mark(out.length - 1);
      i = j;
      continue;
    }
    if (cls === CharClass.Digit) {
      i = lexNumber(text, i, end, out);
      continue;
    }
    if (c < 128 && tables.commentStart[c] === 1) {
      if (startsLineComment(text, i, end, c, syntax)) return;
      const block = syntax.blockComment;
      if (block && c === block[0].charCodeAt(0) && text.startsWith(block[0], i)) {
        state.mode = LexMode.BlockComment;
        state.depth = 1;
        i = skipBlockComment(text, i + block[0].length, end, state, syntax);
        continue;
      }
    }
    if (c === DOT && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
      i = lexNumber(text, i, end, out);
      continue;
    }
    if (c < 128 && tables.quote[c] === 1) {
      if (c === APOS && syntax.family === 'rust' && isRustLifetime(text, i, end)) {
        i++;
        continue;
      }
      i = lexString(text, i, i, end, state, syntax, out);
      continue;
    }
    if (c === SLASH && syntax.regexLiterals && regexAllowed(text, out, lineFirst)) {
      const close = regexEnd(text, i, end);
      if (close > 0) {
        out.push(TokenKind.OtherNumber, i, close);
        i = close;
        continue;
      }
    }
    if (c === AT && syntax.family === 'csharp' && text.charCodeAt(i + 1) === QUOTE) {
      i = lexVerbatimString(text, i, end, out);
      continue;
    }
    i = lexPunctuation(text, i, end, out);
  }
}

function startsLineComment(text: string, i: number, end: number, c: number, syntax: LexicalSyntax): boolean {
  for (const marker of syntax.lineComments) {
    if (c !== marker.charCodeAt(0) || !text.startsWith(marker, i) || i + marker.length > end) continue;
    if (c === HASH && syntax.hashNeedsSpace && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before !== SPACE && before !== TAB && before !== 10) continue;
    }
    return true;
  }
  return false;
}

function skipBlockComment(text: string, i: number, end: number, state: LexState, syntax: LexicalSyntax): number {
  const [open, close] = syntax.blockComment!;
  while (i < end) {
    if (text.startsWith(close, i)) {
      i += close.length;
      if (--state.depth === 0) {
        state.mode = LexMode.Code;
        return i;
      }
      continue;
    }
    if (syntax.nestedBlockComments && text.startsWith(open, i)) {
      state.depth++;
      i += open.length;
      continue;
    }
    i++;
  }
  return end;
}

function lexNumber(text: string, i: number, end: number, out: TokenBuffer): number {
  const start = i;
  let plainInteger = text.charCodeAt(i) !== DOT;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      continue;
    }
    if (isIdentPart(c) || c === DOT) {
      // `.` followed by a digit continues a float; `.` followed by a name ends the number (`404.toString`).
      if (c === DOT && !(i + 1 < end && isDigit(text.charCodeAt(i + 1)))) break;
      plainInteger = false;
      i++;
      continue;
    }
    break;
  }
  let digitsEnd = i;
  if (!plainInteger) {
    // An integer with a long/unsigned suffix (`660300001L`, `414u`) is still a plain integer.
    let k = start;
    while (k < i && isDigit(text.charCodeAt(k))) k++;
    const suffix = text.slice(k, i);
    if (k > start && /^(?:[lL]{1,2}|[uU][lL]{0,2}|[lL]{1,2}[uU])$/.test(suffix)) {
      plainInteger = true;
      digitsEnd = k;
    }
  }
  out.push(plainInteger ? TokenKind.Integer : TokenKind.OtherNumber, start, i, start, digitsEnd);
  return i;
}

/** Where the quote of a prefixed string starts (`r"..."`, `f'...'`, `@"..."` ...), or `i` if none. */
function rawStringPrefix(text: string, i: number, end: number, syntax: LexicalSyntax): number {
  let j = i;
  while (j < end && j - i < 3 && isStringPrefixLetter(text.charCodeAt(j))) j++;
  if (j === i || j >= end) return i;
  const q = text.charCodeAt(j);
  if (q >= 128 || !tablesFor(syntax).quote[q]) return i;
  if (syntax.family === 'python' || syntax.family === 'dart' || (syntax.family === 'rust' && q === QUOTE)) return j;
  return i;
}

/** r R b B u U f F */
const isStringPrefixLetter = (c: number): boolean => {
  const lower = c | 32;
  return lower === 114 || lower === 98 || lower === 117 || lower === 102;
};

function lexString(
  text: string,
  tokenStart: number,
  quoteAt: number,
  end: number,
  state: LexState,
  syntax: LexicalSyntax,
  out: TokenBuffer,
): number {
  const q = text[quoteAt]!;
  const raw = quoteAt > tokenStart && /[rR]/.test(text.slice(tokenStart, quoteAt));
  if (syntax.tripleQuotes && text.startsWith(q + q + q, quoteAt) && (q === '"' || syntax.quotes.includes("'"))) {
    const delimiter = q + q + q;
    const close = text.indexOf(delimiter, quoteAt + 3);
    if (close >= 0 && close + 3 <= end) {
      out.push(TokenKind.String, tokenStart, close + 3, quoteAt + 3, close);
      return close + 3;
    }
    out.push(TokenKind.StringPart, tokenStart, end, quoteAt + 3, end);
    state.mode = LexMode.String;
    state.delimiter = delimiter;
    return end;
  }
  const quote = q.charCodeAt(0);
  let i = quoteAt + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && !raw && quote !== BACKTICK) {
      i += 2;
      continue;
    }
    if (c === BACKSLASH && quote === BACKTICK && syntax.family === 'javascript') {
      i += 2;
      continue;
    }
    if (c === quote) {
      out.push(TokenKind.String, tokenStart, i + 1, quoteAt + 1, i);
      return i + 1;
    }
    i++;
  }
  if (syntax.multiLineQuotes.includes(q)) {
    out.push(TokenKind.StringPart, tokenStart, end, quoteAt + 1, end);
    state.mode = LexMode.String;
    state.delimiter = q;
    return end;
  }
  // Unterminated single-line string: it ends with the line.
  out.push(TokenKind.StringPart, tokenStart, end, quoteAt + 1, end);
  return end;
}

function continueString(text: string, i: number, end: number, state: LexState, out: TokenBuffer): number {
  const delimiter = state.delimiter;
  const single = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH && single === BACKTICK) {
      j += 2;
      continue;
    }
    if (single >= 0 ? c === single : text.startsWith(delimiter, j)) {
      const close = j + delimiter.length;
      out.push(TokenKind.StringPart, i, close, i, j);
      state.mode = LexMode.Code;
      state.delimiter = '';
      return close;
    }
    j++;
  }
  if (end > i) out.push(TokenKind.StringPart, i, end, i, end);
  return end;
}

function lexVerbatimString(text: string, i: number, end: number, out: TokenBuffer): number {
  let j = i + 2;
  while (j < end) {
    if (text.charCodeAt(j) === QUOTE) {
      if (text.charCodeAt(j + 1) === QUOTE) {
        j += 2;
        continue;
      }
      out.push(TokenKind.String, i, j + 1, i + 2, j);
      return j + 1;
    }
    j++;
  }
  out.push(TokenKind.StringPart, i, end, i + 2, end);
  return end;
}

function isRustLifetime(text: string, i: number, end: number): boolean {
  // 'a' and '\n' are chars; 'a (no closing quote right after one character) is a lifetime.
  if (i + 2 < end && text.charCodeAt(i + 2) === APOS) return false;
  if (text.charCodeAt(i + 1) === BACKSLASH) return false;
  return i + 1 < end && isIdentStart(text.charCodeAt(i + 1));
}

/**
 * A `/` starts a regex where an operand is expected: at the start of a line or after an
 * operator or keyword. Only tokens of the same line count, so lexing a line never
 * depends on the lines before it beyond the carried mode.
 */
function regexAllowed(text: string, out: TokenBuffer, lineFirst: number): boolean {
  const n = out.length;
  if (n === lineFirst) return true;
  const kind = out.kind[n - 1] as TokenKind;
  if (kind === TokenKind.Punctuation) {
    const last = text.charCodeAt(out.end[n - 1]! - 1);
    return last !== 41 /* ) */ && last !== 93 /* ] */ && last !== 125 /* } */;
  }
  if (kind === TokenKind.Identifier) {
    const word = text.slice(out.start[n - 1], out.end[n - 1]);
    return (
      word === 'return' || word === 'typeof' || word === 'case' || word === 'in' || word === 'of' || word === 'void'
    );
  }
  return false;
}

function regexEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let inClass = false;
  if (text.charCodeAt(j) === SLASH || text.charCodeAt(j) === STAR) return -1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) {
      j += 2;
      continue;
    }
    if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === SLASH && !inClass) {
      j++;
      while (j < end && isIdentPart(text.charCodeAt(j))) j++;
      return j;
    }
    j++;
  }
  return -1;
}

/** Multi-character operators by their first character, longest first: their codes and their other characters. */
const OPERATORS_BY_FIRST: readonly (readonly { op: Op; second: number; third: number }[] | undefined)[] = (() => {
  const table: { op: Op; second: number; third: number; length: number }[][] = [];
  const ops = MULTI_CHARACTER_OPERATORS.map((text, index) => ({
    op: (128 + index) as Op,
    second: text.charCodeAt(1),
    third: text.length > 2 ? text.charCodeAt(2) : -1,
    length: text.length,
    first: text.charCodeAt(0),
  }));
  for (const op of ops.sort((a, b) => b.length - a.length)) (table[op.first] ??= []).push(op);
  return table;
})();

function lexPunctuation(text: string, i: number, end: number, out: TokenBuffer): number {
  const c = text.charCodeAt(i);
  const candidates = c < 128 ? OPERATORS_BY_FIRST[c] : undefined;
  if (candidates !== undefined && i + 1 < end) {
    const second = text.charCodeAt(i + 1);
    for (const candidate of candidates) {
      if (candidate.second !== second) continue;
      if (candidate.third < 0) {
        out.pushPlain(TokenKind.Punctuation, i, i + 2, candidate.op);
        return i + 2;
      }
      if (i + 2 < end && text.charCodeAt(i + 2) === candidate.third) {
        out.pushPlain(TokenKind.Punctuation, i, i + 3, candidate.op);
        return i + 3;
      }
    }
  }
  // A lone surrogate or any other character is one punctuation token; it never breaks the scan.
  out.pushPlain(TokenKind.Punctuation, i, i + 1, c < 128 ? c : Op.None);
  return i + 1;
}
