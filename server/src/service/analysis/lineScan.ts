import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import type { LexicalSyntax } from '../scan/languages';
import { Op } from '../scan/operators';
import { TokenKind, type TokenBuffer } from '../scan/tokens';
import type { Classifier } from './classifier';
import type { CodeContext, LiteralContext, LiteralSink } from './codeContext';
import { isImplicitMemberInCodeContext } from './context/rules/implicitMember';
import { finding, type StoredFinding } from './findings';
import type { LineScanState } from './lineScanState';
import { checksMembersOf, isKnownContainer, nearMembers } from './unknownMembers';

/**
 * The line being scanned, and the findings it yields: the one explicitly mutable scan state (see
 * LineScanState), reused for every line. DocumentAnalysis sets `context` for a scan and calls
 * `begin` before each line; CodeContext hands each literal of the line to `literal`, which passes
 * this object on to the Classifier.
 */
export class LineScan implements LiteralSink, LineScanState {
  /** The findings of the current line, in the order found (emptied per line). */
  readonly found: StoredFinding[] = [];
  line = 0;
  lineStart = 0;
  /** The source string the line is in (offsets are offsets in it). */
  text = '';
  /** The context of the scan under way; undefined between scans. */
  context: CodeContext | undefined;
  /** Misspelt SDK enum members are reported in this document's language (see unknownMembers). */
  readonly checksMembers: boolean;

  constructor(
    readonly buf: TokenBuffer,
    private readonly index: CatalogueIndex,
    private readonly languageId: string,
    private readonly syntax: LexicalSyntax,
    /** Replaced when the document's provider relevance changes. */
    public classifier: Classifier,
  ) {
    this.checksMembers = checksMembersOf(languageId) && index.hasConstants;
  }

  /** Starts a line: no findings yet. */
  begin(line: number, lineStart: number, text: string): void {
    const found = this.found;
    // A line has few findings; popping them is cheaper than setting the length (`npm run bench`, "analysis" rows).
    while (found.length !== 0) found.pop();
    this.line = line;
    this.lineStart = lineStart;
    this.text = text;
  }

  /** LineScanState: the context judges literals only while a scan is under way. */
  get literalContext(): LiteralContext {
    return this.context!;
  }

  /**
   * LiteralSink: CodeContext hands over each literal of the line being scanned. Most cannot be findings whatever their
   * context (short numbers the catalogue lacks, ordinary strings): the context is judged
   * only for those that can.
   */
  literal(t: number): void {
    const kind = this.buf.kind[t] as TokenKind;
    if (kind === TokenKind.Integer) this.classifier.integer(this, t);
    else if (kind === TokenKind.String) this.classifier.string(this, t);
    else this.classifier.stringPart(this, t);
  }

  /**
   * Names on the line that are SDK constants; `Container.Member` needs its container. The
   * lexer marked the names that may be (TokenBuffer.nameFilter): only those are looked at.
   */
  constants(): void {
    const out = this.found,
      text = this.text;
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
        this.classifier.identifier(this, t, container, implicit);
      }
      if (
        out.length === found &&
        this.syntax.family === 'go' &&
        this.index.mayBeGoConstant(text.charCodeAt(b.start[t]!))
      ) {
        this.classifier.goConstant(this, t);
      }
    }
  }

  /**
   * `ZIMErrorCode.NetworkModuleTokenExpird` in a language without a compiler to catch it: a member
   * of a known SDK container that the catalogue lacks, near one it has. `first`: the line's first token.
   */
  unknownMembers(first: number): void {
    const out = this.found,
      line = this.line,
      lineStart = this.lineStart,
      text = this.text;
    const b = this.buf;
    for (let t = Math.max(first, b.floor + 2); t < b.length; t++) {
      if (b.kind[t] !== TokenKind.Identifier || b.op[t - 1] !== Op.Dot || b.kind[t - 2] !== TokenKind.Identifier)
        continue;
      if (b.end[t - 2] !== b.start[t - 1] || !isKnownContainer(this.index, b.text(t - 2))) continue;
      const start = b.start[t]!,
        end = b.end[t]!;
      if (out.some((f) => f.start === start - lineStart)) continue;
      const member = text.slice(start, end);
      const suggestions = nearMembers(this.index, b.text(t - 2), member, this.languageId);
      if (suggestions.length > 0) {
        out.push(finding(line, start - lineStart, end - lineStart, 'unknown-string-code', member, suggestions));
      }
    }
  }
}
