import { Op } from '../../../scan/operators';
import { isCodeConstantName, isMeasureName, isOtherCodeName } from '../../codeNames';
import { TableEvidence } from '../contextState';
import { ASSIGNMENTS, type TokenView } from '../tokenView';

/** Calls that build a map from their arguments: `mapOf(414 to "...")`, `dict(...)`, `array(414 => ...)`. */
const MAP_CONSTRUCTORS = ['mapOf', 'mutableMapOf', 'hashMapOf', 'linkedMapOf', 'dict', 'array', 'Map', 'of'];

/**
 * Whether name token `k` is a map constructor. Compared in place: cutting out the name of every
 * call to look it up in a set was most of what this rule allocated ("analysis" rows, heap profile).
 */
function isMapConstructor(v: TokenView, k: number): boolean {
  for (const name of MAP_CONSTRUCTORS) if (v.is(k, name)) return true;
  return false;
}

/**
 * The evidence for the keys of the bracket opened at `open` from the name it is assigned to:
 * `ERROR_CODE = {`, `val reasons = mapOf(`, `HTTP_TEXT = {`, `$table = [`, `x := map[int]string{`.
 * Brackets that are not assigned to a name (calls, blocks) have none.
 */
export function tableEvidenceOpenedAt(v: TokenView, open: number): TableEvidence {
  let k = open - 1;
  if (v.isPunct(open, Op.OpenParen)) {
    if (!(v.isName(k) && isMapConstructor(v, k))) return TableEvidence.None;
    k--;
    if (v.isPunct(k, Op.Dot) && v.isName(k - 1)) k -= 2; // Map.of(
  } else if (v.isPunct(open, Op.OpenBrace) && v.isName(k) && v.isPunct(k - 1, Op.CloseBracket)) {
    // Go map[int]string{
    let j = k - 1;
    while (j > v.buf.floor && !v.isPunct(j, Op.OpenBracket)) j--;
    if (!v.is(j - 1, 'map')) return TableEvidence.None;
    k = j - 2;
  }
  if (!v.isPunctIn(k, ASSIGNMENTS)) return TableEvidence.None;
  const name = v.assignmentTarget(k);
  return name === undefined ? TableEvidence.None : evidenceOfName(name);
}

function evidenceOfName(name: string): TableEvidence {
  if (/http|status/i.test(name) || isOtherCodeName(name) || isMeasureName(name)) return TableEvidence.NotCodes;
  if (isCodeConstantName(name) || /code/i.test(name)) return TableEvidence.CodeNamed;
  return TableEvidence.Neutral;
}

/**
 * The evidence of the table whose key the literal at `i` is (`414: '...'`, `'414': '...'`,
 * `414 => '...'`, `414 to "..."`), or None when it is not a key of a table assigned to a name.
 */
export function tableKeyEvidence(v: TokenView, i: number): TableEvidence {
  const frame = v.state.frames;
  if (!frame || frame.table === TableEvidence.None) return TableEvidence.None;
  const after = i + 1;
  const isKey = v.isPunct(after, Op.Colon) || v.isPunct(after, Op.FatArrow) || v.is(after, 'to');
  if (!isKey) return TableEvidence.None;
  const p = i - 1;
  if (!(v.isPunct(p, Op.Comma) || v.isOpenBracket(p) || p < v.buf.floor)) return TableEvidence.None;
  return frame.table;
}
