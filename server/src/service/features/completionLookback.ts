import { CodeContext, initialContextState, type ContextState } from '../analysis/codeContext';
import type { LexicalSyntax } from '../scan/languages';
import { initialLexState, lexLine, LexMode, type LexState } from '../scan/lexer';
import { newLineSlice, type LineSource } from '../text/lineSource';
import type { TokenBuffer } from '../scan/tokens';

/** Tokens of earlier lines the context rules may look back at, as DocumentAnalysis carries them. */
const CARRIED_TOKENS = 4;
/** Bracket and switch state is rebuilt from at most this many lines above the cursor. */
const MAX_LOOKBACK_LINES = 3000;

/**
 * Lexer and context state at the start of `line`, with the look-behind tokens carried
 * into it left in `buf`. Mirrors DocumentAnalysis' scan, from a bounded number of lines back.
 */
export function scanLinesBefore(
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

export function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - start;
}
