// Hovers on codes in every fixture language show the official message.
import { before, describe, it } from 'mocha';
import { activeExtension, expectHover } from './helpers';

const PARAMETER_ERROR = 'Parameter error';
const ROOM_DOES_NOT_EXIST = 'The room does not exist';

describe('hover', () => {
  before(activeExtension);

  it('explains 414 in `if (err.code === 414)` (TypeScript)', () => expectHover('sample.ts', '414', PARAMETER_ERROR));
  it('explains the ZIM code 660300001 (TypeScript)', () => expectHover('sample.ts', '660300001', ROOM_DOES_NOT_EXIST));
  it('explains the ZIM SDK code 6000121 (TypeScript)', () => expectHover('sample.ts', '6000121', 'User not logged in'));
  it('explains a code from the user catalogue team.codes.json', () =>
    expectHover('sample.ts', '40001', 'Order not found'));

  const otherLanguages: Array<[file: string, code: string, expected: string]> = [
    ['Sample.java', '414', PARAMETER_ERROR],
    ['sample.py', '414', PARAMETER_ERROR],
    ['sample.go', '414', PARAMETER_ERROR],
    ['Sample.kt', '660300001', ROOM_DOES_NOT_EXIST],
    ['sample.swift', '414', PARAMETER_ERROR],
    ['sample.dart', '414', PARAMETER_ERROR],
    ['sample.dart', '6000121', 'User not logged in'],
  ];
  for (const [file, code, expected] of otherLanguages) {
    it(`explains ${code} in ${file}`, () => expectHover(file, code, expected));
  }
});
