import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { CodeContext, initialContextState, type ContextState } from '../analysis/codeContext';
import { membershipMethodBefore } from '../analysis/context/membership';
import { isCodeName } from '../analysis/codeNames';
import { syntaxFor, type LanguageFamily, type LexicalSyntax } from '../scan/languages';
import { initialLexState, lexLine, LexMode, type LexState } from '../scan/lexer';
import { Op } from '../scan/operators';
import { linesOf, newLineSlice, type LineSource } from '../text/lineSource';
import { TokenBuffer, TokenKind } from '../scan/tokens';

/** Line-relative character range that a completion replaces. */
export interface CharRange {
  readonly start: number;
  readonly end: number;
}

/** Where the cursor stands, as far as code completion cares. */
export type CompletionSite =
  /** Where a status code belongs: after `err.code === `, `case `, in a code list... */
  | {
      readonly kind: 'code';
      readonly line: number;
      /** What the completion replaces: the word typed so far, or the string's content. */
      readonly replace: CharRange;
      /** The word typed so far (digits, a name, or the string content before the cursor). */
      readonly word: string;
      /** Set when the cursor is inside quotes: only string codes fit, and the quotes stay. */
      readonly quote?: { readonly char: string; readonly closed: boolean };
      /** The text on the line after `replace` (a trailing line comment is only safe when it is blank). */
      readonly after: string;
    }
  /** After `Container.` such as `ZIMErrorCode.`: the members of an SDK error enum. */
  | {
      readonly kind: 'member';
      readonly line: number;
      readonly container: string;
      readonly replace: CharRange;
      readonly word: string;
    };

/** Tokens of earlier lines the context rules may look back at, as DocumentAnalysis carries them. */
const CARRIED_TOKENS = 4;
/** Bracket and switch state is rebuilt from at most this many lines above the cursor. */
const MAX_LOOKBACK_LINES = 3000;
const NUMBER_PLACEHOLDER = '1';
const STRING_PLACEHOLDER = 'x';

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
 * Decides whether a literal typed at the cursor would stand in a code context. No literal
 * is there yet, so a placeholder literal is put at the cursor and the same context rules
 * that judge real literals judge it: completion and diagnostics agree on what a code context is.
 */
export function completionSiteAt(
  document: TextDocument,
  position: Position,
  analysis?: DocumentAnalysis,
): CompletionSite | undefined {
  if (position.line < 0 || position.line >= document.lineCount) return undefined;
  const syntax = syntaxFor(document.languageId);
  const lines = linesOf(document);
  const line = position.line;
  // Only the cursor's line is read: offsets below are offsets in it (earlier lines come as carried tokens).
  const slice = newLineSlice();
  lines.lineAt(line, slice);
  const text = slice.text.slice(slice.start, slice.end);
  const lineStart = 0;
  const lineEnd = text.length;
  const cursor = Math.max(0, Math.min(position.character, lineEnd));

  const buf = new TokenBuffer();
  // The analysis knows the state at every line start; without one, scan a bounded stretch above.
  const { lex, context } = analysis?.startOfLine(line, buf) ?? scanLinesBefore(lines, line, syntax, buf);
  const first = buf.length;

  // What stands at the cursor on the line as written.
  lexLine(text, lineStart, lineEnd, { ...lex }, syntax, buf);
  const atCursor = tokenAtCursor(buf, first, cursor);
  const member = memberSite(text, buf, first, cursor, atCursor, line, lineStart);
  buf.length = first;
  if (member) return member;

  const indent = indentOf(text, lineStart, lineEnd);
  const judge = (prefixEnd: number, placeholder: string, suffixes: readonly string[], kind: TokenKind): boolean =>
    suffixes.some((suffix) => {
      const probe = text.slice(0, prefixEnd) + placeholder + suffix;
      lexLine(probe, lineStart, probe.length, { ...lex }, syntax, buf);
      let verdict = false;
      const placeholderToken = findToken(buf, first, prefixEnd, kind);
      if (placeholderToken >= 0) {
        const judging = new CodeContext(context);
        judging.processLine(buf, first, syntax, indent, {
          literal(t) {
            if (t === placeholderToken) verdict = judging.inCodeContext(t) || isCodeCollectionArgument(buf, t);
          },
        });
      }
      buf.length = first;
      return verdict;
    });

  if (atCursor.kind === 'string') {
    const { start, contentStart, contentEnd, closed } = atCursor;
    const quote = text[contentStart - 1]!;
    if (contentStart - start > 3 || (contentStart >= 3 && text.startsWith(quote.repeat(3), contentStart - 3)))
      return undefined; // triple-quoted or prefixed
    const rest = closed ? text.slice(atCursor.end, lineEnd) : '';
    if (
      !judge(
        start,
        quote + STRING_PLACEHOLDER + quote,
        suffixesFor(text, buf, first, lineStart, start, rest, syntax, lex),
        TokenKind.String,
      )
    )
      return undefined;
    const replaceEnd = closed ? contentEnd : cursor;
    return {
      kind: 'code',
      line,
      word: text.slice(contentStart, cursor),
      replace: { start: contentStart - lineStart, end: replaceEnd - lineStart },
      quote: { char: quote, closed },
      after: text.slice(replaceEnd, lineEnd),
    };
  }
  const wordStart = atCursor.kind === 'word' ? atCursor.start : cursor;
  const wordEnd = atCursor.kind === 'word' ? atCursor.end : cursor;
  if (atCursor.kind === 'inside') return undefined; // in a comment, a string we do not complete, or another token
  const rest = text.slice(wordEnd, lineEnd);
  if (
    !judge(
      wordStart,
      NUMBER_PLACEHOLDER,
      suffixesFor(text, buf, first, lineStart, wordStart, rest, syntax, lex),
      TokenKind.Integer,
    )
  )
    return undefined;
  return {
    kind: 'code',
    line,
    word: text.slice(wordStart, cursor),
    replace: { start: wordStart - lineStart, end: wordEnd - lineStart },
    after: rest,
  };
}

type AtCursor =
  | { readonly kind: 'none' }
  /** An identifier or integer the cursor ends or stands in. */
  | { readonly kind: 'word'; readonly token: number; readonly start: number; readonly end: number }
  | {
      readonly kind: 'string';
      readonly start: number;
      readonly end: number;
      readonly contentStart: number;
      readonly contentEnd: number;
      readonly closed: boolean;
    }
  /** Inside a token we do not complete in (an operator, another number). */
  | { readonly kind: 'inside' };

function tokenAtCursor(buf: TokenBuffer, first: number, cursor: number): AtCursor {
  for (let t = first; t < buf.length; t++) {
    const start = buf.start[t]!,
      end = buf.end[t]!;
    const kind = buf.kind[t] as TokenKind;
    if (kind === TokenKind.String || kind === TokenKind.StringPart) {
      const contentStart = buf.contentStart[t]!,
        contentEnd = buf.contentEnd[t]!;
      if (cursor >= contentStart && cursor <= contentEnd && cursor > start) {
        return { kind: 'string', start, end, contentStart, contentEnd, closed: kind === TokenKind.String };
      }
      if (cursor > start && cursor < end) return { kind: 'inside' };
      continue;
    }
    if (cursor > start && cursor <= end) {
      if (kind === TokenKind.Identifier || kind === TokenKind.Integer) return { kind: 'word', token: t, start, end };
      if (cursor < end) return { kind: 'inside' };
    }
  }
  return { kind: 'none' };
}

/** `ZIMErrorCode.` or `ZIMErrorCode.Net` at the cursor. */
function memberSite(
  text: string,
  buf: TokenBuffer,
  first: number,
  cursor: number,
  at: AtCursor,
  line: number,
  lineStart: number,
): CompletionSite | undefined {
  let dot: number;
  let wordStart = cursor,
    wordEnd = cursor;
  if (at.kind === 'word') {
    if (buf.kind[at.token] !== TokenKind.Identifier) return undefined;
    dot = at.token - 1;
    wordStart = at.start;
    wordEnd = at.end;
  } else if (at.kind === 'none') {
    dot = lastTokenBefore(buf, first, cursor);
    if (dot < 0 || buf.end[dot] !== cursor) return undefined;
  } else {
    return undefined;
  }
  if (dot - 1 < first || !isPunct(buf, dot, Op.Dot) || buf.kind[dot - 1] !== TokenKind.Identifier) return undefined;
  const container = buf.text(dot - 1);
  return {
    kind: 'member',
    line,
    container,
    word: text.slice(wordStart, cursor),
    replace: { start: wordStart - lineStart, end: wordEnd - lineStart },
  };
}

/**
 * What may follow the placeholder. The rest of the line when there is any; on a line
 * still being typed, also the brackets it leaves open (`code in (|` → `code in (1)`)
 * and, at the start of an arm of a switch without `case`, the arm's arrow.
 */
function suffixesFor(
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
function isCodeCollectionArgument(buf: TokenBuffer, t: number): boolean {
  if (!isPunct(buf, t - 1, Op.OpenParen)) return false;
  const method = membershipMethodBefore(buf, t - 1);
  if (method < 0 || !(isPunct(buf, method - 1, Op.Dot) || isPunct(buf, method - 1, Op.OptionalDot))) return false;
  return method - 2 >= buf.floor && buf.kind[method - 2] === TokenKind.Identifier && isCodeName(buf.text(method - 2));
}

/**
 * Lexer and context state at the start of `line`, with the look-behind tokens carried
 * into it left in `buf`. Mirrors DocumentAnalysis' scan, from a bounded number of lines back.
 */
function scanLinesBefore(
  lines: LineSource,
  line: number,
  syntax: LexicalSyntax,
  buf: TokenBuffer,
): { lex: LexState; context: ContextState } {
  const context = new CodeContext(initialContextState());
  let lex = initialLexState();
  const slice = newLineSlice();
  for (let l = Math.max(0, line - MAX_LOOKBACK_LINES); l < line; l++) {
    lines.lineAt(l, slice);
    const first = buf.length;
    if (lex.mode === LexMode.Code) lex = initialLexState();
    lexLine(slice.text, slice.start, slice.end, lex, syntax, buf);
    if (buf.length > first)
      context.processLine(buf, first, syntax, indentOf(slice.text, slice.start, slice.end), undefined);
    buf.keepLast(CARRIED_TOKENS);
  }
  return { lex, context: context.current };
}

function findToken(buf: TokenBuffer, first: number, start: number, kind: TokenKind): number {
  for (let t = first; t < buf.length; t++) if (buf.start[t] === start) return buf.kind[t] === kind ? t : -1;
  return -1;
}

function lastTokenBefore(buf: TokenBuffer, first: number, cursor: number): number {
  let found = -1;
  for (let t = first; t < buf.length && buf.end[t]! <= cursor; t++) found = t;
  return found;
}

function isPunct(buf: TokenBuffer, t: number, op: Op): boolean {
  return t >= buf.floor && t < buf.length && buf.op[t] === op;
}

function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - start;
}
