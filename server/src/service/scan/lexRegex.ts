import { CharCode, isIdentPart } from './charCodes';
import { TokenKind, type TokenBuffer } from './tokens';

/** Words after which a `/` starts an operand, not a division. */
const OPERAND_KEYWORDS: ReadonlySet<string> = new Set(['return', 'typeof', 'case', 'in', 'of', 'void']);

/**
 * A `/` starts a regex where an operand is expected: at the start of a line or after an
 * operator or keyword. Only tokens of the same line count, so lexing a line never
 * depends on the lines before it beyond the carried mode.
 */
export function regexAllowed(text: string, out: TokenBuffer, lineFirst: number): boolean {
  const n = out.length;
  if (n === lineFirst) return true;
  const kind = out.kind[n - 1] as TokenKind;
  if (kind === TokenKind.Punctuation) {
    const last = text.charCodeAt(out.end[n - 1]! - 1);
    return last !== CharCode.CloseParen && last !== CharCode.CloseBracket && last !== CharCode.CloseBrace;
  }
  if (kind === TokenKind.Identifier) return OPERAND_KEYWORDS.has(text.slice(out.start[n - 1], out.end[n - 1]));
  return false;
}

/** Where the regex literal opening at `i` ends (after its flags), or -1 if it does not close on the line. */
export function regexEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let inClass = false;
  if (text.charCodeAt(j) === CharCode.Slash || text.charCodeAt(j) === CharCode.Star) return -1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === CharCode.Backslash) {
      j += 2;
      continue;
    }
    if (c === CharCode.OpenBracket) inClass = true;
    else if (c === CharCode.CloseBracket) inClass = false;
    else if (c === CharCode.Slash && !inClass) {
      j++;
      while (j < end && isIdentPart(text.charCodeAt(j))) j++;
      return j;
    }
    j++;
  }
  return -1;
}
