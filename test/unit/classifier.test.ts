// Direct tests of the Classifier's own judgements (the rest of it is exercised through whole
// analyses in hover, diagnostics and real-code tests): which numbers are distinctive anywhere,
// which short codes count only for a provider the file mentions, and when an app's member name
// agrees with the catalogue's name of a code.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Classifier, isDistinctiveNumber } from '../../server/src/service/analysis/classifier';
import { createTestService } from '../support/service';

const { index } = createTestService();
const mentioning = (...providers: string[]) => ({ score: (id: string) => (providers.includes(id) ? 1 : 0) });

describe('isDistinctiveNumber', () => {
  const cases: [string, boolean, string][] = [
    ['6000121', true, 'a seven-digit client code'],
    ['660300001', true, 'a nine-digit server code'],
    ['10201', true, 'five digits'],
    ['4140', false, 'under five digits'],
    ['414', false, 'three digits need a code context'],
    ['30000', false, 'round: a timeout, not a code'],
    ['100000000', false, 'round'],
    ['100000010', true, 'ends in 10: not round'],
  ];
  for (const [digits, expected, why] of cases)
    test(`${digits}: ${why}`, () => assert.equal(isDistinctiveNumber(digits), expected));
});

describe('isKnownCodeHere', () => {
  test('a known code counts only for a provider the file mentions', () => {
    assert.equal(new Classifier(index, mentioning('commsease-im')).isKnownCodeHere('414'), true);
    assert.equal(new Classifier(index, mentioning('zegocloud-zim-sdk')).isKnownCodeHere('414'), false);
    assert.equal(new Classifier(index, mentioning('zegocloud-zim-sdk')).isKnownCodeHere('6000121'), true);
  });
  test('unknown and two-digit numbers never count', () => {
    const all = new Classifier(index);
    assert.equal(all.isKnownCodeHere('999999999'), false);
    assert.equal(all.isKnownCodeHere('0'), false, 'too short, though 0 is a catalogued code');
  });
});

describe('memberNameAgrees', () => {
  const classifier = new Classifier(index);
  const cases: [string, string, boolean, string][] = [
    ['PARAMETER_ERROR', '414', true, "the catalogue's own name"],
    ['parameterError', '414', true, 'in lowerCamelCase'],
    ['InvalidParameter', '414', true, 'shares the word that says what went wrong'],
    ['REQUEST_TIMEOUT', '408', true, 'timeout'],
    ['BAD_METHOD', '405', false, "an app's own HTTP-style name"],
    ['UNKNOWN_ERROR', '414', false, 'only the word every code has'],
    ['OK', '0', false, "an app's OK is not proof of the catalogue's 0"],
  ];
  for (const [member, digits, expected, why] of cases)
    test(`${member} = ${digits}: ${why}`, () => assert.equal(classifier.memberNameAgrees(member, digits), expected));
});
