import { Op } from '../../../scan/operators';
import { ARITHMETIC, COMPARISONS, type TokenView } from '../tokenView';

/** Methods comparing the receiver with their argument: `code.equals(414)`, `[code isEqualTo:414]`. */
const EQUALS_METHODS = new Set(['equals', 'Equals', 'isEqualTo']);

/** `code == 414`, `414 === err.code`, `e.getCode() != 414`, `code is 0`, `code is not 0`, `code.equals(414)`. */
export function isComparedWithCode(v: TokenView, i: number): boolean {
  if (v.isPunctIn(i + 1, ARITHMETIC) || v.isPunct(i + 1, Op.Dot)) return false;
  const p = i - 1;
  if (v.isPunctIn(p, COMPARISONS) || v.is(p, 'is'))
    return !v.isPunctIn(p - 1, ARITHMETIC) && v.codeExpressionEndsAt(p - 1);
  if (v.is(p, 'not') && v.is(p - 1, 'is')) return v.codeExpressionEndsAt(p - 2);
  if (v.isPunctIn(i + 1, COMPARISONS) && !v.isPunctIn(p, ARITHMETIC)) return v.codeExpressionStartsAt(i + 2);
  if (
    v.isPunct(p, Op.OpenParen) &&
    v.isName(p - 1) &&
    EQUALS_METHODS.has(v.text(p - 1)) &&
    v.isPunct(i + 1, Op.CloseParen)
  ) {
    return v.isPunct(p - 2, Op.Dot) && v.codeExpressionEndsAt(p - 3);
  }
  return false;
}
