import { TokenKind } from '../../scan/tokens';
import { TableEvidence } from './contextState';
import { isAssignedToCodeName } from './rules/assignment';
import { isArrowArmOfCodeSwitch, isCaseArmOfCodeSwitch } from './rules/caseArm';
import { tableKeyEvidence } from './rules/codeTable';
import { isComparedWithCode } from './rules/comparison';
import { enumMemberOfValue } from './rules/enumValue';
import { isInListOfCodes } from './rules/membership';
import { isClearlyNotCode } from './rules/notCode';
import { isLabelledAsCodeInText } from './rules/textLabel';
import type { TokenView } from './tokenView';

// The verdict for one literal of the line being read, by the rules in rules/ (CodeContext asks).

/** Stands where a status code belongs: compared with a code, a case arm, in a list of codes... */
export function inCodeContext(v: TokenView, i: number): boolean {
  if (v.buf.kind[i] === TokenKind.StringPart) return false;
  return inStrongCodeContext(v, i) || inWeakCodeContext(v, i);
}

/**
 * Compared with a code, an arm of a switch on one, or in a list tested against one: where even a
 * one-digit number (`code == 0`) is a code.
 */
export function inStrongCodeContext(v: TokenView, i: number): boolean {
  if (v.buf.kind[i] === TokenKind.StringPart) return false;
  return (
    isComparedWithCode(v, i) || isCaseArmOfCodeSwitch(v, i) || isArrowArmOfCodeSwitch(v, i) || isInListOfCodes(v, i)
  );
}

/**
 * Assigned to a code name, a key of a code table, an enum value, labelled in text: weaker, since
 * `x = 0` is too common to be a code.
 */
function inWeakCodeContext(v: TokenView, i: number): boolean {
  const member = enumMemberOfValue(v, i);
  if (member !== undefined) return !v.evidence || v.evidence.memberNameAgrees(member, literalDigits(v, i));
  const table = tableKeyEvidence(v, i);
  if (table === TableEvidence.CodeNamed) return true;
  if (table === TableEvidence.Neutral) return !!v.evidence && v.evidence.isKnownCodeHere(literalDigits(v, i));
  return isAssignedToCodeName(v, i) || isLabelledAsCodeInText(v, i);
}

/** Clearly something else: an operand of arithmetic, compared with another kind of code, a size or a timeout. */
export function clearlyNotCode(v: TokenView, i: number): boolean {
  if (v.buf.kind[i] === TokenKind.StringPart) return false;
  return isClearlyNotCode(v, i) || tableKeyEvidence(v, i) === TableEvidence.NotCodes;
}

/** The digits of an integer or digit-string literal (`414`, `'414'`). */
function literalDigits(v: TokenView, i: number): string {
  return v.isString(i) ? v.stringContent(i) : v.text(i);
}
