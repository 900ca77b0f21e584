/** What the lexer is inside of when a line ends: carried to the next line. */
export const enum LexMode {
  Code = 0,
  BlockComment = 1,
  String = 2,
}

/** The scanner state between lines. Deliberately mutable: one object is carried through a whole scan. */
export interface LexState {
  mode: LexMode;
  /** Nesting depth of block comments (nested-comment languages). */
  depth: number;
  /** The closing delimiter of the open multi-line string. */
  delimiter: string;
}

export const initialLexState = (): LexState => ({ mode: LexMode.Code, depth: 0, delimiter: '' });

export const sameLexState = (a: LexState, b: LexState): boolean =>
  a.mode === b.mode && a.depth === b.depth && a.delimiter === b.delimiter;

/**
 * The invariant every line start keeps: in code, nothing of a closed comment or string
 * remains. `lexLine` establishes it itself, so callers need not.
 */
export function normaliseLineStart(state: LexState): void {
  if (state.mode === LexMode.Code) {
    state.depth = 0;
    state.delimiter = '';
  }
}
