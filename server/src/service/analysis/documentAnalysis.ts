import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex, type ProviderRelevance } from '../catalogue/catalogueIndex';
import { Classifier } from './classifier';
import {
  CodeContext,
  expandContext,
  INITIAL_CONTEXT,
  sameStoredContext,
  type ContextState,
  type StoredContext,
} from './codeContext';
import type { Finding } from './findings';
import { LineScan } from './lineScan';
import {
  CODE_LEX,
  isList,
  NO_FINDINGS,
  renumber,
  replaceWithHoles,
  sortedCopy,
  storedLexState,
  widenDirty,
  indentOf,
  type DirtyLines,
  type LineFindings,
} from './lineStates';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { lexLine, sameLexState, type LexState } from '../scan/lexer';
import { markNames } from '../scan/markNames';
import { linesOf, newLineSlice, type LineSlice, type LineSource } from '../text/lineSource';
import { TokenBuffer, TokenKind } from '../scan/tokens';

/** How much of the head of a document CatalogueIndex.relevanceFor reads (and a margin). */
const RELEVANCE_SAMPLE = RELEVANCE_SAMPLE_LENGTH + 1024;
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
const CARRY_SPAN_LINES = CARRIED_TOKENS * CARRY_GAP_LINES + 1;
/** Tokens of earlier lines are dropped from the buffer once it holds this many. */
const COMPACT_AT_TOKENS = 2048;
/**
 * The findings of one document, kept per line. After an edit only the changed lines
 * are scanned again, plus the lines after them until the scanner state matches the
 * state it had before: an edit costs what it changed, not the size of the file.
 */
export class DocumentAnalysis {
  /** Scanner and context state at the start of each line: what incremental re-analysis resumes from. */
  private lexStates: (LexState | undefined)[] = [];
  private contexts: (StoredContext | undefined)[] = [];
  /** Per line: no finding, one (most lines that have any), or several in order of position. */
  private findings: LineFindings[] = [];
  private readonly syntax: LexicalSyntax;
  private readonly buf = new TokenBuffer();
  /** The line being scanned and its findings (one object, reused). */
  private readonly lineScan: LineScan;
  /** Which providers the head of the document mentions; findings depend on it (see Classifier). */
  private relevanceKey: string;
  /** Lines changed since the last scan: [from, to) in current line numbers. */
  private dirty: DirtyLines | undefined;
  private currentRelevance: ProviderRelevance;
  /** Where the line being read is; one object for every line. */
  private readonly slice: LineSlice = newLineSlice();
  /** Consecutive token-less lines just scanned (capped at CARRY_GAP_LINES). */
  private quietLines = 0;

  constructor(
    private document: TextDocument,
    private readonly index: CatalogueIndex,
  ) {
    this.syntax = syntaxFor(document.languageId);
    const relevance = index.relevanceFor(linesOf(document).head(RELEVANCE_SAMPLE));
    this.currentRelevance = relevance;
    this.lineScan = new LineScan(this.buf, index, document.languageId, this.syntax, new Classifier(index, relevance));
    this.relevanceKey = this.keyOf(relevance);
    this.lexStates = [CODE_LEX];
    this.contexts = [INITIAL_CONTEXT];
    this.buf.nameFilter = index.hasConstants ? index.constantNameFilter(this.syntax.family === 'go') : undefined;
    // Everything is to be scanned; the first read of findings does it (or settle(), in slices).
    this.dirty = { from: 0, to: Infinity };
  }

  get languageId(): string {
    return this.document.languageId;
  }

  /**
   * Records that lines [line, line + removedLines] of the previous text became
   * [line, line + addedLines] in `document`. Call once per content change, in order.
   */
  edited(document: TextDocument, line: number, removedLines: number, addedLines: number): void {
    this.document = document;
    replaceWithHoles(this.findings, line, removedLines + 1, addedLines + 1);
    // States are kept for line starts; the state at `line` stays valid (the edit begins on it).
    replaceWithHoles(this.lexStates, line + 1, removedLines, addedLines);
    replaceWithHoles(this.contexts, line + 1, removedLines, addedLines);
    this.dirty = widenDirty(this.dirty, line, removedLines, addedLines);
    // No clamping to `document.lineCount` here: with several changes in one notification
    // `document` is already the final text, and line numbers refer to the text between changes.
  }

  /** All findings, scanning what changed first. */
  all(): Finding[] {
    const out: Finding[] = [];
    this.visit((f) => out.push(f) > 0);
    return out;
  }

  /**
   * Visits the findings in document order, scanning what changed first, until `visitor`
   * returns false: a caller that wants the first few does not pay for the rest.
   */
  visit(visitor: (finding: Finding) => boolean): void {
    this.refresh();
    this.visitLines(0, this.findings.length, visitor);
  }

  /**
   * Visits the findings of lines [from, to) in document order without scanning anything,
   * until `visitor` returns false (then returns false). Only lines before `currentLines`
   * are up to date.
   */
  visitLines(from: number, to: number, visitor: (finding: Finding) => boolean): boolean {
    const findings = this.findings;
    const end = Math.min(to, findings.length);
    for (let line = from; line < end; line++) {
      const found = findings[line];
      if (found === undefined) continue;
      if (isList(found)) {
        if (found[0]!.line !== line) renumber(found, line);
        for (const f of found) if (!visitor(f)) return false;
      } else {
        if (found.line !== line) (found as { line: number }).line = line;
        if (!visitor(found)) return false;
      }
    }
    return true;
  }

  /**
   * How many lines from the top are up to date. Everything above the first changed line is;
   * while a first analysis is under way (settle), it is the lines scanned so far.
   */
  get currentLines(): number {
    return this.dirty ? Math.min(this.dirty.from, this.findings.length) : this.findings.length;
  }

  /** The findings on one line. */
  onLine(line: number): readonly Finding[] {
    this.refresh();
    const found = this.findings[line];
    if (found === undefined) return NO_FINDINGS;
    const list = isList(found) ? found : [found];
    // Findings of lines that moved (lines were added or removed above them and the re-scan
    // stopped before them) carry their old line number: renumbered on first read.
    if (list[0]!.line !== line) renumber(list, line);
    return list;
  }

  /** The finding that covers a position, if any. */
  at(line: number, character: number): Finding | undefined {
    return this.onLine(line).find((f) => f.start <= character && character <= f.end);
  }

  /**
   * Brings the findings up to date in slices of about `sliceMs`, yielding to the event
   * loop in between, so a huge document does not hold up requests on other documents.
   * Edits that arrive meanwhile are folded in. `enough`, asked after every slice (when
   * `currentLines` has just been brought up to date), can end it early.
   */
  async settle(sliceMs = 10, enough?: () => boolean): Promise<void> {
    while (this.dirty) {
      this.refresh(performance.now() + sliceMs);
      if (!this.dirty || enough?.()) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Whether findings must be (re)computed before they can be read. */
  get stale(): boolean {
    return this.dirty !== undefined;
  }

  private refresh(deadline = Infinity): void {
    const dirty = this.dirty;
    if (!dirty) return;
    this.dirty = undefined;
    let { from, to } = dirty;
    if (
      this.lexStates.length > 1 &&
      (from === 0 || this.document.offsetAt({ line: from, character: 0 }) <= RELEVANCE_SAMPLE) &&
      this.relevanceChanged()
    ) {
      from = 0;
      to = Infinity;
    }
    this.scan(from, to, deadline);
  }

  /**
   * Scans from line `from`; past `until`, stops where the scanner state has matched the
   * state of the previous scan for CARRY_SPAN_LINES lines. Past `deadline` (checked every
   * few hundred lines) it stops early and leaves the rest dirty.
   */
  private scan(from: number, until: number, deadline: number): void {
    const lines = linesOf(this.document);
    const lineCount = lines.lineCount;
    if (from >= lineCount) from = lineCount - 1;
    if (!this.lexStates[from] || !this.contexts[from]) {
      from = 0;
      until = Math.max(until, 1);
    }
    // One mutable lex state for the whole scan; line states get a copy only when not in code.
    const lex: LexState = { ...this.lexStates[from]! };
    const context = new CodeContext(this.contexts[from]!, this.lineScan.classifier);
    this.lineScan.context = context;
    this.refillCarry(lines, from);
    const findings = this.findings;
    const lexStates = this.lexStates;
    const contexts = this.contexts;
    // Sized once (appending line by line to three arrays costs more than the scan of the line),
    // and never longer than the text: nothing is ever reported past its end.
    if (findings.length !== lineCount) findings.length = lexStates.length = contexts.length = lineCount;
    const slice = this.slice;
    let lexMatchedFrom = -1;
    let line = from;
    for (; line < lineCount; line++) {
      if (line > from) {
        if (line >= until) {
          const oldLex = lexStates[line];
          if (oldLex !== undefined && sameLexState(oldLex, lex)) {
            if (lexMatchedFrom < 0) lexMatchedFrom = line;
            const oldContext = contexts[line];
            if (
              line - lexMatchedFrom >= CARRY_SPAN_LINES &&
              oldContext !== undefined &&
              sameStoredContext(oldContext, context.stored)
            )
              break;
          } else {
            lexMatchedFrom = -1;
          }
        }
        lexStates[line] = storedLexState(lex);
        contexts[line] = context.stored;
        if ((line & 511) === 0 && deadline !== Infinity && performance.now() > deadline) {
          this.dirty = { from: line, to: Math.max(until, line + 1) };
          break;
        }
      }
      lines.lineAt(line, slice);
      this.scanLine(slice.text, line, slice.start, slice.end, lex, context);
    }
    // The end of the text: drop what lay beyond it.
    if (line >= lineCount) findings.length = lexStates.length = contexts.length = lineCount;
    this.lineScan.text = '';
    this.lineScan.context = undefined;
  }

  /**
   * Lexes one line, updates the context and records the line's findings. The hot path of
   * every scan, kept out of scan's loop so it is optimised as a function of its own.
   */
  private scanLine(
    text: string,
    line: number,
    lineStart: number,
    lineEnd: number,
    lex: LexState,
    context: CodeContext,
  ): void {
    const buf = this.buf;
    const lineScan = this.lineScan;
    const found = lineScan.found;
    const first = buf.length;
    lexLine(text, lineStart, lineEnd, lex, this.syntax, buf);
    buf.markedCount = 0;
    markNames(buf, first, text);
    lineScan.begin(line, lineStart, text);
    if (buf.length > first) {
      // Indentation matters only where blocks close by it (Python `match`).
      const indent = this.syntax.family === 'python' ? indentOf(text, lineStart, lineEnd) : 0;
      context.processLine(buf, first, this.syntax, indent, lineScan);
      if (buf.markedCount !== 0) lineScan.constants();
      if (lineScan.checksMembers) lineScan.unknownMembers(first);
    }
    this.findings[line] = found.length === 0 ? undefined : found.length === 1 ? found[0]! : sortedCopy(found);
    this.carryLine(buf.length > first);
  }

  /**
   * Keeps the look-behind for the next line after a line was lexed.
   * A run of CARRY_GAP_LINES lines without tokens empties it.
   */
  private carryLine(hadTokens: boolean): void {
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

  /** The scanner state at the start of `line` (a copy) and where the line's text is; undefined past the end. */
  lineAtStart(line: number): ({ lex: LexState } & LineSlice) | undefined {
    this.refresh();
    const lex = this.lexStates[line];
    if (!lex || this.dirty) return undefined;
    const slice = newLineSlice();
    linesOf(this.document).lineAt(line, slice);
    return { lex: { ...lex }, ...slice };
  }

  /**
   * The scanner and context state at the start of `line`, with the look-behind tokens
   * carried into it copied into `out`: what completion needs to judge the cursor's line
   * without scanning the file above it again.
   */
  startOfLine(line: number, out: TokenBuffer): { lex: LexState; context: ContextState } | undefined {
    this.refresh();
    const lex = this.lexStates[line],
      context = this.contexts[line];
    if (!lex || !context || this.dirty) return undefined;
    this.refillCarry(linesOf(this.document), line);
    const b = this.buf;
    out.clear();
    for (let t = b.floor; t < b.length; t++) {
      out.source = b.sources[t]!;
      out.push(b.kind[t] as TokenKind, b.start[t]!, b.end[t]!, b.contentStart[t]!, b.contentEnd[t]!, b.op[t]);
    }
    b.clear();
    return { lex: { ...lex }, context: expandContext(context) };
  }

  /**
   * Rebuilds the look-behind carried into line `line` exactly as a scan from the top
   * would have left it: walks back to the lines that supply the last tokens (or to a
   * gap that emptied the carry), then lexes them forward again.
   */
  private refillCarry(lines: LineSource, line: number): void {
    const buf = this.buf;
    buf.clear();
    this.quietLines = 0;
    if (line === 0) return;
    const slice = this.slice;
    const lexAt = (l: number): number => {
      const first = buf.length;
      lines.lineAt(l, slice);
      lexLine(slice.text, slice.start, slice.end, { ...this.lexStates[l]! }, this.syntax, buf);
      return buf.length - first;
    };
    let earliest = line;
    let tokens = 0;
    let quiet = 0;
    for (let l = line - 1; l >= 0 && this.lexStates[l]; l--) {
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
    for (let l = earliest; l < line; l++) this.carryLine(lexAt(l) > 0);
  }

  /**
   * An edit near the top can add or remove the import that names a provider: then every
   * line is classified again with the new relevance.
   */
  private relevanceChanged(): boolean {
    const relevance = this.index.relevanceFor(linesOf(this.document).head(RELEVANCE_SAMPLE));
    const key = this.keyOf(relevance);
    if (key === this.relevanceKey) return false;
    this.currentRelevance = relevance;
    this.relevanceKey = key;
    this.lineScan.classifier = new Classifier(this.index, relevance);
    return true;
  }

  private keyOf(relevance: ProviderRelevance): string {
    return this.index.providers.map((p) => relevance.score(p.id)).join(',');
  }

  /** Which providers the head of the document mentions (imports, SDK names): ranks entries of shared codes. */
  get relevance(): ProviderRelevance {
    this.refresh();
    return this.currentRelevance;
  }

  /** The relevance the up-to-date lines (`currentLines`) were classified with; scans nothing. */
  get relevanceOfCurrentLines(): ProviderRelevance {
    return this.currentRelevance;
  }

  /** The catalogue index the findings were computed with. */
  get catalogue(): CatalogueIndex {
    return this.index;
  }
}
