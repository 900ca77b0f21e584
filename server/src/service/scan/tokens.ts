/** Token kinds produced by the scanner. Comments and white space produce no tokens. */
export const enum TokenKind {
  Identifier = 1,
  /** A plain decimal integer (optionally with an integer suffix such as `L`). */
  Integer = 2,
  /** Any other numeric literal (hex, float, with separators): never a code. */
  OtherNumber = 3,
  /** A whole string literal that opens and closes on this line. */
  String = 4,
  /** Part of a string that spans lines (template, triple-quoted, raw). */
  StringPart = 5,
  Punctuation = 6,
  /** A regular-expression literal (JavaScript): skipped whole, so its digits and quotes are not read. */
  Regex = 7,
}

/**
 * A growable structure-of-arrays token list, reused line after line so scanning
 * allocates nothing per token. Offsets are offsets in the token's source string: the
 * string the lexer read it from (a document may be held as several strings, and the
 * tokens carried over from earlier lines may come from another one).
 */
export class TokenBuffer {
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** For strings: where the content (inside the quotes) starts and ends. */
  contentStart = new Int32Array(256);
  contentEnd = new Int32Array(256);
  /** For punctuation: the operator's code (see operators.ts); 0 for every other token. */
  op = new Uint8Array(256);
  /** The string each token was read from. */
  sources: string[] = [];
  /** The string the lexer is reading now: pushed tokens come from it. */
  source = '';
  length = 0;
  /**
   * The oldest token that context rules may look back at. Tokens of earlier lines stay in
   * the buffer (copying the look-behind to the front after every line costs more than
   * it saves); only the last few, from `floor` on, count.
   */
  floor = 0;

  /**
   * Names the reader wants pointed out (by length and first character, see nameSlot): the
   * lexer marks the tokens of such names as it pushes them, so the reader need not look at
   * every name again. Undefined: none.
   */
  nameFilter: Uint8Array | undefined;
  /** Indexes of the tokens marked since `markedCount` was last set to 0 (the first `markedCount` entries). */
  marked = new Int32Array(64);
  markedCount = 0;

  /** Marks token `index` (see nameFilter). */
  mark(index: number): void {
    if (this.markedCount === this.marked.length) {
      const grown = new Int32Array(this.marked.length * 2);
      grown.set(this.marked);
      this.marked = grown;
    }
    this.marked[this.markedCount++] = index;
  }

  /** Empties the buffer. */
  clear(): void {
    this.length = 0;
    this.floor = 0;
  }

  push(kind: TokenKind, start: number, end: number, contentStart = start, contentEnd = end, op = 0): void {
    if (this.length === this.kind.length) this.grow();
    const i = this.length++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.contentStart[i] = contentStart;
    this.contentEnd[i] = contentEnd;
    this.op[i] = op;
    this.sources[i] = this.source;
  }

  /**
   * A name or an operator: most tokens. Their content bounds are never read (only strings'
   * and numbers' are), so they are not written.
   */
  pushPlain(kind: TokenKind.Identifier | TokenKind.Punctuation, start: number, end: number, op: number): void {
    if (this.length === this.kind.length) this.grow();
    const i = this.length++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.op[i] = op;
    this.sources[i] = this.source;
  }

  /** A token's text. */
  text(k: number): string {
    return this.sources[k]!.slice(this.start[k], this.end[k]);
  }

  /** A string token's content (inside the quotes). */
  content(k: number): string {
    return this.sources[k]!.slice(this.contentStart[k], this.contentEnd[k]);
  }

  /** Whether token `k` reads exactly `word`. */
  is(k: number, word: string): boolean {
    const start = this.start[k]!;
    return this.end[k]! - start === word.length && this.sources[k]!.startsWith(word, start);
  }

  /** The first character of token `k`. */
  firstChar(k: number): number {
    return this.sources[k]!.charCodeAt(this.start[k]!);
  }

  /** Keeps the last `count` tokens at the front (the look-behind carried to the next line). */
  keepLast(count: number): void {
    const from = Math.max(0, this.length - count);
    this.floor = 0;
    if (from === 0) return;
    // A handful of tokens: element by element beats five copyWithin calls.
    const kept = this.length - from;
    for (let i = 0; i < kept; i++) {
      const j = from + i;
      this.kind[i] = this.kind[j]!;
      this.start[i] = this.start[j]!;
      this.end[i] = this.end[j]!;
      this.contentStart[i] = this.contentStart[j]!;
      this.contentEnd[i] = this.contentEnd[j]!;
      this.op[i] = this.op[j]!;
      this.sources[i] = this.sources[j]!;
    }
    this.length = kept;
    this.floor = 0;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.kind = grow8(this.kind);
    this.op = grow8(this.op);
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.contentStart = grow32(this.contentStart);
    this.contentEnd = grow32(this.contentEnd);
  }
}

/** The slot of a name of this length starting with this character in a name filter (64 x 128 entries). */
export const nameSlot = (length: number, firstChar: number): number => ((length & 63) << 7) | (firstChar & 127);
