import { Op } from '../../scan/operators';
import { TableEvidence, type Frame, type ReusableFrames } from './contextState';

/** Deeper brackets are not tracked (the state stays bounded on any input). */
const MAX_FRAMES = 200;

/**
 * The frames after a bracket opens on top of `top` (`open`: the operator, or -1 for a Python `match:` block).
 * A plain frame (no code switch, no code enum, no table) is reused from `root` or `top` where one
 * of the same bracket and indentation was made before (see ReusableFrames).
 */
export function pushFrame(
  top: Frame | null,
  root: ReusableFrames,
  open: number,
  codeSwitch: boolean,
  codeEnum: boolean,
  table: TableEvidence,
  indent: number,
): Frame | null {
  const depth = top ? top.depth + 1 : 1;
  if (depth > MAX_FRAMES) return top;
  const plain = !codeSwitch && !codeEnum && table === TableEvidence.None;
  const holder: ReusableFrames = top ?? root;
  if (plain) {
    const reusable =
      open === Op.OpenParen
        ? holder.parenChild
        : open === Op.OpenBrace
          ? holder.braceChild
          : open === Op.OpenBracket
            ? holder.bracketChild
            : undefined;
    if (reusable !== undefined && reusable.indent === indent) return reusable;
  }
  const frame: Frame = {
    open,
    codeSwitch,
    codeEnum,
    table,
    indent,
    depth,
    next: top,
    braceChild: undefined,
    parenChild: undefined,
    bracketChild: undefined,
  };
  if (plain) {
    if (open === Op.OpenParen) holder.parenChild = frame;
    else if (open === Op.OpenBrace) holder.braceChild = frame;
    else if (open === Op.OpenBracket) holder.bracketChild = frame;
  }
  return frame;
}

/** The frames after bracket `close` closes on top of `top`. */
export function popFrame(top: Frame | null, close: number): Frame | null {
  const open = close === Op.CloseBrace ? Op.OpenBrace : close === Op.CloseParen ? Op.OpenParen : Op.OpenBracket;
  let f = top;
  while (f && f.open === -1) f = f.next; // Python match frames close by indentation only
  if (!f) return top;
  if (f.open === open) return f.next;
  // Unbalanced input: drop to the matching frame if there is one near, else ignore the stray bracket.
  let g: Frame | null = f;
  for (let k = 0; g && k < 4; k++, g = g.next) if (g.open === open) return g.next;
  return top;
}
