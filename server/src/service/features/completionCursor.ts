import { Op } from '../scan/operators';
import { TokenKind, type TokenBuffer } from '../scan/tokens';
import type { CompletionSite } from './completionSite';

/** What stands at the cursor on the line as written. */
export type AtCursor =
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

export function tokenAtCursor(buf: TokenBuffer, first: number, cursor: number): AtCursor {
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
export function memberSite(
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

export function findToken(buf: TokenBuffer, first: number, start: number, kind: TokenKind): number {
  for (let t = first; t < buf.length; t++) if (buf.start[t] === start) return buf.kind[t] === kind ? t : -1;
  return -1;
}

function lastTokenBefore(buf: TokenBuffer, first: number, cursor: number): number {
  let found = -1;
  for (let t = first; t < buf.length && buf.end[t]! <= cursor; t++) found = t;
  return found;
}

export function isPunct(buf: TokenBuffer, t: number, op: Op): boolean {
  return t >= buf.floor && t < buf.length && buf.op[t] === op;
}
