import { isIdentityWord, isMeasureName, isOtherCodeName } from '../../codeNames';
import { ARITHMETIC, ASSIGNMENTS, COMPARISONS, type TokenView } from '../tokenView';

/**
 * Arithmetic operands, values compared with other kinds of codes, sizes, ports and timeouts are never
 * codes, however long.
 */
export function isClearlyNotCode(v: TokenView, i: number): boolean {
  if (v.isPunctIn(i - 1, ARITHMETIC) || v.isPunctIn(i + 1, ARITHMETIC)) return true;
  const p = i - 1;
  // exitCode === 13001, res.statusCode == 40400: compared with another kind of code;
  // userId === 6000121: compared with an id or a measure.
  if (v.isPunctIn(p, COMPARISONS)) return v.nameEndingAt(p - 1, isOtherCodeOrMeasure);
  if (v.isPunctIn(i + 1, COMPARISONS)) return v.nameEndingAt(v.expressionEnd(i + 2), isOtherCodeOrMeasure);
  // Plain text and logs: `for user 6000121`, `order 2001`.
  if (v.syntax.family === 'plain' && v.isName(p) && isIdentityWord(v.text(p))) return true;
  if (v.isPunctIn(p, ASSIGNMENTS)) {
    const target = v.assignmentTarget(p);
    return target !== undefined && isMeasureName(target);
  }
  return false;
}

const isOtherCodeOrMeasure = (name: string) => isOtherCodeName(name) || isMeasureName(name);
