import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Finding } from '../analysis/findings';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { initialLexState, lexLine, type LexState } from '../scan/lexer';
import { TokenBuffer } from '../scan/tokens';
import { linesOf, newLineSlice, type LineSource } from '../text/lineSource';

/** On the line before a finding: no diagnostic for it (for the codes listed, or any). */
export const IGNORE_NEXT_LINE = 'status-codes-ignore-next-line';
/** In the file's first FILE_MARKER_LINES lines: no diagnostic in the file (for the codes listed, or any). */
export const IGNORE_FILE = 'status-codes-ignore-file';
/** How far down a file-level marker may stand (under a licence header, above the code, as `@ts-nocheck`). */
export const FILE_MARKER_LINES = 100;

/** A suppression comment found in a document. */
export interface SuppressionMarker {
  readonly kind: typeof IGNORE_NEXT_LINE | typeof IGNORE_FILE;
  readonly line: number;
  /** The codes listed after the marker; empty: every code. */
  readonly codes: readonly string[];
  /** Where the list of codes ends on the line (UTF-16 column): a code added to the list goes here. */
  readonly listEnd: number;
}

/**
 * `status-codes-ignore-next-line 66030001, Error_Timout -- why`: the marker, then codes
 * separated by commas or spaces, then optionally ` -- ` and a reason (or the comment's end).
 */
const MARKER = /status-codes-ignore-(next-line|file)(?=$|[\s,]|\*\/)/g;
const CODE = /[A-Za-z0-9_][A-Za-z0-9_.-]*/y;

const tokens = new TokenBuffer();

/**
 * The suppression markers written in comments on one line, given the scanner state at the
 * line's start: a marker counts only where the lexer saw a comment (no token covers it), so
 * the words in a string or in code never suppress anything.
 */
export function markersOnLine(
  text: string,
  start: number,
  end: number,
  line: number,
  state: LexState,
  syntax: LexicalSyntax,
): SuppressionMarker[] {
  if (!mentionsMarker(text, start, end)) return [];
  const lineText = text.slice(start, end);
  tokens.clear();
  lexLine(text, start, end, { ...state }, syntax, tokens);
  const out: SuppressionMarker[] = [];
  for (const m of lineText.matchAll(MARKER)) {
    const at = start + m.index;
    let covered = false;
    for (let t = 0; t < tokens.length && !covered; t++) covered = tokens.start[t]! <= at && at < tokens.end[t]!;
    if (covered) continue;
    const { codes, listEnd } = codeList(lineText, m.index + m[0].length);
    out.push({ kind: m[1] === 'file' ? IGNORE_FILE : IGNORE_NEXT_LINE, line, codes, listEnd });
  }
  tokens.clear();
  return out;
}

/** The codes after a marker, up to ` -- reason`, the end of a block comment or the end of the line. */
function codeList(lineText: string, from: number): { codes: string[]; listEnd: number } {
  const codes: string[] = [];
  let i = from;
  let listEnd = from;
  for (;;) {
    while (i < lineText.length && (lineText[i] === ' ' || lineText[i] === '\t' || lineText[i] === ',')) i++;
    if (lineText.startsWith('--', i) || lineText.startsWith('*/', i)) break;
    CODE.lastIndex = i;
    const m = CODE.exec(lineText);
    if (!m) break;
    codes.push(m[0]);
    i = listEnd = i + m[0].length;
  }
  return { codes, listEnd };
}

/**
 * The suppressions of one document, for the diagnostics collector: the file-level markers
 * are read once from the file's head; a next-line marker is looked for only on the line
 * before a finding, so the cost follows the findings, not the size of the file.
 */
export class Suppressions {
  private readonly syntax: LexicalSyntax;
  private readonly lines: LineSource;
  private readonly slice = newLineSlice();
  /** Codes ignored in the whole file; undefined: none; empty set: every code. */
  private readonly fileCodes: ReadonlySet<string> | undefined;
  private cachedLine = -1;
  private cachedMarkers: readonly SuppressionMarker[] = [];

  constructor(
    document: TextDocument,
    private readonly analysis: DocumentAnalysis,
  ) {
    this.syntax = syntaxFor(document.languageId);
    this.lines = linesOf(document);
    this.fileCodes =
      this.syntax.commentStyle.line || this.syntax.commentStyle.block ? this.readFileMarkers() : undefined;
  }

  /** Every code is ignored in this file: no finding needs looking at. */
  get wholeFile(): boolean {
    return this.fileCodes !== undefined && this.fileCodes.size === 0;
  }

  /** Whether a suppression comment silences the diagnostic of `finding`. */
  suppresses(finding: Finding): boolean {
    if (this.fileCodes && (this.fileCodes.size === 0 || this.fileCodes.has(finding.text))) return true;
    if (finding.line === 0 || !(this.syntax.commentStyle.line || this.syntax.commentStyle.block)) return false;
    return this.markersOn(finding.line - 1).some(
      (m) => m.kind === IGNORE_NEXT_LINE && (m.codes.length === 0 || m.codes.includes(finding.text)),
    );
  }

  private markersOn(line: number): readonly SuppressionMarker[] {
    if (line === this.cachedLine) return this.cachedMarkers;
    this.cachedLine = line;
    this.cachedMarkers = [];
    if (line >= this.lines.lineCount) return this.cachedMarkers;
    this.lines.lineAt(line, this.slice);
    if (!mentionsMarker(this.slice.text, this.slice.start, this.slice.end)) return this.cachedMarkers;
    // Only now is the scanner state needed (the analysis has it for every line it scanned).
    const at = this.analysis.lineAtStart(line);
    if (at) this.cachedMarkers = markersOnLine(at.text, at.start, at.end, line, at.lex, this.syntax);
    return this.cachedMarkers;
  }

  private readFileMarkers(): ReadonlySet<string> | undefined {
    const markers = fileMarkers(this.lines, this.syntax);
    if (markers.length === 0) return undefined;
    if (markers.some((m) => m.codes.length === 0)) return new Set();
    return new Set(markers.flatMap((m) => m.codes));
  }
}

/**
 * The file-level markers in the first FILE_MARKER_LINES lines, lexed from the top (the head
 * is short; the analysis need not have reached it).
 */
export function fileMarkers(lines: LineSource, syntax: LexicalSyntax): SuppressionMarker[] {
  const slice = newLineSlice();
  let last = -1;
  for (let line = 0; line < Math.min(lines.lineCount, FILE_MARKER_LINES); line++) {
    lines.lineAt(line, slice);
    if (mentionsMarker(slice.text, slice.start, slice.end, IGNORE_FILE)) last = line;
  }
  const state = initialLexState();
  const out: SuppressionMarker[] = [];
  for (let line = 0; line <= last; line++) {
    lines.lineAt(line, slice);
    for (const m of markersOnLine(slice.text, slice.start, slice.end, line, state, syntax)) {
      if (m.kind === IGNORE_FILE) out.push(m);
    }
    lexLine(slice.text, slice.start, slice.end, state, syntax, tokens);
    tokens.clear();
  }
  return out;
}

/** Whether the line's text holds the marker's words at all (a look at the line only, never past its end). */
function mentionsMarker(text: string, start: number, end: number, marker = 'status-codes-ignore-'): boolean {
  // A slice, not indexOf from `start`: that would search on past the line, through the rest of the text.
  return end - start >= marker.length && text.slice(start, end).includes(marker);
}
