// Which documents are left alone: the line-length check counts lines as LSP does (a lone \r
// ends a line too), and the answer is computed once per version of a document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestService } from '../support/service';

const { service, settings, index } = createTestService();
const CODE = 'if (err.code === 414) retry();';

test('a CR-only file of short lines is analysed, not skipped as minified', () => {
  const text = `${CODE}\r`.repeat(2000);
  assert.ok(text.length > settings.maxLineLength);
  const document = TextDocument.create('file:///work/cr.ts', 'typescript', 1, text);
  assert.equal(service.getSkipReason(document, settings), undefined);
  assert.equal(service.doAnalysis(document, index).all().length, 2000);
  const long = TextDocument.create('file:///work/long.ts', 'typescript', 1, `a\r${'x'.repeat(30_000)}\rb`);
  assert.equal(service.getSkipReason(long, settings)?.kind, 'minified', 'a long line between two CRs still counts');
  const mixed = TextDocument.create(
    'file:///work/mixed.ts',
    'typescript',
    1,
    `${'y'.repeat(15_000)}\r\n${'y'.repeat(15_000)}`,
  );
  assert.equal(service.getSkipReason(mixed, settings), undefined, 'a CRLF is one line break');
});

test('the skip check reads the document once per version', () => {
  const document = TextDocument.create('file:///work/once.ts', 'typescript', 1, `${CODE}\n`.repeat(100));
  let reads = 0;
  const getText = document.getText.bind(document);
  document.getText = (range) => {
    reads++;
    return getText(range);
  };
  for (let i = 0; i < 5; i++) service.getSkipReason(document, settings);
  assert.equal(reads, 1, 'five requests, one read');
  TextDocument.update(document, [{ text: 'x'.repeat(30_000) }], 2);
  assert.equal(service.getSkipReason(document, settings)?.kind, 'minified', 'a new version is checked again');
  assert.equal(reads, 2);
  const other = { ...settings, maxLineLength: 0 };
  assert.equal(service.getSkipReason(document, other), undefined, 'other settings are checked again');
});

test('the line-length check agrees with a line-by-line split on any mix of breaks and line lengths', () => {
  const max = 20;
  const strict = { ...settings, maxLineLength: max };
  // The rule by definition: split at \r\n, \n or a lone \r, and compare each line's length.
  const reference = (text: string) => text.split(/\r\n|\n|\r/).some((line) => line.length > max);
  const pieces = ['\n', '\r', '\r\n', '\n\r', 'x'.repeat(5), 'x'.repeat(max), 'x'.repeat(max + 1), 'a', ''];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const document = TextDocument.create('file:///work/p.ts', 'typescript', 1, text);
      assert.equal(service.getSkipReason(document, strict)?.kind === 'minified', reference(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
