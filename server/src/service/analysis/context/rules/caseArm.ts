import { Op } from '../../../scan/operators';
import type { TokenView } from '../tokenView';

/** `case 414:`, `case 302, 408:`, `case 414 | 408:` in a switch on a code; Ruby `when 414` after `case code`. */
export function isCaseArmOfCodeSwitch(v: TokenView, i: number): boolean {
  let k = i - 1;
  while (k >= v.buf.floor && (v.isPunct(k, Op.Comma) || v.isPunct(k, Op.Pipe) || v.is(k, 'or')) && v.isLiteral(k - 1))
    k -= 2;
  if (v.syntax.family === 'ruby') return v.is(k, 'when') && v.state.rubyCase;
  if (!v.is(k, 'case')) return false;
  const frame = v.syntax.family === 'python' ? v.state.frames : v.enclosingBlock();
  return frame !== null && frame.codeSwitch;
}

/** Kotlin `when (code) { 414 -> }`, Rust/PHP/Dart/C# `match`/`switch` arms `414 => ...` (also `302, 408 ->`). */
export function isArrowArmOfCodeSwitch(v: TokenView, i: number): boolean {
  const frame = v.enclosingBlock();
  if (!frame || !frame.codeSwitch) return false;
  let k = i + 1;
  while (k < v.buf.length && (v.isPunct(k, Op.Comma) || v.isPunct(k, Op.Pipe)) && v.isLiteral(k + 1)) k += 2;
  return v.isPunct(k, Op.Arrow) || v.isPunct(k, Op.FatArrow);
}
