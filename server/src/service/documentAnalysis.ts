import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogueIndex } from './catalogue/catalogueIndex';
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

/** Tokens of earlier lines that context rules may look back at (`err.code ===` / `414`). */
const CARRIED_TOKENS = 4;
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
  private readonly classifier: Classifier;
  /** Lines changed since the last scan: [from, to) in current line numbers. */
  private dirty: { from: number; to: number } | undefined;

  constructor(private document: TextDocument, private readonly index: CatalogueIndex) {
    this.syntax = syntaxFor(document.languageId);
    this.classifier = new Classifier(index);
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
    const placeholders = new Array<undefined>(addedLines + 1).fill(undefined);
    this.findings.splice(line, removedLines + 1, ...placeholders);
    // States are kept for line starts; the state at `line` stays valid (the edit begins on it).
    this.states.splice(line + 1, removedLines, ...new Array<LineState>(addedLines));
    const shift = addedLines - removedLines;
    if (this.dirty) {
      const to = this.dirty.to > line ? Math.max(line + addedLines + 1, this.dirty.to + shift) : this.dirty.to;
      this.dirty = { from: Math.min(this.dirty.from, line), to: Math.max(to, line + addedLines + 1) };
    } else {
      this.dirty = { from: line, to: line + addedLines + 1 };
    }
    this.dirty.to = Math.min(this.dirty.to, document.lineCount);
  }

  /** All findings, scanning what changed first. */
  all(): Finding[] {
    this.refresh();
    const out: Finding[] = [];
    for (const line of this.findings) if (line) for (const f of line) out.push(f);
    return out;
  }

  /** The findings on one line. */
  onLine(line: number): readonly Finding[] {
    this.refresh();
    return this.findings[line] ?? [];
  }

  /** The finding that covers a position, if any. */
  at(line: number, character: number): Finding | undefined {
    return this.onLine(line).find((f) => f.start <= character && character <= f.end);
  }

  private refresh(): void {
    const dirty = this.dirty;
    if (!dirty) return;
    this.dirty = undefined;
    this.scan(dirty.from, dirty.to);
  }

  /** Scans from line `from`; past `until`, stops at the first line whose start state is unchanged. */
  private scan(from: number, until: number): void {
    const doc = this.document;
    const text = doc.getText();
    const lineCount = doc.lineCount;
    if (this.findings.length !== lineCount) this.findings.length = lineCount;
    if (!this.states[from]) { from = 0; until = Math.max(until, 1); }
    const start = this.states[from]!;
    let lex: LexState = { ...start.lex };
    const context = new CodeContext(start.context);
    this.refillCarry(text, from);
    const syntax = this.syntax;
    const buf = this.buf;
    for (let line = from; line < lineCount; line++) {
      if (line > from && line >= until) {
        const old = this.states[line];
        const now: LineState = { lex, context: context.current, carry: this.carryHash(text) };
        if (old && sameLexState(old.lex, now.lex) && old.carry === now.carry && sameContextState(old.context, now.context)) return;
        this.states[line] = now;
      } else if (line > from) {
        this.states[line] = { lex: lex.mode === LexMode.Code ? CODE_LEX : lex, context: context.current, carry: this.carryHash(text) };
      }
      const lineStart = doc.offsetAt({ line, character: 0 });
      const lineEnd = line + 1 < lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) - 1 : text.length;
      const first = buf.length;
      lex = lex.mode === LexMode.Code ? { mode: LexMode.Code, depth: 0, delimiter: '' } : { ...lex };
      lexLine(text, lineStart, lineEnd, lex, syntax, buf);
      const found: Finding[] = [];
      if (buf.length > first) {
        const indent = this.indentOf(text, lineStart, lineEnd);
        context.processLine(text, buf, first, syntax, indent, (t, verdict) => this.literal(found, line, lineStart, text, t, verdict));
      }
      if (this.index.hasConstants) this.constants(found, line, lineStart, text, first);
      this.findings[line] = found.length ? found.sort((a, b) => a.start - b.start) : undefined;
      buf.keepLast(CARRIED_TOKENS);
    }
    this.states.length = lineCount;
  }

  private literal(out: Finding[], line: number, lineStart: number, text: string, t: number, verdict: LiteralVerdict): void {
    const b = this.buf;
    if (verdict === LiteralVerdict.NotCode && b.kind[t] === TokenKind.Integer) return;
    const inCodeContext = verdict === LiteralVerdict.Code;
    const kind = b.kind[t] as TokenKind;
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
      if (b.kind[t] !== TokenKind.Identifier || !this.index.mayBeConstant(b.end[t]! - b.start[t]!)) continue;
      const dot = t - 1 >= 0 && b.kind[t - 1] === TokenKind.Punctuation && text.charCodeAt(b.start[t - 1]!) === 46 && b.end[t - 1]! - b.start[t - 1]! === 1;
      const container = dot && t - 2 >= 0 && b.kind[t - 2] === TokenKind.Identifier ? text.slice(b.start[t - 2], b.end[t - 2]) : undefined;
      this.classifier.identifier(out, line, lineStart, b.start[t]!, b.end[t]!, text.slice(b.start[t], b.end[t]), container);
    }
  }

  /** Rebuilds the look-behind tokens that precede line `line` by lexing a few lines before it. */
  private refillCarry(text: string, line: number): void {
    this.buf.length = 0;
    const doc = this.document;
    for (let l = Math.max(0, line - 3); l < line; l++) {
      const state = this.states[l];
      if (!state) continue;
      const lineStart = doc.offsetAt({ line: l, character: 0 });
      const lineEnd = doc.offsetAt({ line: l + 1, character: 0 }) - 1;
      lexLine(text, lineStart, lineEnd, { ...state.lex }, this.syntax, this.buf);
    }
    this.buf.keepLast(CARRIED_TOKENS);
  }

  private carryHash(text: string): number {
    let h = this.buf.length;
    for (let i = 0; i < this.buf.length; i++) {
      h = (h * 31 + this.buf.kind[i]!) | 0;
      const end = Math.min(this.buf.end[i]!, this.buf.start[i]! + 32);
      for (let k = this.buf.start[i]!; k < end; k++) h = (h * 31 + text.charCodeAt(k)) | 0;
    }
    return h;
  }

  private indentOf(text: string, start: number, end: number): number {
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    return i - start;
  }

  /** The catalogue index the findings were computed with. */
  get catalogue(): CatalogueIndex { return this.index; }
}
