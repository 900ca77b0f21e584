import { Op } from '../../../scan/operators';
import type { TokenView } from '../tokenView';

/**
 * The member name of an enum value, if the literal at `i` is the value of a member of an enum
 * named like codes: `enum ErrorCode { PARAM = 414 }`, Java `PARAM_ERROR(414, ...)`, Swift
 * `case param = 414`. The classifier compares the name with the catalogue's (an app's own
 * `BackendCode.BAD_METHOD(405)` is not CommsEase 405).
 */
export function enumMemberOfValue(v: TokenView, i: number): string | undefined {
  const frame = v.enclosingBlockOrParen();
  if (!frame || !frame.codeEnum) return undefined;
  const p = i - 1;
  if (v.isPunct(p, Op.Assign) || v.isPunct(p, Op.Colon)) return v.nameAt(p - 1);
  return v.isPunct(p, Op.OpenParen) && !v.isPunct(p - 2, Op.Dot) ? v.nameAt(p - 1) : undefined;
}
