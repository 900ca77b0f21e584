import { Op } from '../../../scan/operators';
import { COMPARISONS, type TokenView } from '../tokenView';

/**
 * Swift implicit members of the code enum where a code belongs: `error.code == .success`,
 * `error.code != .networkModuleTokenExpired`, `case .networkModuleTokenExpired, .networkModuleTokenInvalid:`
 * in a `switch error.code`. `dot` is the index of the `.` before the member. `case .success:` of a
 * switch on anything else (the app's own `Result`) is not.
 */
export function isImplicitMemberInCodeContext(v: TokenView, dot: number): boolean {
  if (v.syntax.family !== 'swift') return false;
  let p = dot - 1;
  if (v.isPunctIn(p, COMPARISONS)) return v.codeExpressionEndsAt(p - 1);
  // case .a, .b, .c:
  while (v.isPunct(p, Op.Comma) && v.isName(p - 1) && v.isPunct(p - 2, Op.Dot)) p -= 3;
  if (!v.is(p, 'case')) return false;
  const frame = v.enclosingBlock();
  return frame !== null && frame.codeSwitch;
}
