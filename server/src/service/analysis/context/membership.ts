import { Op } from '../../scan/operators';
import { TokenKind, type TokenBuffer } from '../../scan/tokens';

/**
 * Methods that test whether a collection holds a value: `[408, 415].includes(code)`,
 * `codes.contains(code)`, Ruby `[..].include?(code)` (read as `include` `?`). One list for
 * the membership rule of the analysis and for completion.
 */
export const MEMBERSHIP_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'contains',
  'has',
  'indexOf',
  'Contains',
  'containsKey',
  'include',
  'count',
]);

/** Functions that take the collection and the value: `in_array($code, [..])`, `slices.Contains([]int{..}, code)`. */
export const MEMBERSHIP_CALLS: ReadonlySet<string> = new Set([
  'in_array',
  'Contains',
  'contains',
  'includes',
  'array_search',
  'ArrayContains',
]);

/**
 * The index of the `(` that opens the argument list of a membership method whose name is at
 * `k` (`includes(`, Ruby `include?(`), or -1.
 */
export function membershipArgumentsOpenAfter(buf: TokenBuffer, k: number): number {
  if (k < buf.floor || k >= buf.length || buf.kind[k] !== TokenKind.Identifier) return -1;
  if (!MEMBERSHIP_METHODS.has(buf.text(k))) return -1;
  let open = k + 1;
  if (open < buf.length && buf.op[open] === Op.Question) open++; // Ruby include?
  return open < buf.length && buf.op[open] === Op.OpenParen ? open : -1;
}

/** The name of the membership method whose `(` is at `open` (`includes(`, `include?(`), or -1. */
export function membershipMethodBefore(buf: TokenBuffer, open: number): number {
  let k = open - 1;
  if (k >= buf.floor && buf.op[k] === Op.Question) k--;
  return membershipArgumentsOpenAfter(buf, k) === open ? k : -1;
}
