import type { LexicalSyntax } from '../../scan/languages';
import { Op, operatorSet } from '../../scan/operators';
import { TokenKind, type TokenBuffer } from '../../scan/tokens';
import { isCodeName } from '../codeNames';
import type { CatalogueEvidence } from './catalogueEvidence';
import type { Frame, WorkingState } from './contextState';

export const COMPARISONS = operatorSet(Op.Equal, Op.StrictEqual, Op.NotEqual, Op.StrictNotEqual);
export const TERMINATORS = operatorSet(Op.Comma, Op.Semicolon, Op.CloseParen, Op.CloseBrace, Op.CloseBracket);
export const ARITHMETIC = operatorSet(
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
/** `=`, `:`, `:=`: what stands before names the value after. */
export const ASSIGNMENTS = operatorSet(Op.Assign, Op.Colon, Op.ColonAssign);

/** Words between a name and its value that are types or declarations, not the name: `val X: Int =`, `const X int =`. */
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
/** Accessors that unwrap a code enum to its number: `error.code.rawValue`, `errorInfo.code.value()`. */
const UNWRAPPERS = new Set(['rawValue', 'value', 'intValue', 'toInt']);

/**
 * The tokens of the line being read (and the look-behind carried into it) with the context
 * state, as the context rules see them. Indexes before `buf.floor` or past the end answer
 * false/undefined, so the rules never test bounds themselves.
 */
export class TokenView {
  buf!: TokenBuffer;
  syntax!: LexicalSyntax;
  /** The catalogue's answers, where the analysis has them (see CatalogueEvidence). */
  evidence: CatalogueEvidence | undefined;

  constructor(readonly state: WorkingState) {}

  // ---- frames ----

  /** The innermost frame, skipping the parentheses and brackets of an expression. */
  enclosingBlock(): Frame | null {
    let f = this.state.frames;
    while (f && (f.open === Op.OpenParen || f.open === Op.OpenBracket)) f = f.next;
    return f;
  }

  /** The enum body a `NAME(` argument list stands in, or the enclosing block. */
  enclosingBlockOrParen(): Frame | null {
    const f = this.state.frames;
    if (f && f.open === Op.OpenParen && f.next && f.next.codeEnum) return f.next;
    return this.enclosingBlock();
  }

  // ---- expressions ----

  /** Does the expression that ends at token `j` end with a name that holds a code? */
  codeExpressionEndsAt(j: number): boolean {
    if (this.isPunct(j, Op.CloseParen) && this.isPunct(j - 1, Op.OpenParen)) j -= 2; // getCode()
    if (this.isPunct(j, Op.Bang) || this.isPunct(j, Op.BangBang) || this.isPunct(j, Op.Question)) j--;
    if (this.isUnwrapper(j) && this.isPunct(j - 1, Op.Dot)) {
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
  codeExpressionStartsAt(j: number): boolean {
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
    return isCodeName(this.text(last)) && !this.isPunct(k, Op.Dot);
  }

  /** Whether the name that ends the expression at `j` (a call's `()` skipped) passes `test`. */
  nameEndingAt(j: number, test: (name: string) => boolean): boolean {
    if (this.isPunct(j, Op.CloseParen) && this.isPunct(j - 1, Op.OpenParen)) j -= 2;
    const name = this.nameAt(j);
    return name !== undefined && test(name);
  }

  /** The last token of the member chain starting at `j`. */
  expressionEnd(j: number): number {
    let k = j;
    while (
      (this.isPunct(k + 1, Op.Dot) || this.isPunct(k + 1, Op.OptionalDot) || this.isPunct(k + 1, Op.Arrow)) &&
      this.isName(k + 2)
    )
      k += 2;
    return k;
  }

  /** The first token of the member chain ending at `j` (`err.code`, `$result['code']`). */
  expressionStart(j: number): number {
    for (;;) {
      if (this.isPunct(j, Op.CloseBracket) && this.isPunct(j - 2, Op.OpenBracket))
        j -= 3; // ['code']
      else if (
        this.isName(j) &&
        (this.isPunct(j - 1, Op.Dot) || this.isPunct(j - 1, Op.Arrow) || this.isPunct(j - 1, Op.OptionalDot))
      )
        j -= 2;
      else return j;
    }
  }

  /** The name assigned by the `=`/`:` at `op`: `X =`, `"code":`, `val X: Int =`, `const X int =`. */
  assignmentTarget(op: number): string | undefined {
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

  /** Whether the value of an assignment ends at `k` (a separator, the end of the line...). */
  endsExpression(k: number): boolean {
    if (k >= this.buf.length) return true;
    if (this.isPunctIn(k, TERMINATORS)) return true;
    // A new statement on the same line without a separator (`code: 414 message: ...` in YAML-ish text).
    return this.syntax.family === 'plain' || this.syntax.family === 'yaml'
      ? !this.isPunctIn(k, ARITHMETIC)
      : this.is(k, 'as') || this.is(k, 'if');
  }

  isUnwrapper(k: number): boolean {
    return this.isName(k) && UNWRAPPERS.has(this.text(k));
  }

  // ---- tokens ----

  /** A literal, or a constant written like one (`ERR_TIMEOUT`), as lists and case arms hold them. */
  isLiteral(k: number): boolean {
    if (k < this.buf.floor || k >= this.buf.length) return false;
    const kind = this.buf.kind[k];
    return (
      kind === TokenKind.Integer ||
      kind === TokenKind.String ||
      kind === TokenKind.OtherNumber ||
      kind === TokenKind.Regex ||
      (kind === TokenKind.Identifier && /^[A-Z_][A-Z0-9_]*$/.test(this.text(k)))
    );
  }

  isOpenBracket(k: number): boolean {
    return this.isPunct(k, Op.OpenBracket) || this.isPunct(k, Op.OpenParen) || this.isPunct(k, Op.OpenBrace);
  }

  isCloseBracket(k: number): boolean {
    return this.isPunct(k, Op.CloseBracket) || this.isPunct(k, Op.CloseParen) || this.isPunct(k, Op.CloseBrace);
  }

  isLastOnLine(i: number): boolean {
    return i === this.buf.length - 1;
  }

  isString(k: number): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.String;
  }

  isInteger(k: number): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.Integer;
  }

  isName(k: number): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.Identifier;
  }

  /** The identifier at `k` (PHP `$code` included), or undefined. */
  nameAt(k: number): string | undefined {
    if (k < this.buf.floor || k >= this.buf.length || this.buf.kind[k] !== TokenKind.Identifier) return undefined;
    return this.text(k);
  }

  text(k: number): string {
    return this.buf.text(k);
  }

  stringContent(k: number): string {
    return this.buf.content(k);
  }

  is(k: number, word: string): boolean {
    return (
      k >= this.buf.floor && k < this.buf.length && this.buf.kind[k] === TokenKind.Identifier && this.buf.is(k, word)
    );
  }

  isPunct(k: number, op: Op): boolean {
    return k >= this.buf.floor && k < this.buf.length && this.buf.op[k] === op;
  }

  isPunctIn(k: number, ops: Uint8Array): boolean {
    return k >= this.buf.floor && k < this.buf.length && ops[this.buf.op[k]!] === 1;
  }
}
