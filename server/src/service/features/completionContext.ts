import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { CodeContext } from '../analysis/codeContext';
import { syntaxFor } from '../scan/languages';
import { lexLine } from '../scan/lexer';
import { linesOf, newLineSlice } from '../text/lineSource';
import { TokenBuffer, TokenKind } from '../scan/tokens';
import { findToken, memberSite, tokenAtCursor } from './completionCursor';
import { indentOf, scanLinesBefore } from './completionLookback';
import { isCodeCollectionArgument, suffixesFor } from './completionProbe';
import type { CompletionSite } from './completionSite';

export type { CharRange, CompletionSite } from './completionSite';

const NUMBER_PLACEHOLDER = '1';
const STRING_PLACEHOLDER = 'x';

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
