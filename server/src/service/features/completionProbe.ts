import { membershipMethodBefore } from '../analysis/context/membership';
import { isCodeName } from '../analysis/codeNames';
import type { LanguageFamily, LexicalSyntax } from '../scan/languages';
import { lexLine, type LexState } from '../scan/lexer';
import { Op } from '../scan/operators';
import { TokenKind, type TokenBuffer } from '../scan/tokens';
import { isPunct } from './completionCursor';

/** Languages whose switch arms are `414 -> ...` or `414 => ...` without a `case` keyword. */
const ARROW_ARMS: Partial<Record<LanguageFamily, string>> = {
  kotlin: ' ->',
  rust: ' =>',
  php: ' =>',
  dart: ' =>',
  csharp: ' =>',
};
const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * What may follow the placeholder. The rest of the line when there is any; on a line
 * still being typed, also the brackets it leaves open (`code in (|` → `code in (1)`)
 * and, at the start of an arm of a switch without `case`, the arm's arrow.
 */
export function suffixesFor(
  text: string,
  buf: TokenBuffer,
  first: number,
  lineStart: number,
  at: number,
  rest: string,
  syntax: LexicalSyntax,
  lex: LexState,
): string[] {
  if (rest.trim() !== '') return [rest];
  lexLine(text, lineStart, at, { ...lex }, syntax, buf);
  const open: string[] = [];
  for (let t = first; t < buf.length; t++) {
    if (buf.kind[t] !== TokenKind.Punctuation || buf.end[t]! - buf.start[t]! !== 1) continue;
    const c = String.fromCharCode(buf.firstChar(t));
    if (CLOSER[c]) open.push(CLOSER[c]);
    else if (c === ')' || c === ']' || c === '}') open.pop();
  }
  const last = buf.length > first ? buf.text(buf.length - 1) : undefined;
  buf.length = first;
  const suffixes = [''];
  if (open.length) suffixes.push(open.reverse().join(''));
  const arrow = ARROW_ARMS[syntax.family];
  if (arrow && (last === undefined || last === '{' || last === ',')) suffixes.push(arrow);
  return suffixes;
}

/**
 * `RETRYABLE_CODES.includes(|)`, `errorCodes.contains(|)`, `codes.include?(|)`: the argument is tested
 * against a collection of codes.
 */
export function isCodeCollectionArgument(buf: TokenBuffer, t: number): boolean {
  if (!isPunct(buf, t - 1, Op.OpenParen)) return false;
  const method = membershipMethodBefore(buf, t - 1);
  if (method < 0 || !(isPunct(buf, method - 1, Op.Dot) || isPunct(buf, method - 1, Op.OptionalDot))) return false;
  return method - 2 >= buf.floor && buf.kind[method - 2] === TokenKind.Identifier && isCodeName(buf.text(method - 2));
}
