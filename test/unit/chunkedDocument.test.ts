// ChunkedDocument behaves exactly like vscode-languageserver-textdocument's TextDocument:
// same text, lines, offsets and positions after any sequence of edits, with chunks small
// enough that edits cross chunk boundaries, \r\n pairs and emptied chunks all the time.
// The reference is a TextDocument created afresh from the expected text after each edit:
// TextDocument.update itself corrupts its line table on ranges past the end of the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedDocument } from '../../server/src/service/text/chunkedDocument';
import { newLineSlice } from '../../server/src/service/text/lineSource';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const PIECES = ['\n', '\r\n', '\r', 'a', 'bc', 'def ', 'é', '😀', '\n\n', '\r\r\n', ''];
const text = (max: number) => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 30 }) });
const edit = fc.record({ start: position, end: position, text: text(6), full: fc.integer({ min: 0, max: 30 }) });

function assertSame(chunked: ChunkedDocument, reference: TextDocument, context: string): void {
  const full = reference.getText();
  assert.equal(chunked.getText(), full, `${context}: text`);
  assert.equal(chunked.lineCount, reference.lineCount, `${context}: line count`);
  assert.equal(chunked.length, full.length, `${context}: length`);
  const slice = newLineSlice();
  for (let line = 0; line < reference.lineCount; line++) {
    chunked.lineAt(line, slice);
    const range = reference.getLineRange(line);
    assert.equal(slice.text.slice(slice.start, slice.end), reference.getText(range), `${context}: line ${line}`);
    assert.deepEqual(chunked.getLineRange(line), range, `${context}: range of line ${line}`);
    assert.equal(
      chunked.getEOLCharacters(line),
      reference.getEOLCharacters(line),
      `${context}: line break of line ${line}`,
    );
    for (let character = -1; character <= range.end.character + 3; character++) {
      assert.equal(
        chunked.offsetAt({ line, character }),
        reference.offsetAt({ line, character }),
        `${context}: offsetAt ${line}:${character}`,
      );
    }
  }
  for (const line of [-1, reference.lineCount, reference.lineCount + 5])
    assert.equal(chunked.offsetAt({ line, character: 1 }), reference.offsetAt({ line, character: 1 }));
  for (let offset = -1; offset <= full.length + 1; offset++) {
    assert.deepEqual(chunked.positionAt(offset), reference.positionAt(offset), `${context}: positionAt ${offset}`);
  }
  assert.equal(chunked.head(5), full.slice(0, 5));
}

/** The text after one change, with offsets as TextDocument computes them (start and end in order). */
function applyChange(
  document: TextDocument,
  change: {
    text: string;
    range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  },
): string {
  if (!change.range) return change.text;
  const a = document.offsetAt(change.range.start),
    b = document.offsetAt(change.range.end);
  const reversed =
    change.range.start.line > change.range.end.line ||
    (change.range.start.line === change.range.end.line && change.range.start.character > change.range.end.character);
  const [start, end] = reversed ? [b, a] : [a, b];
  const text = document.getText();
  return text.slice(0, start) + change.text + text.slice(Math.max(start, end));
}

test('ChunkedDocument matches TextDocument after any edits', () => {
  fc.assert(
    fc.property(
      text(40),
      fc.array(edit, { maxLength: 12 }),
      fc.integer({ min: 1, max: 8 }),
      (initial, edits, chunkSize) => {
        let reference = TextDocument.create('file:///r', 'plaintext', 1, initial);
        const chunked = new ChunkedDocument('file:///c', 'plaintext', 1, initial, chunkSize);
        assertSame(chunked, reference, 'initial');
        edits.forEach((e, i) => {
          // One change in thirty replaces the whole text, as a client may.
          const change = e.full === 0 ? { text: e.text } : { range: { start: e.start, end: e.end }, text: e.text };
          reference = TextDocument.create('file:///r', 'plaintext', i + 2, applyChange(reference, change));
          chunked.update([change], i + 2);
          assert.equal(chunked.version, i + 2);
          assertSame(chunked, reference, `after edit ${i + 1} ${JSON.stringify(change)} of ${JSON.stringify(initial)}`);
          const a = reference.positionAt(Math.floor(reference.getText().length / 3)),
            b = reference.positionAt(reference.getText().length);
          assert.equal(
            chunked.getText({ start: b, end: a }),
            reference.getText({ start: b, end: a }),
            'a reversed range',
          );
        });
      },
    ),
    { numRuns: RUNS },
  );
});

test('several changes in one update apply in order', () => {
  const reference = TextDocument.create('file:///r', 'plaintext', 1, 'one\ntwo\nthree\n');
  const chunked = new ChunkedDocument('file:///c', 'plaintext', 1, 'one\ntwo\nthree\n', 4);
  const changes = [
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: 'TWO\r\nand a half' },
    { range: { start: { line: 0, character: 3 }, end: { line: 2, character: 0 } }, text: '' },
  ];
  TextDocument.update(reference, changes, 2);
  chunked.update(changes, 2);
  assertSame(chunked, reference, 'two changes');
});

test('a range past the end of the text appends, and the lines stay right', () => {
  const chunked = new ChunkedDocument('file:///c', 'plaintext', 1, '', 1);
  chunked.update(
    [{ range: { start: { line: 8, character: 0 }, end: { line: 4, character: 0 } }, text: '\r\r\n\r\r\n' }],
    2,
  );
  assertSame(chunked, TextDocument.create('file:///r', 'plaintext', 2, '\r\r\n\r\r\n'), 'appended');
  assert.equal(chunked.lineCount, 5);
});

test('an edit in a large document rebuilds one chunk, not the text', () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i} with some text`);
  const chunked = new ChunkedDocument('file:///big', 'plaintext', 1, lines.join('\n'));
  chunked.update(
    [{ range: { start: { line: 25_000, character: 4 }, end: { line: 25_000, character: 4 } }, text: '!\n' }],
    2,
  );
  const slice = newLineSlice();
  chunked.lineAt(25_000, slice);
  assert.equal(slice.text.slice(slice.start, slice.end), 'line!');
  assert.ok(
    slice.text.length < 100_000,
    `the line is read from a chunk (${slice.text.length} characters), not from the whole text`,
  );
  chunked.lineAt(25_001, slice);
  assert.equal(slice.text.slice(slice.start, slice.end), ' 25000 with some text');
  assert.equal(chunked.lineCount, 50_001);
});
