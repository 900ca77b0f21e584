import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogueIndex, ProviderRelevance } from './catalogue/catalogueIndex';
import { Classifier } from './classifier';
import { CodeContext, initialContextState, LiteralVerdict, sameContextState, type ContextState } from './codeContext';
import type { Finding } from './findings';
import { syntaxFor, type LexicalSyntax } from './languages';
import { initialLexState, lexLine, LexMode, sameLexState, type LexState } from './lexer';
import { TokenBuffer, TokenKind } from './tokens';

/** Scanner and context state at the start of a line; what incremental re-analysis resumes from. */
interface LineState {
  readonly lex: LexState;
  readonly context: ContextState;
  /** Hash of the look-behind tokens carried into the line. */
  readonly carry: number;
}

/** How much of the head of a document CatalogueIndex.relevanceFor reads (and a margin). */
const RELEVANCE_SAMPLE = 65536 + 1024;
/** Tokens of earlier lines that context rules may look back at (`err.code ===` / `414`). */
const CARRIED_TOKENS = 4;
/**
 * After this many lines without tokens (blank, comment) nothing is carried any more.
 * It bounds how far back an incremental scan must look to rebuild the carry exactly.
 */
const CARRY_GAP_LINES = 3;
const CODE_LEX: LexState = Object.freeze(initialLexState());

/**
 * The findings of one document, kept per line. After an edit only the changed lines
 * are scanned again, plus the lines after them until the scanner state matches the
 * state it had before: an edit costs what it changed, not the size of the file.
 */
export class DocumentAnalysis {
  private states: LineState[] = [];
  private findings: (readonly Finding[] | undefined)[] = [];
  private readonly syntax: LexicalSyntax;
  private readonly buf = new TokenBuffer();
  private classifier: Classifier;
  /** Which providers the head of the document mentions; findings depend on it (see Classifier). */
  private relevanceKey: string;
  /** Lines changed since the last scan: [from, to) in current line numbers. */
  private dirty: { from: number; to: number } | undefined;
  /** Consecutive token-less lines just scanned (capped at CARRY_GAP_LINES). */
  private quietLines = 0;
  /** Scratch for the line being scanned: one handler for all lines, no closure per line. */
  private readonly found: Finding[] = [];
  private lineNumber = 0;
  private lineStart = 0;
  private text = '';
  private readonly onLiteral = (t: number, verdict: LiteralVerdict): void =>
    this.literal(this.found, this.lineNumber, this.lineStart, this.text, t, verdict);

  constructor(private document: TextDocument, private readonly index: CatalogueIndex) {
    this.syntax = syntaxFor(document.languageId);
    const relevance = index.relevanceFor(document.getText());
    this.classifier = new Classifier(index, relevance);
    this.relevanceKey = this.keyOf(relevance);
    this.states = [{ lex: CODE_LEX, context: initialContextState(), carry: 0 }];
    this.dirty = { from: 0, to: document.lineCount };
    this.findings = new Array(document.lineCount).fill(undefined);
  }

  get languageId(): string { return this.document.languageId; }

  /**
   * Records that lines [line, line + removedLines] of the previous text became
   * [line, line + addedLines] in `document`. Call once per content change, in order.
   */
  edited(document: TextDocument, line: number, removedLines: number, addedLines: number): void {
    this.document = document;
    replaceWithHoles(this.findings, line, removedLines + 1, addedLines + 1);
    // States are kept for line starts; the state at `line` stays valid (the edit begins on it).
    replaceWithHoles(this.states, line + 1, removedLines, addedLines);
    const shift = addedLines - removedLines;
    if (this.dirty) {
      const to = this.dirty.to > line ? Math.max(line + addedLines + 1, this.dirty.to + shift) : this.dirty.to;
      this.dirty = { from: Math.min(this.dirty.from, line), to: Math.max(to, line + addedLines + 1) };
    } else {
      this.dirty = { from: line, to: line + addedLines + 1 };
    }
    // No clamping to `document.lineCount` here: with several changes in one notification
    // `document` is already the final text, and line numbers refer to the text between changes.
  }

  /** All findings, scanning what changed first. */
  all(): Finding[] {
    this.refresh();
    const out: Finding[] = [];
    const findings = this.findings;
    for (let line = 0; line < findings.length; line++) {
      const list = findings[line];
      if (list) for (const f of list[0]!.line === line ? list : this.relocate(line)) out.push(f);
    }
    return out;
  }

  /** The findings on one line. */
  onLine(line: number): readonly Finding[] {
    this.refresh();
    const list = this.findings[line];
    if (!list) return NO_FINDINGS;
    return list[0]!.line === line ? list : this.relocate(line);
  }

  /**
   * Findings of lines that moved (lines were added or removed above them and the
   * re-scan stopped before them) carry their old line number: renumbered on first read.
   */
  private relocate(line: number): readonly Finding[] {
    // Renumbered in place: a finding is owned by its analysis, and copying every finding
    // below an inserted line would make each edit cost the size of the file.
    const list = this.findings[line]!;
    for (const f of list) (f as { line: number }).line = line;
    return list;
  }

  /** The finding that covers a position, if any. */
  at(line: number, character: number): Finding | undefined {
    return this.onLine(line).find((f) => f.start <= character && character <= f.end);
  }

  /**
   * Brings the findings up to date in slices of about `sliceMs`, yielding to the event
   * loop in between, so a huge document does not hold up requests on other documents.
   * Edits that arrive meanwhile are folded in.
   */
  async settle(sliceMs = 10): Promise<void> {
    while (this.dirty) {
      this.refresh(performance.now() + sliceMs);
      if (this.dirty) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Whether findings must be (re)computed before they can be read. */
  get stale(): boolean { return this.dirty !== undefined; }

  private refresh(deadline = Infinity): void {
    const dirty = this.dirty;
    if (!dirty) return;
    this.dirty = undefined;
    const lineCount = this.document.lineCount;
    if (this.document.offsetAt({ line: dirty.from, character: 0 }) <= RELEVANCE_SAMPLE && this.relevanceChanged()) {
      dirty.from = 0;
      dirty.to = lineCount;
    }
    this.scan(Math.min(dirty.from, lineCount - 1), Math.min(dirty.to, lineCount), deadline);
  }

  /**
   * Scans from line `from`; past `until`, stops at the first line whose start state is
   * unchanged. Past `deadline` (checked every few hundred lines) it stops early and
   * leaves the rest dirty.
   */
  private scan(from: number, until: number, deadline: number): void {
    const doc = this.document;
    const text = doc.getText();
    const lineCount = doc.lineCount;
    if (this.findings.length !== lineCount) this.findings.length = lineCount;
    if (!this.states[from]) { from = 0; until = Math.max(until, 1); }
    const start = this.states[from]!;
    // One mutable lex state for the whole scan; line states get a copy only when not in code.
    const lex: LexState = { ...start.lex };
    const context = new CodeContext(start.context);
    this.refillCarry(text, from);
    const syntax = this.syntax;
    const buf = this.buf;
    const found = this.found;
    const constants = this.index.hasConstants;
    this.text = text;
    let carry = this.carryHash(text);
    let lineStart = doc.offsetAt({ line: from, character: 0 });
    for (let line = from; line < lineCount; line++) {
      if (line > from) {
        if (line >= until) {
          const old = this.states[line];
          if (old && old.carry === carry && sameLexState(old.lex, lex) && sameContextState(old.context, context.current)) break;
        }
        this.states[line] = { lex: lex.mode === LexMode.Code ? CODE_LEX : { mode: lex.mode, depth: lex.depth, delimiter: lex.delimiter }, context: context.current, carry };
        if ((line & 511) === 0 && deadline !== Infinity && performance.now() > deadline) {
          this.dirty = { from: line, to: Math.max(until, line + 1) };
          break;
        }
      }
      const nextLineStart = line + 1 < lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
      const lineEnd = line + 1 < lineCount ? nextLineStart - 1 : text.length;
      const first = buf.length;
      if (lex.mode === LexMode.Code) { lex.depth = 0; lex.delimiter = ''; }
      lexLine(text, lineStart, lineEnd, lex, syntax, buf);
      found.length = 0;
      if (buf.length > first) {
        this.lineNumber = line;
        this.lineStart = lineStart;
        context.processLine(text, buf, first, syntax, this.indentOf(text, lineStart, lineEnd), this.onLiteral);
        if (constants) this.constants(found, line, lineStart, text, first);
      }
      this.findings[line] = found.length === 0 ? undefined : found.length === 1 ? [found[0]!] : sortedCopy(found);
      if (this.carryLine(buf.length > first)) carry = this.carryHash(text);
      lineStart = nextLineStart;
    }
    this.text = '';
    if (this.states.length > lineCount) this.states.length = lineCount;
  }

  /**
   * Keeps the look-behind for the next line after a line was lexed; true if it changed.
   * A run of CARRY_GAP_LINES lines without tokens empties it.
   */
  private carryLine(hadTokens: boolean): boolean {
    if (hadTokens) {
      this.quietLines = 0;
      this.buf.keepLast(CARRIED_TOKENS);
      return true;
    }
    if (this.quietLines >= CARRY_GAP_LINES) return false;
    if (++this.quietLines < CARRY_GAP_LINES) return true;
    this.buf.length = 0;
    return true;
  }

  private literal(out: Finding[], line: number, lineStart: number, text: string, t: number, verdict: LiteralVerdict): void {
    const b = this.buf;
    const kind = b.kind[t] as TokenKind;
    // Most integers are short and outside any code context: nothing to look up (see isDistinctiveNumber).
    if (kind === TokenKind.Integer && (verdict === LiteralVerdict.NotCode || (verdict === LiteralVerdict.Neutral && b.contentEnd[t]! - b.contentStart[t]! < 5))) return;
    const inCodeContext = verdict === LiteralVerdict.Code;
    if (kind === TokenKind.Integer) {
      this.classifier.integer(out, line, lineStart, b.start[t]!, b.end[t]!, text.slice(b.contentStart[t], b.contentEnd[t]), inCodeContext);
    } else {
      this.classifier.string(out, line, lineStart, b.start[t]!, b.end[t]!, b.contentStart[t]!, b.contentEnd[t]!,
        text.slice(b.contentStart[t], b.contentEnd[t]), inCodeContext, kind === TokenKind.String);
    }
  }

  /** Identifiers on the line that are SDK constants; `Container.Member` needs its container. */
  private constants(out: Finding[], line: number, lineStart: number, text: string, first: number): void {
    const b = this.buf;
    for (let t = first; t < b.length; t++) {
      if (b.kind[t] !== TokenKind.Identifier) continue;
      const found = out.length;
      const dot = t - 1 >= 0 && b.kind[t - 1] === TokenKind.Punctuation && text.charCodeAt(b.start[t - 1]!) === 46 && b.end[t - 1]! - b.start[t - 1]! === 1;
      if (this.index.mayBeConstant(b.end[t]! - b.start[t]!, dot)) {
        const container = dot && t - 2 >= 0 && b.kind[t - 2] === TokenKind.Identifier ? text.slice(b.start[t - 2], b.end[t - 2]) : undefined;
        this.classifier.identifier(out, line, lineStart, b.start[t]!, b.end[t]!, text.slice(b.start[t], b.end[t]), container);
      }
      if (out.length === found && this.syntax.family === 'go' && this.index.mayBeGoConstant(text.charCodeAt(b.start[t]!))) {
        this.classifier.goConstant(out, line, lineStart, b.start[t]!, b.end[t]!, text.slice(b.start[t], b.end[t]));
      }
    }
  }

  /**
   * The scanner and context state at the start of `line`, with the look-behind tokens
   * carried into it copied into `out`: what completion needs to judge the cursor's line
   * without scanning the file above it again.
   */
  startOfLine(line: number, out: TokenBuffer): { lex: LexState; context: ContextState } | undefined {
    this.refresh();
    const state = this.states[line];
    if (!state || this.dirty) return undefined;
    this.refillCarry(this.document.getText(), line);
    const b = this.buf;
    out.length = 0;
    for (let t = 0; t < b.length; t++) out.push(b.kind[t] as TokenKind, b.start[t]!, b.end[t]!, b.contentStart[t]!, b.contentEnd[t]!);
    b.length = 0;
    return { lex: { ...state.lex }, context: state.context };
  }

  /**
   * Rebuilds the look-behind carried into line `line` exactly as a scan from the top
   * would have left it: walks back to the lines that supply the last tokens (or to a
   * gap that emptied the carry), then lexes them forward again.
   */
  private refillCarry(text: string, line: number): void {
    const buf = this.buf;
    const doc = this.document;
    const lexAt = (l: number): number => {
      const first = buf.length;
      const lineStart = doc.offsetAt({ line: l, character: 0 });
      const lineEnd = doc.offsetAt({ line: l + 1, character: 0 }) - 1;
      lexLine(text, lineStart, Math.max(lineStart, lineEnd), { ...this.states[l]!.lex }, this.syntax, buf);
      return buf.length - first;
    };
    let earliest = line;
    let tokens = 0;
    let quiet = 0;
    for (let l = line - 1; l >= 0 && this.states[l]; l--) {
      buf.length = 0;
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
    buf.length = 0;
    this.quietLines = earliest === 0 ? 0 : CARRY_GAP_LINES;
    for (let l = earliest; l < line; l++) this.carryLine(lexAt(l) > 0);
  }

  /** Hash of the look-behind tokens (kind, length, head and tail of the text) and of the gap count. */
  private carryHash(text: string): number {
    const b = this.buf;
    if (b.length === 0) return 0;
    let h = b.length * 7 + this.quietLines;
    for (let i = 0; i < b.length; i++) {
      const start = b.start[i]!, end = b.end[i]!;
      h = (Math.imul(h, 31) + b.kind[i]! * 1024 + (end - start)) | 0;
      const head = Math.min(end, start + 24);
      for (let k = start; k < head; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
      for (let k = Math.max(head, end - 24); k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    }
    return h;
  }

  private indentOf(text: string, start: number, end: number): number {
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    return i - start;
  }

  /**
   * An edit near the top can add or remove the import that names a provider: then every
   * line is classified again with the new relevance.
   */
  private relevanceChanged(): boolean {
    const relevance = this.index.relevanceFor(this.document.getText());
    const key = this.keyOf(relevance);
    if (key === this.relevanceKey) return false;
    this.relevanceKey = key;
    this.classifier = new Classifier(this.index, relevance);
    return true;
  }

  private keyOf(relevance: ProviderRelevance): string {
    return this.index.providers.map((p) => relevance.score(p.id)).join(',');
  }

  /** The catalogue index the findings were computed with. */
  get catalogue(): CatalogueIndex { return this.index; }
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** The line's findings in order of position (SDK constants are found after literals). */
function sortedCopy(found: readonly Finding[]): Finding[] {
  const copy = found.slice();
  for (let i = 1; i < copy.length; i++) if (copy[i - 1]!.start > copy[i]!.start) return copy.sort((a, b) => a.start - b.start);
  return copy;
}

/**
 * `array.splice(start, deleteCount, ...holes)` without spreading: a paste of many
 * lines would overflow the call stack as spread arguments.
 */
function replaceWithHoles<T>(array: (T | undefined)[], start: number, deleteCount: number, insertCount: number): void {
  if (insertCount <= 1024) {
    array.splice(start, deleteCount, ...new Array<undefined>(insertCount));
    return;
  }
  const tail = array.slice(start + deleteCount);
  array.length = start + insertCount;
  array.fill(undefined, start);
  for (const item of tail) array.push(item);
}
