import { CHAR_CLASS, CharClass, CharCode, isDigit, isIdentPart } from './charCodes';
import type { LexicalSyntax } from './languages';
import { LexMode, normaliseLineStart, type LexState } from './lexState';
import { regexAllowed, regexEnd } from './lexRegex';
import { continueString, isLifetime, lexString, lexVerbatimString, stringPrefixEnd } from './lexStrings';
import { MULTI_CHARACTER_OPERATORS, Op } from './operators';
import { TokenKind, type TokenBuffer } from './tokens';

export { initialLexState, LexMode, normaliseLineStart, sameLexState, type LexState } from './lexState';

/** Per-syntax tables: which ASCII characters open a quote, and which may open a comment. */
interface SyntaxTables {
  readonly quote: Uint8Array;
  readonly commentStart: Uint8Array;
  /** A name may be the prefix of a string (`r"..."`, `f'...'`): see LexicalSyntax.stringPrefixQuotes. */
  readonly stringPrefixes: boolean;
}
const tablesBySyntax = new WeakMap<LexicalSyntax, SyntaxTables>();
let lastSyntax: LexicalSyntax | undefined;
let lastTables: SyntaxTables | undefined;
function tablesFor(syntax: LexicalSyntax): SyntaxTables {
  // Line after line of one document asks for the same tables: a memo of the last answer (not state
  // a caller depends on), so a scan does one WeakMap look-up, not one per line ("analysis" rows).
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
      stringPrefixes: syntax.stringPrefixQuotes !== '',
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
 * unless they are of a multi-line kind. Names are not looked up here: see markNames.
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
  normaliseLineStart(state);
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
      while (i < end && text.charCodeAt(i) === CharCode.Space) i++;
      continue;
    }
    if (cls === CharClass.Name) {
      if (tables.stringPrefixes) {
        const stringStart = stringPrefixEnd(text, i, end, syntax);
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
    if (c === CharCode.Dot && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
      i = lexNumber(text, i, end, out);
      continue;
    }
    if (c < 128 && tables.quote[c] === 1) {
      if (c === CharCode.Apostrophe && syntax.lifetimes && isLifetime(text, i, end)) {
        i++;
        continue;
      }
      i = lexString(text, i, i, end, state, syntax, out);
      continue;
    }
    if (c === CharCode.Slash && syntax.regexLiterals && regexAllowed(text, out, lineFirst)) {
      const close = regexEnd(text, i, end);
      if (close > 0) {
        out.push(TokenKind.Regex, i, close);
        i = close;
        continue;
      }
    }
    if (c === CharCode.At && syntax.verbatimStrings && text.charCodeAt(i + 1) === CharCode.DoubleQuote) {
      i = lexVerbatimString(text, i, end, out);
      continue;
    }
    i = lexPunctuation(text, i, end, out);
  }
}

function startsLineComment(text: string, i: number, end: number, c: number, syntax: LexicalSyntax): boolean {
  for (const marker of syntax.lineComments) {
    if (c !== marker.charCodeAt(0) || !text.startsWith(marker, i) || i + marker.length > end) continue;
    if (c === CharCode.Hash && syntax.hashNeedsSpace && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before !== CharCode.Space && before !== CharCode.Tab && before !== CharCode.LineFeed) continue;
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
  let plainInteger = text.charCodeAt(i) !== CharCode.Dot;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      continue;
    }
    if (isIdentPart(c) || c === CharCode.Dot) {
      // `.` followed by a digit continues a float; `.` followed by a name ends the number (`404.toString`).
      if (c === CharCode.Dot && !(i + 1 < end && isDigit(text.charCodeAt(i + 1)))) break;
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
