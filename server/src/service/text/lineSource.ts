import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Where one line's text is: in `text`, from `start` to `end` (the line break excluded). */
export interface LineSlice {
  text: string;
  start: number;
  end: number;
}

/**
 * Lines of a document, read one at a time. The analysis reads lines, never the whole
 * text, so a document held in pieces (ChunkedDocument) is never joined to be analysed.
 */
export interface LineSource {
  readonly lineCount: number;
  /** The length of the whole text. */
  readonly length: number;
  /** Fills `out` with where line `line` is (0 <= line < lineCount). */
  lineAt(line: number, out: LineSlice): void;
  /** The first `length` characters (fewer if the text is shorter). */
  head(length: number): string;
}

export const newLineSlice = (): LineSlice => ({ text: '', start: 0, end: 0 });

/** A document that can hand out its lines itself (ChunkedDocument does). */
export function isLineSource(document: TextDocument): document is TextDocument & LineSource {
  return typeof (document as Partial<LineSource>).lineAt === 'function';
}

/**
 * The lines of any TextDocument: those that are line sources serve themselves; others
 * (`TextDocument.create` of vscode-languageserver-textdocument) are read from their text.
 */
export function linesOf(document: TextDocument): LineSource {
  return isLineSource(document) ? document : new FlatLines(document);
}

/** Lines of a document held as one string, found with its line-offset table. */
class FlatLines implements LineSource {
  private readonly text: string;
  readonly lineCount: number;
  get length(): number {
    return this.text.length;
  }

  constructor(private readonly document: TextDocument) {
    this.text = document.getText();
    this.lineCount = document.lineCount;
  }

  lineAt(line: number, out: LineSlice): void {
    const start = this.document.offsetAt({ line, character: 0 });
    const next =
      line + 1 < this.lineCount ? this.document.offsetAt({ line: line + 1, character: 0 }) : this.text.length;
    out.text = this.text;
    out.start = start;
    out.end = endBeforeBreak(this.text, start, next);
  }

  head(length: number): string {
    return this.text.length <= length ? this.text : this.text.slice(0, length);
  }
}

/** The end of a line's content, given where the next line starts: the line break (\r\n, \n or \r) left out. */
export function endBeforeBreak(text: string, start: number, next: number): number {
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}
