import { Op } from '../../../scan/operators';
import { isCodeName, isMeasureName } from '../../codeNames';
import { MEMBERSHIP_CALLS, membershipArgumentsOpenAfter } from '../membership';
import { ASSIGNMENTS, type TokenView } from '../tokenView';

/** Names before a list's bracket that make it a list: `listOf(`, `Set.of(`, `new Set([`, `tuple(`, `@[`. */
const LIST_CONSTRUCTORS = new Set([
  'listOf',
  'setOf',
  'arrayOf',
  'mutableListOf',
  'mutableSetOf',
  'hashSetOf',
  'intArrayOf',
  'of',
  'asList',
  'Set',
  'List',
  'tuple',
  'set',
  'frozenset',
  'array',
  'Array',
  'HashSet',
  'ImmutableSet',
  'NSSet',
  'NSArray',
  'arrayWithObjects',
  'setWithObjects',
]);

/** The brackets of the list of literals around token `i` on this line, or undefined when it is not in one. */
export function literalListAround(v: TokenView, i: number): { open: number; close: number } | undefined {
  let open = i - 1;
  while (open >= v.buf.floor && v.isPunct(open, Op.Comma) && v.isLiteral(open - 1)) open -= 2;
  if (!v.isOpenBracket(open)) return undefined;
  let close = i + 1;
  while (close < v.buf.length && v.isPunct(close, Op.Comma) && v.isLiteral(close + 1)) close += 2;
  if (v.isPunct(close, Op.Comma) && v.isCloseBracket(close + 1)) close++; // trailing comma
  return v.isCloseBracket(close) ? { open, close } : undefined;
}

/**
 * The first token of the list expression whose bracket is `open`: a constructor such as `listOf(` /
 * `Set.of(` / `new Set([` / `[]int{` / `@[`.
 */
export function listExpressionStart(v: TokenView, open: number): number {
  let start = open;
  if (v.isPunct(start - 1, Op.OpenParen) && v.isOpenBracket(start)) start--; // new Set([ ... ])
  if (v.isName(start - 1) && LIST_CONSTRUCTORS.has(v.text(start - 1))) start--;
  if (v.isPunct(start - 1, Op.Dot) && v.isName(start - 2)) start -= 2; // Set.of / Arrays.asList
  if (v.is(start - 1, 'new')) start--;
  // Go []int{
  if (v.isName(start - 1) && v.isPunct(start - 2, Op.CloseBracket) && v.isPunct(start - 3, Op.OpenBracket)) start -= 3;
  if (v.isPunct(start - 1, Op.At)) start--; // Objective-C @[ ]
  return start;
}

/**
 * A literal in a list that is tested against a code (`[408, 415].includes(code)`, `code in (408, 415)`,
 * `in_array($code, [..])`) or assigned to a name of codes (`RETRYABLE_CODES = [408, 415]`).
 */
export function isInListOfCodes(v: TokenView, i: number): boolean {
  const list = literalListAround(v, i);
  if (!list) return false;
  const { open, close } = list;
  // [414, 408].includes(code); new Set([..]).has(code); listOf(..).contains(code)
  let after = close + 1;
  if (v.isPunct(after, Op.CloseParen)) after++;
  if (v.isPunct(after, Op.Dot) || v.isPunct(after, Op.OptionalDot)) {
    const args = membershipArgumentsOpenAfter(v.buf, after + 1);
    if (args >= 0 && v.codeExpressionStartsAt(args + 1)) return true;
  }
  const before = listExpressionStart(v, open) - 1;
  // code in (414, 408); code !in listOf(...); code not in {...}
  if (v.is(before, 'in')) {
    const subjectEnd = v.is(before - 1, 'not') || v.isPunct(before - 1, Op.Bang) ? before - 2 : before - 1;
    if (v.codeExpressionEndsAt(subjectEnd)) return true;
  }
  // in_array($code, [414, 302]); slices.Contains([]int{414}, code)
  if (v.isPunct(before, Op.Comma) && v.codeExpressionEndsAt(before - 1)) {
    const callOpen = v.expressionStart(before - 1) - 1;
    if (v.isPunct(callOpen, Op.OpenParen) && isMembershipCall(v, callOpen - 1)) return true;
  }
  if (
    v.isPunct(before, Op.OpenParen) &&
    isMembershipCall(v, before - 1) &&
    v.isPunct(close + 1, Op.Comma) &&
    v.codeExpressionStartsAt(close + 2)
  )
    return true;
  // RETRYABLE_CODES = [408, 415]; errorCodes: [..]; $retryable = [408, 415, 416] when every one is a known code
  if (v.isPunctIn(before, ASSIGNMENTS)) {
    const target = v.assignmentTarget(before);
    if (target !== undefined && (isCodeName(target) || (!isMeasureName(target) && allKnownCodes(v, open, close))))
      return true;
  }
  return false;
}

/** Two or more integers, every one a code the catalogue knows for a provider the file mentions. */
function allKnownCodes(v: TokenView, open: number, close: number): boolean {
  const evidence = v.evidence;
  if (!evidence) return false;
  let n = 0;
  for (let k = open + 1; k < close; k += 2) {
    if (!v.isInteger(k) || !evidence.isKnownCodeHere(v.text(k))) return false;
    n++;
  }
  return n >= 2;
}

function isMembershipCall(v: TokenView, k: number): boolean {
  return v.isName(k) && MEMBERSHIP_CALLS.has(v.text(k));
}
