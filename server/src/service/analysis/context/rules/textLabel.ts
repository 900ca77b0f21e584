import { isCodeName } from '../../codeNames';
import type { TokenView } from '../tokenView';

/** Plain text and logs: `error code 414`, `code 414`. */
export function isLabelledAsCodeInText(v: TokenView, i: number): boolean {
  if (v.syntax.family !== 'plain') return false;
  const p = i - 1;
  return v.isName(p) && isCodeName(v.text(p));
}
