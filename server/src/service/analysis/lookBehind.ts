import type { LexicalSyntax } from '../scan/languages';
import { lexLine, type LexState } from '../scan/lexer';
import type { TokenBuffer, TokenKind } from '../scan/tokens';
import type { LineSlice, LineSource } from '../text/lineSource';

/** Tokens of earlier lines that context rules may look back at (`err.code ===` / `414`). */
const CARRIED_TOKENS = 4;
/**
 * After this many lines without tokens (blank, comment) nothing is carried any more.
 * It bounds how far back an incremental scan must look to rebuild the carry exactly.
 */
const CARRY_GAP_LINES = 3;
/**
 * How many lines the look-behind carried into a line can come from: four token lines
 * with up to two quiet lines before each. An incremental scan stops only where the
 * scanner state has matched the old one for this many lines, so the carried tokens
 * are the same tokens as before without comparing them.
 */
export const CARRY_SPAN_LINES = CARRIED_TOKENS * CARRY_GAP_LINES + 1;
/** Tokens of earlier lines are dropped from the buffer once it holds this many. */
const COMPACT_AT_TOKENS = 2048;

/**
 * The tokens of earlier lines that the rules may look back at, kept in the scan's token buffer
 * (before its `floor`), and how to rebuild them exactly where a scan resumes mid-document.
 */
export class LookBehind {
  /** Consecutive token-less lines just scanned (capped at CARRY_GAP_LINES). */
  private quietLines = 0;

  constructor(
    private readonly buf: TokenBuffer,
    private readonly syntax: LexicalSyntax,
  ) {}

  /**
   * Keeps the look-behind for the next line after a line was lexed.
   * A run of CARRY_GAP_LINES lines without tokens empties it.
   */
  afterLine(hadTokens: boolean): void {
    const buf = this.buf;
    if (hadTokens) {
      this.quietLines = 0;
      // Earlier tokens stay where they are; only the last few stay visible. Now and then the buffer is emptied of the
      // rest.
      if (buf.length > COMPACT_AT_TOKENS) buf.keepLast(CARRIED_TOKENS);
      else buf.floor = Math.max(0, buf.length - CARRIED_TOKENS);
      return;
    }
    if (this.quietLines >= CARRY_GAP_LINES) return;
    if (++this.quietLines === CARRY_GAP_LINES) buf.clear();
  }

  /**
   * Rebuilds the look-behind carried into line `line` exactly as a scan from the top
   * would have left it: walks back to the lines that supply the last tokens (or to a
   * gap that emptied the carry), then lexes them forward again. `lexStates` are the
   * scanner states at line starts; `slice` is reused to read lines.
   */
  refill(lines: LineSource, line: number, lexStates: readonly (LexState | undefined)[], slice: LineSlice): void {
    const buf = this.buf;
    buf.clear();
    this.quietLines = 0;
    if (line === 0) return;
    const lexAt = (l: number): number => {
      const first = buf.length;
      lines.lineAt(l, slice);
      lexLine(slice.text, slice.start, slice.end, { ...lexStates[l]! }, this.syntax, buf);
      return buf.length - first;
    };
    let earliest = line;
    let tokens = 0;
    let quiet = 0;
    for (let l = line - 1; l >= 0 && lexStates[l]; l--) {
      buf.clear();
      const count = lexAt(l);
      if (count === 0) {
        if (++quiet >= CARRY_GAP_LINES) break;
      } else {
        quiet = 0;
        tokens += count;
      }
      earliest = l;
      if (tokens >= CARRIED_TOKENS) break;
    }
    buf.clear();
    this.quietLines = earliest === 0 ? 0 : CARRY_GAP_LINES;
    for (let l = earliest; l < line; l++) this.afterLine(lexAt(l) > 0);
  }

  /** Copies the carried tokens into `out` (emptied first), then empties the scan's buffer. */
  moveTo(out: TokenBuffer): void {
    const b = this.buf;
    out.clear();
    for (let t = b.floor; t < b.length; t++) {
      out.source = b.sources[t]!;
      out.push(b.kind[t] as TokenKind, b.start[t]!, b.end[t]!, b.contentStart[t]!, b.contentEnd[t]!, b.op[t]);
    }
    b.clear();
  }
}
