// The near-miss search for an unknown number costs what the number is, not what the catalogue
// holds or what the file holds around it: it runs only in a code context, and builds variants
// only of lengths some code has. Counted as index look-ups (speed itself is measured in the bench).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInStore, createTestService } from '../support/service';

/** Look-ups of numeric codes while analysing `text` in a fresh service. */
function lookUps(text: string): { lookUps: number; findings: string[] } {
  const { service, settings } = createTestService(undefined, builtInStore());
  const index = service.getCatalogueIndex(settings);
  const hasNumeric = index.hasNumeric.bind(index);
  let count = 0;
  index.hasNumeric = (digits: string) => {
    count++;
    return hasNumeric(digits);
  };
  const document = TextDocument.create('file:///work/numbers.ts', 'typescript', 1, text);
  const findings = service
    .doAnalysis(document, index)
    .all()
    .map((f) => f.kind);
  return { lookUps: count, findings };
}

/** Distinct numbers of `length` digits that no catalogue knows. */
const numbers = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => `9${String(i * 7919 + 13).padStart(length - 1, '3')}`);

test('unknown numbers outside a code context cost one look-up each', () => {
  for (const length of [6, 9, 12, 18]) {
    const { lookUps: n, findings } = lookUps(`const table = [${numbers(2000, length).join(', ')}];\n`);
    assert.deepEqual(findings, []);
    assert.ok(n <= 2000 * 2, `${length}-digit numbers: ${n} look-ups for 2,000 numbers`);
  }
});

test('unknown numbers in a code context longer than any code build no variants', () => {
  const text = numbers(2000, 18)
    .map((n) => `if (err.code === ${n}) {}`)
    .join('\n');
  const { lookUps: n, findings } = lookUps(text);
  assert.deepEqual(findings, []);
  assert.ok(n <= 2000 * 2, `${n} look-ups for 2,000 numbers`);
});

test('near misses are still found in a code context', () => {
  assert.deepEqual(lookUps('if (err.code === 66030001) {}').findings, ['near-miss-code']);
});
