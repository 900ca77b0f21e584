import type { LexicalSyntax } from '../scan/languages';
import { Op, operatorSet } from '../scan/operators';
import { TokenBuffer, TokenKind } from '../scan/tokens';
import { isCodeName } from './codeNames';
import {
  expandContext,
  INITIAL_CONTEXT,
  TableEvidence,
  type ContextState,
  type ReusableFrames,
  type StoredContext,
  type WorkingState,
} from './context/contextState';
import { popFrame, pushFrame } from './context/frameStack';
import { tableEvidenceOpenedAt } from './context/rules/codeTable';
import type { CatalogueEvidence } from './context/catalogueEvidence';
import { clearlyNotCode, inCodeContext, inStrongCodeContext } from './context/literalVerdict';
import { TokenView } from './context/tokenView';

export {
  expandContext,
  INITIAL_CONTEXT,
  initialContextState,
  sameContextState,
  sameStoredContext,
  type ContextState,
  type Frame,
  type StoredContext,
} from './context/contextState';

/** Receives the literals of a line as CodeContext reads it. */
export interface LiteralSink {
  literal(token: number): void;
}

/**
 * Judges the literal at a token of the line being read, on demand. Two questions, because
 * most literals need only the cheaper one: a long known code is a finding unless it is
 * clearly something else, and only a short one must stand in a code context.
 */
export interface LiteralContext {
  /** Stands where a status code belongs: compared with a code, a case arm, in a list of codes... */
  inCodeContext(token: number): boolean;
  /** Clearly something else: an operand of arithmetic, compared with another kind of code, a size or a timeout. */
  clearlyNotCode(token: number): boolean;
  /** Compared with a code, an arm of a switch on one, or in a list tested against one (not merely assigned). */
  inStrongCodeContext(token: number): boolean;
}

/** Operators that change the state (brackets, `;`, Python's `:`); others are passed over. A table: "analysis" rows. */
const STATE_OPERATORS = operatorSet(
  Op.OpenBrace,
  Op.OpenParen,
  Op.OpenBracket,
  Op.CloseBrace,
  Op.CloseParen,
  Op.CloseBracket,
  Op.Semicolon,
  Op.Colon,
);

/**
 * Only switch, when, match, case and enum are keywords here: a name of another length or initial is
 * not (most names are told by two comparisons, not five string tests: `npm run bench`, "analysis" rows).
 */
function mayBeKeyword(buf: TokenBuffer, i: number): boolean {
  const length = buf.end[i]! - buf.start[i]!;
  if (length < 4 || length > 6) return false;
  const c = buf.firstChar(i);
  return c === 115 /* s */ || c === 119 /* w */ || c === 109 /* m */ || c === 99 /* c */ || c === 101 /* e */;
}

/**
 * Reads the tokens of one line, keeps the bracket, switch and enum state (the one state
 * machine of the analysis), and decides for each integer and string literal whether it
 * stands where a status code belongs, by the rules in context/rules/. Tokens before
 * `first` are the look-behind carried from earlier lines.
 */
export class CodeContext implements LiteralContext {
  /** The working state, changed in place while a line is read (the only state CodeContext changes). */
  private readonly state: WorkingState;
  private readonly view: TokenView;
  private snapshot: ContextState | undefined;
  /** The frames opened at the top level, kept for reuse (see ReusableFrames). */
  private readonly rootFrames: ReusableFrames = {
    braceChild: undefined,
    parenChild: undefined,
    bracketChild: undefined,
  };

  constructor(initial: StoredContext, evidence?: CatalogueEvidence) {
    const state = expandContext(initial);
    this.state = { ...state };
    this.snapshot = state;
    this.view = new TokenView(this.state);
    this.view.evidence = evidence;
  }

  /** The state now as a line remembers it: the innermost frame when nothing is pending, no object made. */
  get stored(): StoredContext {
    const s = this.state;
    if (!s.pendingSwitch && !s.subjectIsCode && s.pendingEnum === undefined && !s.rubyCase)
      return s.frames ?? INITIAL_CONTEXT;
    return this.current;
  }

  /** The state now, as a snapshot no one changes (cached until the state changes: one object per change). */
  get current(): ContextState {
    const s = this.state,
      last = this.snapshot;
    // Brackets opened and closed on one line leave the state as it was: reuse the snapshot.
    if (
      last &&
      last.frames === s.frames &&
      last.pendingSwitch === s.pendingSwitch &&
      last.subjectIsCode === s.subjectIsCode &&
      last.pendingEnum === s.pendingEnum &&
      last.rubyCase === s.rubyCase
    )
      return last;
    return (this.snapshot = {
      frames: s.frames,
      pendingSwitch: s.pendingSwitch,
      subjectIsCode: s.subjectIsCode,
      pendingEnum: s.pendingEnum,
      rubyCase: s.rubyCase,
    });
  }

  /**
   * Updates bracket and switch state for the line's tokens and reports each literal;
   * while `sink.literal` runs, inCodeContext and clearlyNotCode judge it (judging costs, so only on demand).
   * A sink object rather than a callback: one call site, one kind of receiver, fast.
   */
  processLine(
    buf: TokenBuffer,
    first: number,
    syntax: LexicalSyntax,
    indent: number,
    sink: LiteralSink | undefined,
  ): void {
    const view = this.view;
    view.buf = buf;
    view.syntax = syntax;
    if (syntax.family === 'python' && first < buf.length) this.closePythonMatches(indent);
    const state = this.state;
    for (let i = first; i < buf.length; i++) {
      const kind = buf.kind[i] as TokenKind;
      if (kind === TokenKind.Integer || kind === TokenKind.String || kind === TokenKind.StringPart) {
        if (sink) sink.literal(i);
      } else if (kind === TokenKind.Identifier) {
        // Most names cannot change the state: only keywords, or any name while a switch or enum is pending.
        if (state.pendingSwitch || state.pendingEnum === false || mayBeKeyword(buf, i)) this.onIdentifier(i);
      } else if (kind === TokenKind.Punctuation) {
        if (STATE_OPERATORS[buf.op[i]!] === 1) this.onPunctuation(i, indent);
      }
    }
  }

  /** The tokens and state the rules see (for callers that judge other tokens of the line, such as SDK constants). */
  get tokens(): TokenView {
    return this.view;
  }

  // ---- state: brackets, switch subjects, enums ----

  private onIdentifier(i: number): void {
    const s = this.state,
      v = this.view;
    const family = v.syntax.family;
    if (v.is(i, 'switch') || v.is(i, 'when') || v.is(i, 'match')) {
      if (family === 'ruby' && v.is(i, 'when')) return;
      // C# `code switch {`: the subject stands before the keyword.
      const subjectBefore =
        v.is(i, 'switch') && family === 'csharp' && i > v.buf.floor && !v.isPunct(i + 1, Op.OpenParen);
      s.pendingSwitch = true;
      s.subjectIsCode = subjectBefore && v.codeExpressionEndsAt(i - 1);
      return;
    }
    if (family === 'ruby' && v.is(i, 'case')) {
      s.rubyCase = false;
      s.pendingSwitch = true;
      s.subjectIsCode = false;
      return;
    }
    if (v.is(i, 'enum')) {
      s.pendingEnum = false;
      return;
    }
    if (s.pendingEnum === false && !v.is(i, 'class') && !v.is(i, 'struct')) {
      const name = v.text(i);
      s.pendingEnum = /err|code|status|result|ret/i.test(name) && !/http/i.test(name);
      return;
    }
    if (s.pendingSwitch && v.isName(i)) {
      if (!v.isUnwrapper(i)) s.subjectIsCode = isCodeName(v.text(i));
      if (family === 'ruby' && v.isLastOnLine(i)) {
        s.rubyCase = s.subjectIsCode;
        s.pendingSwitch = false;
      }
    }
  }

  private onPunctuation(i: number, indent: number): void {
    const op = this.view.buf.op[i] as Op;
    const s = this.state;
    if (op === Op.OpenBrace || op === Op.OpenParen || op === Op.OpenBracket) {
      const opensSwitch = op === Op.OpenBrace && s.pendingSwitch;
      const opensEnum = op === Op.OpenBrace && s.pendingEnum !== undefined;
      // Tables are told by the name they are assigned to; blocks of switches and enums are not tables.
      const table = opensSwitch || opensEnum ? TableEvidence.None : tableEvidenceOpenedAt(this.view, i);
      s.frames = pushFrame(
        s.frames,
        this.rootFrames,
        op,
        opensSwitch && s.subjectIsCode,
        opensEnum && s.pendingEnum === true,
        table,
        indent,
      );
      if (opensSwitch) {
        s.pendingSwitch = false;
        s.subjectIsCode = false;
      }
      if (opensEnum) s.pendingEnum = undefined;
    } else if (op === Op.CloseBrace || op === Op.CloseParen || op === Op.CloseBracket) {
      s.frames = popFrame(s.frames, op);
    } else if (op === Op.Semicolon) {
      if (s.pendingSwitch || s.pendingEnum !== undefined) {
        s.pendingSwitch = false;
        s.pendingEnum = undefined;
      }
    } else if (
      op === Op.Colon &&
      this.view.syntax.family === 'python' &&
      s.pendingSwitch &&
      this.view.isLastOnLine(i)
    ) {
      s.frames = pushFrame(s.frames, this.rootFrames, -1, s.subjectIsCode, false, TableEvidence.None, indent);
      s.pendingSwitch = false;
      s.subjectIsCode = false;
    }
  }

  private closePythonMatches(indent: number): void {
    let f = this.state.frames;
    while (f && f.open === -1 && indent <= f.indent) f = f.next;
    if (f !== this.state.frames) this.state.frames = f;
  }

  // ---- the verdict for one literal (context/literalVerdict.ts) ----

  inCodeContext(i: number): boolean {
    return inCodeContext(this.view, i);
  }

  inStrongCodeContext(i: number): boolean {
    return inStrongCodeContext(this.view, i);
  }

  clearlyNotCode(i: number): boolean {
    return clearlyNotCode(this.view, i);
  }

  /** Does the expression that ends at token `j` of the line being read hold a code (completion asks)? */
  codeExpressionEndsAt(j: number): boolean {
    return this.view.codeExpressionEndsAt(j);
  }
}
