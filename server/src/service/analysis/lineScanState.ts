import type { TokenBuffer } from '../scan/tokens';
import type { LiteralContext } from './codeContext';
import type { StoredFinding } from './findings';

/**
 * What the Classifier reads of the line being scanned, and where it puts what it finds. One
 * object (LineScan) is reused for every line of a scan and changed in place as the scan moves on:
 * a call per literal with these as arguments, or an object per line, costs more than the scan of
 * a short line (`npm run bench`, rows "analysis | <language> 1 MB").
 */
export interface LineScanState {
  /** The findings of the current line, in the order found; the Classifier appends to it. */
  readonly found: StoredFinding[];
  /** The line's number, and where it starts in `text`: findings carry line-relative characters. */
  readonly line: number;
  readonly lineStart: number;
  /** The source string the line is in: token offsets are offsets in it. */
  readonly text: string;
  /** The line's tokens (and the look-behind carried from the lines above). */
  readonly buf: TokenBuffer;
  /** Judges the literals of the line being read. */
  readonly literalContext: LiteralContext;
}
