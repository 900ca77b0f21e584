import { isCodeConstantName, isCodeName, isMeasureName, isOtherCodeName } from './codeNames';
import type { LexicalSyntax } from '../scan/languages';
import { Op, operatorSet } from '../scan/operators';
import { TokenBuffer, TokenKind } from '../scan/tokens';

/**
 * An open bracket and what it opened. Frames form an immutable list shared between
 * line states, so remembering the state of every line costs little.
 */
export interface Frame {
  readonly open: number;
  /** The block of a `switch`/`when`/`match` whose subject is named like a code. */
  readonly codeSwitch: boolean;
  /** The body of an enum named like codes (`enum ErrorCode {`): its values are codes. */
  readonly codeEnum: boolean;
  /** Python `match` blocks close by indentation. */
  readonly indent: number;
  readonly depth: number;
  readonly next: Frame | null;
  /**
   * The last plain frame opened inside this one, kept for reuse: frames are immutable,
   * so the `(` of every call on a line can share one object instead of allocating.
   */
  child: Frame | undefined;
}

/** Context carried from one line to the next. Treated as immutable once stored. */
export interface ContextState {
  readonly frames: Frame | null;
  /** Inside the subject of `switch`/`when`/`match`, before its `{`. */
  readonly pendingSwitch: boolean;
  readonly subjectIsCode: boolean;
  /** After `enum`, before its `{`: undefined when no enum is pending. */
  readonly pendingEnum: boolean | undefined;
  /** Ruby `case code` ... `when 414`. */
  readonly rubyCase: boolean;
}

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
}

export const initialContextState = (): ContextState => ({
  frames: null,
  pendingSwitch: false,
  subjectIsCode: false,
  pendingEnum: undefined,
  rubyCase: false,
});

/** The context at the start of a file. */
export const INITIAL_CONTEXT: ContextState = Object.freeze(initialContextState());

/**
 * A line's context as remembered per line: the innermost frame alone when nothing is
 * pending (most lines: no object is made), a whole ContextState otherwise.
 */
export type StoredContext = Frame | ContextState;

const isContextState = (c: StoredContext): c is ContextState =>
  (c as Partial<ContextState>).pendingSwitch !== undefined;

export function expandContext(c: StoredContext): ContextState {
  return isContextState(c)
    ? c
    : { frames: c, pendingSwitch: false, subjectIsCode: false, pendingEnum: undefined, rubyCase: false };
}

export function sameStoredContext(a: StoredContext, b: StoredContext): boolean {
  return a === b || sameContextState(expandContext(a), expandContext(b));
}

export function sameContextState(a: ContextState, b: ContextState): boolean {
  if (
    a.pendingSwitch !== b.pendingSwitch ||
    a.subjectIsCode !== b.subjectIsCode ||
    a.pendingEnum !== b.pendingEnum ||
    a.rubyCase !== b.rubyCase
  )
    return false;
  let x = a.frames,
    y = b.frames;
  while (x !== y) {
    if (
      !x ||
      !y ||
      x.open !== y.open ||
      x.codeSwitch !== y.codeSwitch ||
      x.codeEnum !== y.codeEnum ||
      x.indent !== y.indent
    )
      return false;
    x = x.next;
    y = y.next;
  }
  return true;
}

const MAX_FRAMES = 200;
/** Operators that change the state (brackets, `;`, Python's `:`): the others are passed over. */
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

/** Only switch, when, match, case and enum are keywords here: a name of another length or initial is not. */
function mayBeKeyword(buf: TokenBuffer, i: number): boolean {
  const length = buf.end[i]! - buf.start[i]!;
  if (length < 4 || length > 6) return false;
  const c = buf.firstChar(i);
  return c === 115 /* s */ || c === 119 /* w */ || c === 109 /* m */ || c === 99 /* c */ || c === 101 /* e */;
}
const OPEN_PAREN = Op.OpenParen,
  CLOSE_PAREN = Op.CloseParen,
  OPEN_BRACKET = Op.OpenBracket,
  OPEN_BRACE = Op.OpenBrace,
  CLOSE_BRACE = Op.CloseBrace;
const COMPARISONS = operatorSet(Op.Equal, Op.StrictEqual, Op.NotEqual, Op.StrictNotEqual);
const TERMINATORS = operatorSet(Op.Comma, Op.Semicolon, Op.CloseParen, Op.CloseBrace, Op.CloseBracket);
const ARITHMETIC = operatorSet(
  Op.Plus,
  Op.Minus,
  Op.Star,
  Op.Slash,
  Op.Percent,
  Op.ShiftLeft,
  Op.ShiftRight,
  Op.Amp,
  Op.Caret,
  Op.Less,
  Op.Greater,
  Op.LessEqual,
  Op.GreaterEqual,
  Op.DotDot,
);
const MEMBERSHIP_METHODS = new Set([
  'includes',
  'contains',
  'has',
  'indexOf',
  'Contains',
  'containsKey',
  'includes?',
  'include',
  'count',
]);
const MEMBERSHIP_CALLS = new Set(['in_array', 'Contains', 'contains', 'includes', 'array_search', 'ArrayContains']);
const LIST_CONSTRUCTORS = new Set([
  'listOf',
  'setOf',
  'arrayOf',
  'mutableListOf',
  'mutableSetOf',
  'hashSetOf',
  'intArrayOf',
  'of',
  'asList',
  'Set',
  'List',
  'tuple',
  'set',
  'frozenset',
  'array',
  'Array',
  'HashSet',
  'ImmutableSet',
  'NSSet',
  'NSArray',
  'arrayWithObjects',
  'setWithObjects',
]);
const TYPE_WORDS = new Set([
  'int',
  'long',
  'short',
  'Int',
  'Long',
  'Int32',
  'Int64',
  'UInt32',
  'UInt',
  'number',
  'uint',
  'uint32',
  'int32',
  'int64',
  'i32',
  'i64',
  'u32',
  'u64',
  'usize',
  'Integer',
  'NSInteger',
  'NSUInteger',
  'string',
  'String',
  'str',
  'const',
  'var',
  'let',
  'val',
  'final',
  'static',
]);

/**
 * Reads the tokens of one line and decides, for each integer and string literal,
 * whether it stands where a status code belongs. Tokens before `first` are the
 * look-behind carried from earlier lines.
 */
export class CodeContext implements LiteralContext {
  private buf!: TokenBuffer;
  private syntax!: LexicalSyntax;

  /** The working state, changed in place while a line is read. */
  private readonly state: { -readonly [K in keyof ContextState]: ContextState[K] };
  private snapshot: ContextState | undefined;
  /** The last plain frame opened at the top level (see Frame.child). */
  private rootChild: Frame | undefined;

  constructor(initial: StoredContext) {
    const state = expandContext(initial);
    this.state = { ...state };
    this.snapshot = state;
  }

  /** The state now as a line remembers it: the innermost frame when nothing is pending, no object made. */
  get stored(): StoredContext {
    const s = this.state;
    if (!s.pendingSwitch && !s.subjectIsCode && s.pendingEnum === undefined && !s.rubyCase)
      return s.frames ?? INITIAL_CONTEXT;
    return this.current;
  }

  /** The state now, as an immutable snapshot (cached until the state changes). */
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
    this.buf = buf;
    this.syntax = syntax;
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

  // ---- state: brackets, switch subjects, enums ----

  private onIdentifier(i: number): void {
    const s = this.state;
    if (this.is(i, 'switch') || this.is(i, 'when') || this.is(i, 'match')) {
      if (this.syntax.family === 'ruby' && this.is(i, 'when')) return;
      // C# `code switch {`: the subject stands before the keyword.
      const subjectBefore =
        this.is(i, 'switch') &&
        this.syntax.family === 'csharp' &&
        i > this.buf.floor &&
        !this.isPunct(i + 1, Op.OpenParen);
      s.pendingSwitch = true;
      s.subjectIsCode = subjectBefore && this.codeExpressionEndsAt(i - 1);
      return;
    }
    if (this.syntax.family === 'ruby' && this.is(i, 'case')) {
      s.rubyCase = false;
      s.pendingSwitch = true;
      s.subjectIsCode = false;
      return;
    }
    if (this.is(i, 'enum')) {
      s.pendingEnum = false;
      return;
    }
    if (s.pendingEnum === false && !this.is(i, 'class') && !this.is(i, 'struct')) {
      const name = this.tokenText(i);
      s.pendingEnum = /err|code|status|result|ret/i.test(name) && !/http/i.test(name);
      return;
    }
    if (s.pendingSwitch && this.isName(i)) {
      const codeish = isCodeName(this.tokenText(i));
      const keep = this.is(i, 'rawValue') || this.is(i, 'value') || this.is(i, 'intValue');
      if (!keep) s.subjectIsCode = codeish;
      if (this.syntax.family === 'ruby' && this.isLastOnLine(i)) {
        s.rubyCase = s.subjectIsCode;
        s.pendingSwitch = false;
      }
    }
  }

  private onPunctuation(i: number, indent: number): void {
    const op = this.buf.op[i] as Op;
    const s = this.state;
    if (op === Op.OpenBrace || op === Op.OpenParen || op === Op.OpenBracket) {
      const opensSwitch = op === Op.OpenBrace && s.pendingSwitch;
      const opensEnum = op === Op.OpenBrace && s.pendingEnum !== undefined;
      s.frames = this.push(op, opensSwitch && s.subjectIsCode, opensEnum && s.pendingEnum === true, indent);
      if (opensSwitch) {
        s.pendingSwitch = false;
        s.subjectIsCode = false;
      }
      if (opensEnum) s.pendingEnum = undefined;
    } else if (op === Op.CloseBrace || op === Op.CloseParen || op === Op.CloseBracket) {
      s.frames = this.pop(op);
    } else if (op === Op.Semicolon) {
      if (s.pendingSwitch || s.pendingEnum !== undefined) {
        s.pendingSwitch = false;
        s.pendingEnum = undefined;
      }
    } else if (op === Op.Colon && this.syntax.family === 'python' && s.pendingSwitch && this.isLastOnLine(i)) {
      s.frames = this.push(-1, s.subjectIsCode, false, indent);
      s.pendingSwitch = false;
      s.subjectIsCode = false;
    }
  }

  private push(open: number, codeSwitch: boolean, codeEnum: boolean, indent: number): Frame | null {
    const top = this.state.frames;
    const depth = top ? top.depth + 1 : 1;
    if (depth > MAX_FRAMES) return top;
    const plain = !codeSwitch && !codeEnum;
    const reusable = plain ? (top ? top.child : this.rootChild) : undefined;
    if (reusable && reusable.open === open && reusable.indent === indent) return reusable;
    const frame: Frame = { open, codeSwitch, codeEnum, indent, depth, next: top, child: undefined };
    if (plain) {
      if (top) top.child = frame;
      else this.rootChild = frame;
    }
    return frame;
  }

  private pop(close: number): Frame | null {
    const open = close === CLOSE_BRACE ? OPEN_BRACE : close === CLOSE_PAREN ? OPEN_PAREN : OPEN_BRACKET;
    let f = this.state.frames;
    while (f && f.open === -1) f = f.next; // Python match frames close by indentation only
    if (!f) return this.state.frames;
    if (f.open === open) return f.next;
    // Unbalanced input: drop to the matching frame if there is one near, else ignore the stray bracket.
    let g: Frame | null = f;
    for (let k = 0; g && k < 4; k++, g = g.next) if (g.open === open) return g.next;
    return this.state.frames;
  }

  private closePythonMatches(indent: number): void {
    let f = this.state.frames;
    while (f && f.open === -1 && indent <= f.indent) f = f.next;
    if (f !== this.state.frames) {
      this.state.frames = f;
    }
  }

  /** The innermost frame, skipping the parentheses and brackets of an expression. */
  private enclosingBlock(): Frame | null {
    let f = this.state.frames;
    while (f && (f.open === OPEN_PAREN || f.open === OPEN_BRACKET)) f = f.next;
    return f;
  }

  // ---- the verdict for one literal ----

  inCodeContext(i: number): boolean {
    return this.buf.kind[i] !== TokenKind.StringPart && this.isInCodeContext(i);
  }

  clearlyNotCode(i: number): boolean {
    return this.buf.kind[i] !== TokenKind.StringPart && this.isClearlyNotCode(i);
  }

  /** Arithmetic operands, loop bounds and values of sizes, ports, timeouts are never codes, however long. */
  private isClearlyNotCode(i: number): boolean {
    if (this.isPunctIn(i - 1, ARITHMETIC) || this.isPunctIn(i + 1, ARITHMETIC)) return true;
    const p = i - 1;
    // exitCode === 13001, res.statusCode == 40400: compared with another kind of code.
    if (this.isPunctIn(p, COMPARISONS)) return this.nameEndingAt(p - 1, isOtherCodeName);
    if (this.isPunctIn(i + 1, COMPARISONS)) return this.nameEndingAt(this.expressionEnd(i + 2), isOtherCodeName);
    if (this.isPunct(p, Op.Assign) || this.isPunct(p, Op.Colon) || this.isPunct(p, Op.ColonAssign)) {
      const target = this.assignmentTarget(p);
      return target !== undefined && isMeasureName(target);
    }
    return false;
  }

  private isInCodeContext(i: number): boolean {
    return (
      this.isCompared(i) ||
      this.isCaseArm(i) ||
      this.isArrowArm(i) ||
      this.isEnumValue(i) ||
      this.isInCodeList(i) ||
      this.isAssignedToCodeName(i) ||
      this.isLabelledInText(i)
    );
  }

  /** `code == 414`, `414 === err.code`, `e.getCode() != 414`, `code is 0`, `code.equals(414)`. */
  private isCompared(i: number): boolean {
    if (this.isPunctIn(i + 1, ARITHMETIC) || this.isPunct(i + 1, Op.Dot)) return false;
    const p = i - 1;
    if (this.isPunctIn(p, COMPARISONS) || this.is(p, 'is'))
      return !this.isPunctIn(p - 1, ARITHMETIC) && this.codeExpressionEndsAt(p - 1);
    if (this.is(p, 'not') && this.is(p - 1, 'is')) return this.codeExpressionEndsAt(p - 2);
    if (this.isPunctIn(i + 1, COMPARISONS) && !this.isPunctIn(p, ARITHMETIC)) return this.codeExpressionStartsAt(i + 2);
    if (
      this.isPunct(p, Op.OpenParen) &&
      (this.is(p - 1, 'equals') || this.is(p - 1, 'Equals') || this.is(p - 1, 'isEqualTo')) &&
      this.isPunct(i + 1, Op.CloseParen)
    ) {
      return this.isPunct(p - 2, Op.Dot) && this.codeExpressionEndsAt(p - 3);
    }
    return false;
  }

  /** `case 414:`, `case 302, 408:`, `case 414 | 408:` in a switch on a code; Ruby `when 414`. */
  private isCaseArm(i: number): boolean {
    let k = i - 1;
    while (
      k >= this.buf.floor &&
      (this.isPunct(k, Op.Comma) || this.isPunct(k, Op.Pipe) || this.is(k, 'or')) &&
      this.isLiteral(k - 1)
    )
      k -= 2;
    if (this.syntax.family === 'ruby') return this.is(k, 'when') && this.state.rubyCase;
    if (!this.is(k, 'case')) return false;
    const frame = this.syntax.family === 'python' ? this.state.frames : this.enclosingBlock();
    return frame !== null && frame.codeSwitch;
  }

  /** Kotlin `when (code) { 414 -> }`, Rust/PHP/Dart/C# `match`/`switch` arms `414 => ...`. */
  private isArrowArm(i: number): boolean {
    const frame = this.enclosingBlock();
    if (!frame || !frame.codeSwitch) return false;
    let k = i + 1;
    while (k < this.buf.length && (this.isPunct(k, Op.Comma) || this.isPunct(k, Op.Pipe)) && this.isLiteral(k + 1))
      k += 2;
    return this.isPunct(k, Op.Arrow) || this.isPunct(k, Op.FatArrow);
  }

  /** `enum ErrorCode { PARAM = 414 }`, Java `PARAM_ERROR(414, ...)`, Swift `case param = 414`. */
  private isEnumValue(i: number): boolean {
    const frame = this.enclosingBlockOrParen();
    if (!frame || !frame.codeEnum) return false;
    const p = i - 1;
    if (this.isPunct(p, Op.Assign) || this.isPunct(p, Op.Colon)) return this.isName(p - 1);
    return this.isPunct(p, Op.OpenParen) && this.isName(p - 1) && !this.isPunct(p - 2, Op.Dot);
  }

  private enclosingBlockOrParen(): Frame | null {
    const f = this.state.frames;
    if (f && f.open === OPEN_PAREN && f.next && f.next.codeEnum) return f.next;
    return this.enclosingBlock();
  }

  /** A literal in a list that is tested against a code or assigned to a name of codes. */
  private isInCodeList(i: number): boolean {
    let open = i - 1;
    while (open >= this.buf.floor && this.isPunct(open, Op.Comma) && this.isLiteral(open - 1)) open -= 2;
    if (!this.isOpenBracket(open)) return false;
    let close = i + 1;
    while (close < this.buf.length && this.isPunct(close, Op.Comma) && this.isLiteral(close + 1)) close += 2;
    if (this.isPunct(close, Op.Comma) && this.isCloseBracket(close + 1)) close++; // trailing comma
    if (!this.isCloseBracket(close)) return false;
    // [414, 408].includes(code); new Set([..]).has(code); listOf(..).contains(code)
    let after = close + 1;
    if (this.isPunct(after, Op.CloseParen)) after++;
    if (
      (this.isPunct(after, Op.Dot) || this.isPunct(after, Op.OptionalDot)) &&
      this.isMembershipMethod(after + 1) &&
      this.isPunct(after + 2, Op.OpenParen) &&
      this.codeExpressionStartsAt(after + 3)
    )
      return true;
    // the list's own start: skip a constructor such as listOf( / Set.of( / new Set([ / []int{ / @[
    let start = open;
    if (this.isPunct(start - 1, Op.OpenParen) && this.isOpenBracket(start)) start--; // new Set([ ... ])
    if (this.isName(start - 1) && LIST_CONSTRUCTORS.has(this.tokenText(start - 1))) start--;
    if (this.isPunct(start - 1, Op.Dot) && this.isName(start - 2)) start -= 2; // Set.of / Arrays.asList
    if (this.is(start - 1, 'new')) start--;
    if (this.isName(start - 1) && this.isPunct(start - 2, Op.CloseBracket) && this.isPunct(start - 3, Op.OpenBracket))
      start -= 3; // Go []int{
    if (this.isPunct(start - 1, Op.At)) start--; // Objective-C @[ ]
    // code in (414, 408); code !in listOf(...); code not in {...}
    const before = start - 1;
    if (this.is(before, 'in')) {
      const subjectEnd = this.is(before - 1, 'not')
        ? before - 2
        : this.isPunct(before - 1, Op.Bang)
          ? before - 2
          : before - 1;
      if (this.codeExpressionEndsAt(subjectEnd)) return true;
    }
    // in_array($code, [414, 302]); slices.Contains([]int{414}, code)
    if (this.isPunct(before, Op.Comma) && this.codeExpressionEndsAt(before - 1)) {
      const callOpen = this.expressionStart(before - 1) - 1;
      if (this.isPunct(callOpen, Op.OpenParen) && this.isMembershipCall(callOpen - 1)) return true;
    }
    if (
      this.isPunct(before, Op.OpenParen) &&
      this.isMembershipCall(before - 1) &&
      this.isPunct(close + 1, Op.Comma) &&
      this.codeExpressionStartsAt(close + 2)
    )
      return true;
    // RETRYABLE_CODES = [408, 415]; errorCodes: [..]
    if (this.isPunct(before, Op.Assign) || this.isPunct(before, Op.Colon) || this.isPunct(before, Op.ColonAssign)) {
      const target = this.assignmentTarget(before);
      if (target !== undefined && isCodeName(target)) return true;
    }
    return false;
  }

  /** `const ROOM_NOT_EXIST_CODE = 660300001;`, `code: 414`, `"code": 414`, `code=414` (keyword argument). */
  private isAssignedToCodeName(i: number): boolean {
    const p = i - 1;
    if (
      !(
        this.isPunct(p, Op.Assign) ||
        this.isPunct(p, Op.Colon) ||
        this.isPunct(p, Op.ColonAssign) ||
        this.isPunct(p, Op.FatArrow)
      )
    )
      return false;
    if (!this.endsExpression(i + 1)) return false;
    const target = this.assignmentTarget(p);
    if (target === undefined || isMeasureName(target)) return false;
    return (
      isCodeName(target) ||
      (this.isPunct(p, Op.Assign) || this.isPunct(p, Op.ColonAssign) ? isCodeConstantName(target) : false)
    );
  }

  /** Plain text and logs: `error code 414`, `code 414`. */
  private isLabelledInText(i: number): boolean {
    if (this.syntax.family !== 'plain') return false;
    const p = i - 1;
    return this.isName(p) && isCodeName(this.tokenText(p));
  }

  // ---- expression helpers ----

  /** Does the expression that ends at token `j` end with a name that holds a code? */
  codeExpressionEndsAt(j: number): boolean {
    if (this.isPunct(j, Op.CloseParen) && this.isPunct(j - 1, Op.OpenParen)) j -= 2; // getCode()
    if (this.isPunct(j, Op.Bang) || this.isPunct(j, Op.BangBang) || this.isPunct(j, Op.Question)) j--;
    if (
      (this.is(j, 'rawValue') || this.is(j, 'value') || this.is(j, 'intValue') || this.is(j, 'toInt')) &&
      this.isPunct(j - 1, Op.Dot)
    ) {
      j -= 2;
      if (this.isPunct(j, Op.CloseParen) && this.isPunct(j - 1, Op.OpenParen)) j -= 2;
    }
    // err["code"]
    if (this.isPunct(j, Op.CloseBracket) && this.isString(j - 1)) return isCodeName(this.stringContent(j - 1));
    if (this.isPunct(j, Op.CloseBracket) && this.isName(j - 1) && this.isName(j - 2)) j--; // [error code]
    if (this.isPunct(j, Op.CloseParen) && this.isName(j - 1) && this.isPunct(j - 2, Op.OpenParen)) j--; // (code)
    const name = this.nameAt(j);
    return name !== undefined && isCodeName(name);
  }

  /** Does the expression starting at token `j` (`err.code`, `$e->getCode()`) end with a code name? */
  private codeExpressionStartsAt(j: number): boolean {
    if (this.isPunct(j, Op.OpenParen)) j++;
    if (this.nameAt(j) === undefined) return false;
    let last = j;
    let k = j + 1;
    while (
      (this.isPunct(k, Op.Dot) ||
        this.isPunct(k, Op.OptionalDot) ||
        this.isPunct(k, Op.Arrow) ||
        this.isPunct(k, Op.ColonColon)) &&
      this.isName(k + 1)
    ) {
      last = k + 1;
      k += 2;
    }
    return isCodeName(this.tokenText(last)) && !this.isPunct(k, Op.Dot);
  }

  private nameEndingAt(j: number, test: (name: string) => boolean): boolean {
    if (this.isPunct(j, Op.CloseParen) && this.isPunct(j - 1, Op.OpenParen)) j -= 2;
    const name = this.nameAt(j);
    return name !== undefined && test(name);
  }

  /** The last token of the member chain starting at `j`. */
  private expressionEnd(j: number): number {
    let k = j;
    while (
      (this.isPunct(k + 1, Op.Dot) || this.isPunct(k + 1, Op.OptionalDot) || this.isPunct(k + 1, Op.Arrow)) &&
      this.isName(k + 2)
    )
      k += 2;
    return k;
  }

  /** The first token of the member chain ending at `j`. */
  private expressionStart(j: number): number {
    while (
      this.isName(j) &&
      (this.isPunct(j - 1, Op.Dot) || this.isPunct(j - 1, Op.Arrow) || this.isPunct(j - 1, Op.OptionalDot))
    )
      j -= 2;
    return j;
  }

  /** The name assigned by the `=`/`:` at `op`: `X =`, `"code":`, `val X: Int =`, `const X int =`. */
  private assignmentTarget(op: number): string | undefined {
    const before = op - 1;
    if (this.isString(before)) return this.stringContent(before);
    // $a['code'] =
    if (this.isPunct(before, Op.CloseBracket) && this.isString(before - 1)) return this.stringContent(before - 1);
    const name = this.nameAt(before);
    if (name === undefined) return undefined;
    if (TYPE_WORDS.has(name)) {
      if (this.isPunct(before - 1, Op.Colon) && this.isName(before - 2)) return this.nameAt(before - 2);
      if (this.isName(before - 1)) return this.nameAt(before - 1);
    }
    return name;
  }

  private endsExpression(k: number): boolean {
    if (k >= this.buf.length) return true;
    if (this.isPunctIn(k, TERMINATORS)) return true;
    // A new statement on the same line without a separator (`code: 414 message: ...` in YAML-ish text).
    return this.syntax.family === 'plain' || this.syntax.family === 'yaml'
      ? !this.isPunctIn(k, ARITHMETIC)
      : this.is(k, 'as') || this.is(k, 'if');
  }

  private isMembershipMethod(k: number): boolean {
    return this.isName(k) && MEMBERSHIP_METHODS.has(this.tokenText(k));
  }

  private isMembershipCall(k: number): boolean {
    return this.isName(k) && MEMBERSHIP_CALLS.has(this.tokenText(k));
  }

  // ---- token helpers ----

  private isLiteral(k: number): boolean {
    if (k < this.buf.floor || k >= this.buf.length) return false;
    const kind = this.buf.kind[k];
    return (
      kind === TokenKind.Integer ||
      kind === TokenKind.String ||
      kind === TokenKind.OtherNumber ||
      (kind === TokenKind.Identifier && /^[A-Z_][A-Z0-9_]*$/.test(this.tokenText(k)))
    );
  }

  private isOpenBracket(k: number): boolean {
    return this.isPunct(k, Op.OpenBracket) || this.isPunct(k, Op.OpenParen) || this.isPunct(k, Op.OpenBrace);
  }
  private isCloseBracket(k: number): boolean {
    return this.isPunct(k, Op.CloseBracket) || this.isPunct(k, Op.CloseParen) || this.isPunct(k, Op.CloseBrace);
  }

  private isLastOnLine(i: number): boolean {
    return i === this.buf.length - 1;
  }

  private isString(k: number): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.String;
  }

  private isName(k: number): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.Identifier;
  }

  /** The identifier at `k` (PHP `$code` included), or undefined. */
  private nameAt(k: number): string | undefined {
    if (k < this.buf.floor || k >= this.buf.length || this.buf.kind[k] !== TokenKind.Identifier) return undefined;
    return this.tokenText(k);
  }

  private tokenText(k: number): string {
    return this.buf.text(k);
  }

  private stringContent(k: number): string {
    return this.buf.content(k);
  }

  private is(k: number, word: string): boolean {
    return (
      k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.Identifier && this.buf.is(k, word)
    );
  }

  private isPunct(k: number, op: Op): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.op[k] === op;
  }

  private isPunctIn(k: number, ops: Uint8Array): boolean {
    return k >= this.buf.floor && k < this.buf.length && ops[this.buf.op[k]!] === 1;
  }
}
