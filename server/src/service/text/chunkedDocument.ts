import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { endBeforeBreak, type LineSlice, type LineSource } from './lineSource';

const LF = 10,
  CR = 13;
const scratch: LineSlice = { text: '', start: 0, end: 0 };
/** Chunks are cut at the first line break after this many characters. */
export const DEFAULT_CHUNK_SIZE = 32 * 1024;

/** A run of whole lines. Every chunk but the last ends with a line break; none splits a \r\n. */
interface Chunk {
  readonly text: string;
  /** Where each line that starts in the chunk starts, in `text`. */
  readonly starts: readonly number[];
}

/**
 * A text document held as chunks of whole lines, with the TextDocument interface of
 * vscode-languageserver-textdocument. An edit rebuilds the one chunk it touches (a few
 * tens of KB) and renumbers the chunks after it, so its cost does not grow with the
 * document as a single string's would: each edit of a 10 MB string copies 10 MB.
 * Lines are read without joining anything; the whole text is joined only when asked
 * for (and kept until the next edit).
 */
export class ChunkedDocument implements TextDocument, LineSource {
  private chunks: Chunk[] = [];
  /** Per chunk: the number of its first line, and the offset of its first character. */
  private firstLine: number[] = [];
  private firstOffset: number[] = [];
  private totalLength = 0;
  private totalLines = 1;
  private joined: string | undefined;
  /** The chunk of the last line looked up: scans read lines in order. */
  private lastChunk = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
    private readonly chunkSize = DEFAULT_CHUNK_SIZE,
  ) {
    this.setText(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): ChunkedDocument {
    return new ChunkedDocument(uri, languageId, version, content);
  }

  get version(): number {
    return this.currentVersion;
  }
  get lineCount(): number {
    return this.totalLines;
  }
  /** The length of the text, without joining it. */
  get length(): number {
    return this.totalLength;
  }

  getText(range?: Range): string {
    if (range) {
      const a = this.offsetAt(range.start),
        b = this.offsetAt(range.end);
      return this.slice(Math.min(a, b), Math.max(a, b));
    }
    return (this.joined ??= this.chunks.map((c) => c.text).join(''));
  }

  head(length: number): string {
    return this.slice(0, Math.min(length, this.totalLength));
  }

  lineAt(line: number, out: LineSlice): void {
    const c = this.chunkOfLine(line);
    const chunk = this.chunks[c]!;
    const i = line - this.firstLine[c]!;
    const start = chunk.starts[i]!;
    const next = i + 1 < chunk.starts.length ? chunk.starts[i + 1]! : chunk.text.length;
    out.text = chunk.text;
    out.start = start;
    out.end = endBeforeBreak(chunk.text, start, next);
  }

  offsetAt(position: Position): number {
    if (position.line >= this.totalLines) return this.totalLength;
    if (position.line < 0) return 0;
    const c = this.chunkOfLine(position.line);
    const chunk = this.chunks[c]!;
    const i = position.line - this.firstLine[c]!;
    const start = chunk.starts[i]!;
    if (position.character <= 0) return this.firstOffset[c]! + start;
    const next = i + 1 < chunk.starts.length ? chunk.starts[i + 1]! : chunk.text.length;
    // Past the end of the line (or inside its line break) means its end, as in vscode-languageserver-textdocument.
    return this.firstOffset[c]! + Math.min(start + position.character, endBeforeBreak(chunk.text, start, next));
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.totalLength));
    const c = this.chunkOfOffset(offset);
    const chunk = this.chunks[c]!;
    const local = offset - this.firstOffset[c]!;
    const i = lastAtOrBefore(chunk.starts, local);
    const start = chunk.starts[i]!;
    const next = i + 1 < chunk.starts.length ? chunk.starts[i + 1]! : chunk.text.length;
    return {
      line: this.firstLine[c]! + i,
      character: Math.min(local, endBeforeBreak(chunk.text, start, next)) - start,
    };
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const l = Math.min(line, this.totalLines - 1);
    this.lineAt(l, scratch);
    return { start: { line: l, character: 0 }, end: { line: l, character: scratch.end - scratch.start } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.totalLines) return '';
    const c = this.chunkOfLine(line);
    const chunk = this.chunks[c]!;
    const i = line - this.firstLine[c]!;
    const next = i + 1 < chunk.starts.length ? chunk.starts[i + 1]! : chunk.text.length;
    return chunk.text.slice(endBeforeBreak(chunk.text, chunk.starts[i]!, next), next);
  }

  /** Applies changes in order, as TextDocument.update does: each range refers to the text after the previous change. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) {
        const { start, end } = wellFormed(change.range);
        this.replace(this.offsetAt(start), this.offsetAt(end), change.text);
      } else {
        this.setText(change.text);
      }
    }
    this.currentVersion = version;
  }

  private setText(text: string): void {
    this.chunks = this.cut(text, true);
    this.joined = text;
    this.renumber(0);
  }

  /** Replaces text[start, end) with `text`, rebuilding only the chunks it touches. */
  private replace(start: number, end: number, text: string): void {
    let first = this.chunkOfOffset(start);
    let last = end > start ? this.chunkOfOffset(end - 1) : first;
    let merged =
      this.chunks[first]!.text.slice(0, start - this.firstOffset[first]!) +
      text +
      this.chunks[last]!.text.slice(end - this.firstOffset[last]!);
    const count = this.chunks.length;
    // Keep chunks whole lines, and \r\n pairs in one chunk.
    while (
      last + 1 < count &&
      (!endsWithBreak(merged) ||
        (merged.charCodeAt(merged.length - 1) === CR && this.chunks[last + 1]!.text.charCodeAt(0) === LF))
    ) {
      merged += this.chunks[++last]!.text;
    }
    if (
      first > 0 &&
      merged.charCodeAt(0) === LF &&
      this.chunks[first - 1]!.text.charCodeAt(this.chunks[first - 1]!.text.length - 1) === CR
    ) {
      merged = this.chunks[--first]!.text + merged;
    }
    const isLast = last === count - 1;
    // An emptied last chunk hands "last" to the one before it, whose final empty line then counts.
    if (merged === '' && isLast && first > 0) merged = this.chunks[--first]!.text;
    const pieces = merged === '' && !isLast ? [] : this.cut(merged, isLast);
    this.chunks.splice(first, last - first + 1, ...pieces);
    this.joined = undefined;
    this.renumber(first);
  }

  /** Cuts text into chunks of about chunkSize at line breaks. */
  private cut(text: string, isLast: boolean): Chunk[] {
    const out: Chunk[] = [];
    let from = 0;
    while (text.length - from > 2 * this.chunkSize) {
      const to = breakEndAfter(text, from + this.chunkSize);
      if (to < 0 || to >= text.length) break;
      out.push(chunkOf(text.slice(from, to), false));
      from = to;
    }
    out.push(chunkOf(from === 0 ? text : text.slice(from), isLast));
    return out;
  }

  /** Recomputes the first line and offset of chunks from `from` on. */
  private renumber(from: number): void {
    const n = this.chunks.length;
    this.firstLine.length = n;
    this.firstOffset.length = n;
    let line = from === 0 ? 0 : this.firstLine[from - 1]! + this.chunks[from - 1]!.starts.length;
    let offset = from === 0 ? 0 : this.firstOffset[from - 1]! + this.chunks[from - 1]!.text.length;
    for (let c = from; c < n; c++) {
      this.firstLine[c] = line;
      this.firstOffset[c] = offset;
      line += this.chunks[c]!.starts.length;
      offset += this.chunks[c]!.text.length;
    }
    this.totalLines = line;
    this.totalLength = offset;
    this.lastChunk = Math.min(this.lastChunk, n - 1);
  }

  private chunkOfLine(line: number): number {
    const c = this.lastChunk;
    if (line >= this.firstLine[c]! && (c + 1 >= this.chunks.length || line < this.firstLine[c + 1]!)) return c;
    if (
      c + 1 < this.chunks.length &&
      line >= this.firstLine[c + 1]! &&
      (c + 2 >= this.chunks.length || line < this.firstLine[c + 2]!)
    )
      return (this.lastChunk = c + 1);
    return (this.lastChunk = lastAtOrBefore(this.firstLine, line));
  }

  private chunkOfOffset(offset: number): number {
    return lastAtOrBefore(this.firstOffset, offset);
  }

  private slice(start: number, end: number): string {
    if (start >= end) return '';
    if (this.joined !== undefined) return this.joined.slice(start, end);
    const parts: string[] = [];
    for (let c = this.chunkOfOffset(start); c < this.chunks.length && this.firstOffset[c]! < end; c++) {
      const base = this.firstOffset[c]!;
      parts.push(this.chunks[c]!.text.slice(Math.max(0, start - base), end - base));
    }
    return parts.join('');
  }
}

function chunkOf(text: string, isLast: boolean): Chunk {
  const starts = [0];
  const hasCR = text.indexOf('\r') >= 0;
  for (let i = 0; i < text.length; i++) {
    if (!hasCR) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else {
      const c = text.charCodeAt(i);
      if (c !== LF && c !== CR) continue;
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    }
    // The line after the last break of a chunk starts in the next chunk, unless this is the last one.
    if (i + 1 < text.length || isLast) starts.push(i + 1);
  }
  return { text, starts };
}

/** Where the first line break at or after `from` ends (after a \r\n pair), or -1. */
function breakEndAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return -1;
}

const endsWithBreak = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  return c === LF || c === CR;
};

/** The index of the last element <= value in an ascending array (0 if none). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0,
    high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character)
    ? { start: end, end: start }
    : range;
}
