import { Op } from '../../../scan/operators';
import { isCodeConstantName, isCodeName, isMeasureName } from '../../codeNames';
import type { TokenView } from '../tokenView';

/**
 * `const ROOM_NOT_EXIST_CODE = 660300001;`, `code: 414`, `"code": 414`, `code=414` (keyword argument),
 * PHP `'code' => 414`.
 */
export function isAssignedToCodeName(v: TokenView, i: number): boolean {
  const p = i - 1;
  const assigns = v.isPunct(p, Op.Assign) || v.isPunct(p, Op.ColonAssign);
  if (!(assigns || v.isPunct(p, Op.Colon) || v.isPunct(p, Op.FatArrow))) return false;
  if (!v.endsExpression(i + 1)) return false;
  const target = v.assignmentTarget(p);
  if (target === undefined || isMeasureName(target)) return false;
  return isCodeName(target) || (assigns && isCodeConstantName(target));
}
