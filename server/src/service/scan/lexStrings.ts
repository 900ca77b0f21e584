import { CharCode, isIdentStart } from './charCodes';
import type { LexicalSyntax } from './languages';
import { LexMode, type LexState } from './lexState';
import { TokenKind, type TokenBuffer } from './tokens';

/** Where the quote of a prefixed string starts (`r"..."`, `f'...'`, `b"..."`), or `i` if none. */
export function stringPrefixEnd(text: string, i: number, end: number, syntax: LexicalSyntax): number {
  let j = i;
  while (j < end && j - i < 3 && isStringPrefixLetter(text.charCodeAt(j))) j++;
  if (j === i || j >= end) return i;
  return syntax.stringPrefixQuotes.includes(text[j]!) ? j : i;
}

/** r R b B u U f F */
const isStringPrefixLetter = (c: number): boolean => {
  const lower = c | 32;
  return (
    lower === CharCode.LowerR || lower === CharCode.LowerB || lower === CharCode.LowerU || lower === CharCode.LowerF
  );
};

/**
 * A string from `tokenStart` (its prefix, if any) whose quote is at `quoteAt`: a whole `String`
 * token, or a `StringPart` to the line's end when it goes on (multi-line kinds set `state`).
 */
export function lexString(
  text: string,
  tokenStart: number,
  quoteAt: number,
  end: number,
  state: LexState,
  syntax: LexicalSyntax,
  out: TokenBuffer,
): number {
  const q = text[quoteAt]!;
  const quote = q.charCodeAt(0);
  const raw = quoteAt > tokenStart && /[rR]/.test(text.slice(tokenStart, quoteAt));
  // Compared by character, not as `q + q + q`: a string made for every literal ("analysis" rows, heap profile).
  const tripled = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
  if (syntax.tripleQuotes && tripled && (q === '"' || syntax.quotes.includes("'"))) {
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
  const escapes = quote === CharCode.Backtick ? syntax.backtickEscapes : !raw;
  let i = quoteAt + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Backslash && escapes) {
      i += 2;
      continue;
    }
    if (c === quote) {
      out.push(TokenKind.String, tokenStart, i + 1, quoteAt + 1, i);
      return i + 1;
    }
    i++;
  }
  out.push(TokenKind.StringPart, tokenStart, end, quoteAt + 1, end);
  if (syntax.multiLineQuotes.includes(q)) {
    state.mode = LexMode.String;
    state.delimiter = q;
  }
  // Otherwise an unterminated single-line string: it ends with the line.
  return end;
}

/** The rest of a multi-line string that opened on an earlier line (`state.delimiter` closes it). */
export function continueString(text: string, i: number, end: number, state: LexState, out: TokenBuffer): number {
  const delimiter = state.delimiter;
  const single = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === CharCode.Backslash && single === CharCode.Backtick) {
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

/** C#'s `@"..."`: no escapes, `""` is a quote. */
export function lexVerbatimString(text: string, i: number, end: number, out: TokenBuffer): number {
  let j = i + 2;
  while (j < end) {
    if (text.charCodeAt(j) === CharCode.DoubleQuote) {
      if (text.charCodeAt(j + 1) === CharCode.DoubleQuote) {
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

/** `'a` in Rust: a lifetime, where `'a'` and `'\n'` are characters. */
export function isLifetime(text: string, i: number, end: number): boolean {
  if (i + 2 < end && text.charCodeAt(i + 2) === CharCode.Apostrophe) return false;
  if (text.charCodeAt(i + 1) === CharCode.Backslash) return false;
  return i + 1 < end && isIdentStart(text.charCodeAt(i + 1));
}
