import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex, type ProviderRelevance } from '../catalogue/catalogueIndex';
import { Classifier } from './classifier';
import { checksMembersOf, isKnownContainer, nearMembers } from './unknownMembers';
import { isImplicitMemberInCodeContext } from './context/rules/implicitMember';
import {
  CodeContext,
  expandContext,
  INITIAL_CONTEXT,
  sameStoredContext,
  type ContextState,
  type LiteralSink,
  type StoredContext,
} from './codeContext';
import { finding, type Finding } from './findings';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { initialLexState, lexLine, LexMode, sameLexState, type LexState } from '../scan/lexer';
import { markNames } from '../scan/markNames';
import { linesOf, newLineSlice, type LineSlice, type LineSource } from '../text/lineSource';
import { Op } from '../scan/operators';
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
const CODE_LEX: LexState = Object.freeze(initialLexState());
/** Line states inside a comment or a multi-line string are nearly always one of a few: shared, not copied per line. */
const COMMON_LEX_STATES: readonly LexState[] = [
  { mode: LexMode.BlockComment, depth: 1, delimiter: '' },
  ...['`', '"""', "'''", '"'].map((delimiter) => ({ mode: LexMode.String, depth: 0, delimiter })),
].map((state) => Object.freeze(state));

/** The lex state to remember for a line start: a shared one where possible. */
function storedLexState(lex: LexState): LexState {
  if (lex.mode === LexMode.Code) return CODE_LEX;
  for (const common of COMMON_LEX_STATES) if (sameLexState(common, lex)) return common;
  return { mode: lex.mode, depth: lex.depth, delimiter: lex.delimiter };
}

/**
 * The findings of one document, kept per line. After an edit only the changed lines
 * are scanned again, plus the lines after them until the scanner state matches the
 * state it had before: an edit costs what it changed, not the size of the file.
 */
export class DocumentAnalysis implements LiteralSink {
  /** Scanner and context state at the start of each line: what incremental re-analysis resumes from. */
  private lexStates: (LexState | undefined)[] = [];
  private contexts: (StoredContext | undefined)[] = [];
  /** Per line: no finding, one (most lines that have any), or several in order of position. */
  private findings: LineFindings[] = [];
  private readonly syntax: LexicalSyntax;
  private readonly buf = new TokenBuffer();
  private classifier: Classifier;
  /** Which providers the head of the document mentions; findings depend on it (see Classifier). */
  private relevanceKey: string;
  /** Lines changed since the last scan: [from, to) in current line numbers. */
  private dirty: { from: number; to: number } | undefined;
  private currentRelevance: ProviderRelevance;
  /** Where the line being read is; one object for every line. */
  private readonly slice: LineSlice = newLineSlice();
  /** Consecutive token-less lines just scanned (capped at CARRY_GAP_LINES). */
  private quietLines = 0;
  /** Scratch for the line being scanned: one handler for all lines, no closure per line. */
  private readonly found: Finding[] = [];
  private lineNumber = 0;
  private lineStart = 0;
  private text = '';
  private context: CodeContext | undefined;
  /** Misspelt SDK enum members are reported in this document's language (see unknownMembers). */
  private readonly checksMembers: boolean;

  constructor(
    private document: TextDocument,
    private readonly index: CatalogueIndex,
  ) {
    this.syntax = syntaxFor(document.languageId);
    this.checksMembers = checksMembersOf(document.languageId) && index.hasConstants;
    const relevance = index.relevanceFor(linesOf(document).head(RELEVANCE_SAMPLE));
    this.currentRelevance = relevance;
    this.classifier = new Classifier(index, relevance);
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
    const out: Finding[] = [];
    this.visit((f) => {
      out.push(f);
      return true;
    });
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
    const context = new CodeContext(this.contexts[from]!, this.classifier);
    this.context = context;
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
    this.text = '';
    this.context = undefined;
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
    const found = this.found;
    const first = buf.length;
    this.text = text;
    lexLine(text, lineStart, lineEnd, lex, this.syntax, buf);
    buf.markedCount = 0;
    markNames(buf, first, text);
    while (found.length !== 0) found.pop(); // a line has few findings; popping them is cheaper than setting the length
    if (buf.length > first) {
      this.lineNumber = line;
      this.lineStart = lineStart;
      // Indentation matters only where blocks close by it (Python `match`).
      const indent = this.syntax.family === 'python' ? this.indentOf(text, lineStart, lineEnd) : 0;
      context.processLine(buf, first, this.syntax, indent, this);
      if (buf.markedCount !== 0) this.constants(found, line, lineStart, text);
      if (this.checksMembers) this.unknownMembers(found, first, line, lineStart, text);
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

  /**
   * LiteralSink: CodeContext hands over each literal of the line being scanned. Most cannot be findings whatever their
   * context (short numbers the catalogue lacks, ordinary strings): the context is judged
   * only for those that can.
   */
  literal(t: number): void {
    const out = this.found,
      line = this.lineNumber,
      lineStart = this.lineStart,
      text = this.text;
    const b = this.buf;
    const kind = b.kind[t] as TokenKind;
    const context = this.context!;
    if (kind === TokenKind.Integer) {
      this.classifier.integer(
        out,
        line,
        lineStart,
        text,
        b.start[t]!,
        b.end[t]!,
        b.contentStart[t]!,
        b.contentEnd[t]!,
        context,
        t,
      );
    } else if (kind === TokenKind.String) {
      this.classifier.string(
        out,
        line,
        lineStart,
        b.start[t]!,
        b.end[t]!,
        b.contentStart[t]!,
        b.contentEnd[t]!,
        text.slice(b.contentStart[t], b.contentEnd[t]),
        context,
        t,
      );
    } else {
      this.classifier.stringPart(
        out,
        line,
        lineStart,
        b.contentStart[t]!,
        text.slice(b.contentStart[t], b.contentEnd[t]),
      );
    }
  }

  /**
   * Names on the line that are SDK constants; `Container.Member` needs its container. The
   * lexer marked the names that may be (TokenBuffer.nameFilter): only those are looked at.
   */
  private constants(out: Finding[], line: number, lineStart: number, text: string): void {
    const b = this.buf;
    for (let m = 0; m < b.markedCount; m++) {
      const t = b.marked[m]!;
      const found = out.length;
      const dot = t - 1 >= b.floor && b.op[t - 1] === Op.Dot;
      if (this.index.mayBeConstantAt(text, b.start[t]!, b.end[t]!, dot)) {
        // The container may be a carried token of an earlier line.
        // `case .x` is not `case.x`: a qualifier touches its dot.
        const qualified =
          dot && t - 2 >= b.floor && b.kind[t - 2] === TokenKind.Identifier && b.end[t - 2] === b.start[t - 1];
        const container = qualified ? b.text(t - 2) : undefined;
        // `.member` with nothing before the dot: a Swift implicit member, the enum given by the context.
        const implicit = dot && !qualified && isImplicitMemberInCodeContext(this.context!.tokens, t - 1);
        this.classifier.identifier(
          out,
          line,
          lineStart,
          b.start[t]!,
          b.end[t]!,
          text.slice(b.start[t], b.end[t]),
          container,
          implicit,
        );
      }
      if (
        out.length === found &&
        this.syntax.family === 'go' &&
        this.index.mayBeGoConstant(text.charCodeAt(b.start[t]!))
      ) {
        this.classifier.goConstant(out, line, lineStart, b.start[t]!, b.end[t]!, text.slice(b.start[t], b.end[t]));
      }
    }
  }

  /**
   * `ZIMErrorCode.NetworkModuleTokenExpird` in a language without a compiler to catch it: a member
   * of a known SDK container that the catalogue lacks, near one it has.
   */
  private unknownMembers(out: Finding[], first: number, line: number, lineStart: number, text: string): void {
    const b = this.buf;
    for (let t = Math.max(first, b.floor + 2); t < b.length; t++) {
      if (b.kind[t] !== TokenKind.Identifier || b.op[t - 1] !== Op.Dot || b.kind[t - 2] !== TokenKind.Identifier)
        continue;
      if (b.end[t - 2] !== b.start[t - 1] || !isKnownContainer(this.index, b.text(t - 2))) continue;
      const start = b.start[t]!,
        end = b.end[t]!;
      if (out.some((f) => f.start === start - lineStart)) continue;
      const member = text.slice(start, end);
      const suggestions = nearMembers(this.index, b.text(t - 2), member, this.document.languageId);
      if (suggestions.length > 0) {
        out.push(finding(line, start - lineStart, end - lineStart, 'unknown-string-code', member, suggestions));
      }
    }
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
    const relevance = this.index.relevanceFor(linesOf(this.document).head(RELEVANCE_SAMPLE));
    const key = this.keyOf(relevance);
    if (key === this.relevanceKey) return false;
    this.currentRelevance = relevance;
    this.relevanceKey = key;
    this.classifier = new Classifier(this.index, relevance);
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

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

type LineFindings = Finding | readonly Finding[] | undefined;
const isList = (found: Finding | readonly Finding[]): found is readonly Finding[] => Array.isArray(found);

/**
 * Renumbered in place: a finding is owned by its analysis, and copying every finding
 * below an inserted line would make each edit cost the size of the file.
 */
function renumber(list: readonly Finding[], line: number): void {
  for (const f of list) (f as { line: number }).line = line;
}

/** The line's findings in order of position (SDK constants are found after literals). */
function sortedCopy(found: readonly Finding[]): Finding[] {
  const copy = found.slice();
  for (let i = 1; i < copy.length; i++)
    if (copy[i - 1]!.start > copy[i]!.start) return copy.sort((a, b) => a.start - b.start);
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
