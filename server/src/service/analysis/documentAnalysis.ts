import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogueIndex, ProviderRelevance } from '../catalogue/catalogueIndex';
import { Classifier } from './classifier';
import { CodeContext, expandContext, sameStoredContext, type ContextState } from './codeContext';
import type { Finding } from './findings';
import { HeadRelevance, RELEVANCE_SAMPLE } from './headRelevance';
import { LineScan } from './lineScan';
import { indentOf, LineStates, sortedCopy, storedLexState, widenDirty, type DirtyLines } from './lineStates';
import { CARRY_SPAN_LINES, LookBehind } from './lookBehind';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { lexLine, sameLexState, type LexState } from '../scan/lexer';
import { markNames } from '../scan/markNames';
import { linesOf, newLineSlice, type LineSlice } from '../text/lineSource';
import { TokenBuffer } from '../scan/tokens';

/**
 * The findings of one document, kept per line. After an edit only the changed lines
 * are scanned again, plus the lines after them until the scanner state matches the
 * state it had before: an edit costs what it changed, not the size of the file.
 */
export class DocumentAnalysis {
  /** What each line start and line holds: states to resume from, findings. */
  private readonly lines = new LineStates();
  private readonly syntax: LexicalSyntax;
  private readonly buf = new TokenBuffer();
  /** The line being scanned and its findings (one object, reused). */
  private readonly lineScan: LineScan;
  /** Which providers the head of the document mentions; findings depend on it (see Classifier). */
  private readonly headRelevance: HeadRelevance;
  /** Lines changed since the last scan: [from, to) in current line numbers. */
  private dirty: DirtyLines | undefined;
  /** Where the line being read is; one object for every line. */
  private readonly slice: LineSlice = newLineSlice();
  /** The tokens of earlier lines the rules may look back at. */
  private readonly lookBehind: LookBehind;

  constructor(
    private document: TextDocument,
    private readonly index: CatalogueIndex,
  ) {
    this.syntax = syntaxFor(document.languageId);
    this.headRelevance = new HeadRelevance(index, document);
    const classifier = new Classifier(index, this.headRelevance.current);
    this.lineScan = new LineScan(this.buf, index, document.languageId, this.syntax, classifier);
    this.lookBehind = new LookBehind(this.buf, this.syntax);
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
    this.lines.edited(line, removedLines, addedLines);
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
    this.lines.visit(0, this.lines.findings.length, visitor);
  }

  /**
   * Visits the findings of lines [from, to) in document order without scanning anything,
   * until `visitor` returns false (then returns false). Only lines before `currentLines`
   * are up to date.
   */
  visitLines(from: number, to: number, visitor: (finding: Finding) => boolean): boolean {
    return this.lines.visit(from, to, visitor);
  }

  /**
   * How many lines from the top are up to date. Everything above the first changed line is;
   * while a first analysis is under way (settle), it is the lines scanned so far.
   */
  get currentLines(): number {
    const count = this.lines.findings.length;
    return this.dirty ? Math.min(this.dirty.from, count) : count;
  }

  /** The findings on one line. */
  onLine(line: number): readonly Finding[] {
    this.refresh();
    return this.lines.onLine(line);
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
      this.lines.lexStates.length > 1 &&
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
    const { findings, lexStates, contexts } = this.lines;
    if (!lexStates[from] || !contexts[from]) {
      from = 0;
      until = Math.max(until, 1);
    }
    // One mutable lex state for the whole scan; line states get a copy only when not in code.
    const lex: LexState = { ...lexStates[from]! };
    const context = new CodeContext(contexts[from]!, this.lineScan.classifier);
    this.lineScan.context = context;
    this.lookBehind.refill(lines, from, lexStates, this.slice);
    // Sized once (appending line by line to three arrays cost more than the scan of a blank line,
    // `npm run bench` "analysis" rows: 110 ns a line, 49 sized), and never longer than the text:
    // nothing is ever reported past its end.
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
    this.lines.findings[line] = found.length === 0 ? undefined : found.length === 1 ? found[0]! : sortedCopy(found);
    this.lookBehind.afterLine(buf.length > first);
  }

  /** The scanner state at the start of `line` (a copy) and where the line's text is; undefined past the end. */
  lineAtStart(line: number): ({ lex: LexState } & LineSlice) | undefined {
    this.refresh();
    const lex = this.lines.lexStates[line];
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
    const lex = this.lines.lexStates[line],
      context = this.lines.contexts[line];
    if (!lex || !context || this.dirty) return undefined;
    this.lookBehind.refill(linesOf(this.document), line, this.lines.lexStates, this.slice);
    this.lookBehind.moveTo(out);
    return { lex: { ...lex }, context: expandContext(context) };
  }

  /**
   * An edit near the top can add or remove the import that names a provider: then every
   * line is classified again with the new relevance.
   */
  private relevanceChanged(): boolean {
    if (!this.headRelevance.update(this.document)) return false;
    this.lineScan.classifier = new Classifier(this.index, this.headRelevance.current);
    return true;
  }

  /** Which providers the head of the document mentions (imports, SDK names): ranks entries of shared codes. */
  get relevance(): ProviderRelevance {
    this.refresh();
    return this.headRelevance.current;
  }

  /** The relevance the up-to-date lines (`currentLines`) were classified with; scans nothing. */
  get relevanceOfCurrentLines(): ProviderRelevance {
    return this.headRelevance.current;
  }

  /** The catalogue index the findings were computed with. */
  get catalogue(): CatalogueIndex {
    return this.index;
  }
}
