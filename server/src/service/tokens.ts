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
}

/**
 * A growable structure-of-arrays token list, reused line after line so scanning
 * allocates nothing per token. Offsets are absolute offsets in the document text.
 */
export class TokenBuffer {
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** For strings: where the content (inside the quotes) starts and ends. */
  contentStart = new Int32Array(256);
  contentEnd = new Int32Array(256);
  length = 0;

  push(kind: TokenKind, start: number, end: number, contentStart = start, contentEnd = end): void {
    if (this.length === this.kind.length) this.grow();
    const i = this.length++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.contentStart[i] = contentStart;
    this.contentEnd[i] = contentEnd;
  }

  /** Keeps the last `count` tokens at the front (the look-behind carried to the next line). */
  keepLast(count: number): void {
    const from = Math.max(0, this.length - count);
    const kept = this.length - from;
    this.kind.copyWithin(0, from, this.length);
    this.start.copyWithin(0, from, this.length);
    this.end.copyWithin(0, from, this.length);
    this.contentStart.copyWithin(0, from, this.length);
    this.contentEnd.copyWithin(0, from, this.length);
    this.length = kept;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const grow32 = (a: Int32Array) => { const b = new Int32Array(size); b.set(a); return b; };
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.contentStart = grow32(this.contentStart);
    this.contentEnd = grow32(this.contentEnd);
  }
}
