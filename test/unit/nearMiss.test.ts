// Direct tests of the near-miss search: the edit distance it ranks string codes by, and which
// numbers count as one typing slip from a known code (and which reach another range and do not).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { editDistance, nearMissNumbers, nearMissStrings } from '../../server/src/service/analysis/nearMiss';
import { CatalogueStore } from '../../server/src/service/catalogue/catalogueStore';
import type { CatalogueIndex } from '../../server/src/service/catalogue/catalogueIndex';
import { readSchema } from '../support/service';

/** An index over one user catalogue holding exactly `codes`. */
function indexOf(codes: readonly (number | string)[]): CatalogueIndex {
  const store = new CatalogueStore(readSchema());
  const uri = 'file:///tmp/near-miss.codes.json';
  const entries = codes.map((code, i) => ({ code, name: `CODE_${i}`, message: `Code ${i}` }));
  const report = store.setUser(uri, JSON.stringify({ provider: 'near-miss', name: 'Near miss', entries }));
  assert.equal(report.ok, true, JSON.stringify(report.problems));
  return store.indexFor({}, [uri]);
}

/** Plain optimal-string-alignment distance, without the early stop: the reference. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  const cases: [string, string, number, number][] = [
    ['Error_Timeout', 'Error_Timeout', 2, 0],
    ['Error_Timout', 'Error_Timeout', 2, 1],
    ['Error_Tiemout', 'Error_Timeout', 2, 1], // a swap of neighbours counts once
    ['Eror_Timout', 'Error_Timeout', 2, 2],
    ['Er_Timout', 'Error_Timeout', 2, 3], // stops past the limit: limit + 1
    ['', 'abc', 5, 3],
    ['abc', '', 1, 2], // the lengths alone exceed the limit
    ['ca', 'abc', 3, 3], // optimal string alignment, not full Damerau-Levenshtein
  ];
  for (const [a, b, limit, expected] of cases) {
    test(`${JSON.stringify(a)} → ${JSON.stringify(b)} (limit ${limit}) = ${expected}`, () => {
      assert.equal(editDistance(a, b, limit), expected);
    });
  }

  test('equals the reference distance within the limit, and exceeds the limit past it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const reference = referenceDistance(a, b);
        const distance = editDistance(a, b, limit);
        if (reference <= limit) assert.equal(distance, reference);
        else assert.ok(distance > limit, `${distance} for a distance of ${reference} past ${limit}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nearMissNumbers', () => {
  const index = indexOf([660300001, 6000121, 102302, 10202, 1000002, 6000002, 414]);
  const cases: [string, readonly string[], string][] = [
    ['66030001', ['660300001'], 'one of a run of zeros dropped'],
    ['6603000001', ['660300001'], 'a zero doubled'],
    ['660300002', ['660300001'], 'the last digit changed'],
    ['600121', ['6000121'], 'one of the run of zeros dropped'],
    ['600011', [], 'a digit dropped from the middle of no run: another range'],
    ['6000112', ['6000121'], 'two neighbours swapped'],
    ['60001211', ['6000121'], 'one digit more at the end'],
    ['1023020', ['102302'], 'one digit more at the end (not 10202: that is another range)'],
    ['7000121', [], 'the first digit changed: another range'],
    ['6000121', [], 'a known code is no near miss of itself'],
    ['415', [], 'numbers under five digits are never near misses'],
    ['123456789012345678', [], 'longer than any code'],
  ];
  for (const [digits, expected, why] of cases) {
    test(`${digits}: ${why}`, () => assert.deepEqual(nearMissNumbers(digits, index), expected));
  }

  test('results are ranked by length difference, then value', () => {
    const ranked = indexOf([100002, 100001, 1000031, 10000]);
    assert.deepEqual(nearMissNumbers('100003', ranked), ['100001', '100002', '10000', '1000031']);
  });

  test('asking again gives the same answer (remembered per index)', () => {
    assert.deepEqual(nearMissNumbers('66030001', index), nearMissNumbers('66030001', index));
  });
});

describe('nearMissStrings', () => {
  const index = indexOf(['Error_Timeout', 'Param_Error', 'Ok', 'Error_Timeouts']);
  const cases: [string, readonly string[], string][] = [
    ['error_timeout', ['Error_Timeout'], 'another case ranks first (distance one half)'],
    ['Error_Timout', ['Error_Timeout', 'Error_Timeouts'], 'one and two edits, best first'],
    ['Param_Eror', ['Param_Error'], 'one edit'],
    ['Parm_Eror', ['Param_Error'], 'two edits in a long code'],
    ['kO', ['Ok'], 'a swap of neighbours is one edit, allowed in a short code'],
    ['Ko', [], 'two edits: short codes allow only one'],
    ['Error_Timeout', [], 'a known code has no near misses'],
    ['Something_Else', [], 'nothing close'],
  ];
  for (const [text, expected, why] of cases) {
    test(`${text}: ${why}`, () => assert.deepEqual(nearMissStrings(text, index), expected));
  }
});
