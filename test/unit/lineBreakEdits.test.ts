// Edits that join or split `\r\n` pairs: inserting `\r` before a `\n`, a `\n` after a lone `\r`,
// deleting what stood between them. The document text is right either way; the analysis must
// count the lines as the document does, or every finding below the edit lands on the wrong line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ChunkedDocument } from '../../server/src/service/text/chunkedDocument';
import type { Finding } from '../../server/src/service/analysis/findings';
import { createTestService } from '../support/service';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const { service, index } = createTestService();
let n = 0;

const normalise = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f)).sort();

function fresh(document: TextDocument): Finding[] {
  const copy = TextDocument.create(`${document.uri}#fresh`, document.languageId, 1, document.getText());
  const findings = service.doAnalysis(copy, index).all();
  service.documentClosed(copy.uri);
  return findings;
}

function newDocument(text: string, chunked: boolean): TextDocument {
  const uri = `file:///line-breaks/${++n}.ts`;
  return chunked
    ? new ChunkedDocument(uri, 'typescript', 1, text, 16)
    : TextDocument.create(uri, 'typescript', 1, text);
}

function apply(document: TextDocument, changes: TextDocumentContentChangeEvent[]): void {
  if (document instanceof ChunkedDocument) document.update(changes, document.version + 1);
  else TextDocument.update(document, changes, document.version + 1);
}

/** Edits `document` at offsets [start, end) with `text`, tells the service, and compares with a fresh analysis. */
function editAndCompare(document: TextDocument, start: number, end: number, text: string): void {
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  apply(document, [{ range, text }]);
  service.documentChanged(document, [{ range, text }]);
  assert.deepEqual(
    normalise(service.doAnalysis(document, index).all()),
    normalise(fresh(document)),
    `after replacing ${start}-${end} with ${JSON.stringify(text)}: ${JSON.stringify(document.getText())}`,
  );
}

const CODE = 'if (err.code === 414) retry();';
/** More lines than an incremental scan re-reads past an edit before it trusts the old findings. */
const TAIL = `${CODE}\n`.repeat(30);

test('inserting \\r before a \\n, or \\n after a lone \\r, joins them into one line break', () => {
  for (const chunked of [false, true]) {
    const lf = newDocument(`a\n${CODE}\nb\n${CODE}\n${TAIL}`, chunked);
    service.doAnalysis(lf, index).all();
    editAndCompare(lf, 1, 1, '\r');
    assert.deepEqual(
      service
        .doAnalysis(lf, index)
        .all()
        .map((f) => f.line),
      [1, 3, ...Array.from({ length: 30 }, (_, i) => i + 4)],
      'the codes stay on their lines',
    );

    const cr = newDocument(`a\r${CODE}\rb\r${CODE}\r${TAIL}`, chunked);
    service.doAnalysis(cr, index).all();
    editAndCompare(cr, 2, 2, '\n');
    editAndCompare(cr, 2 + CODE.length + 2, 2 + CODE.length + 2, '\nx');
  }
});

test('deleting what stood between a lone \\r and a \\n joins them', () => {
  for (const chunked of [false, true]) {
    const document = newDocument(`a\rx\n${CODE}\n${CODE}\n${TAIL}`, chunked);
    service.doAnalysis(document, index).all();
    editAndCompare(document, 2, 3, '');
  }
});

test('an inserted text that ends with \\r before a \\n, and one that starts with \\n after a lone \\r', () => {
  for (const chunked of [false, true]) {
    const document = newDocument(`a\r\nq\r${CODE}\n${CODE}\r\n${TAIL}`, chunked);
    service.doAnalysis(document, index).all();
    editAndCompare(document, 4, 4, '\n\r');
    editAndCompare(document, 0, 1, 'z\r');
  }
});

const BREAKS = ['\r', '\n', '\r\n'];
const PIECES = [...BREAKS, ...BREAKS, 'a', CODE, "case 'Error_Timeout':", 'switch (code) {', '}', ' '];

/** Random edits whose ends sit at line breaks, and whose texts start and end with line breaks. */
test('incremental analysis after random line-break edits equals a fresh analysis', () => {
  const lines = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...BREAKS)), {
    minLength: 16,
    maxLength: 40,
  });
  const text = fc
    .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), lines)
    .map(([head, tail]) => head.join('') + tail.map(([piece, lineBreak]) => piece + lineBreak).join(''));
  const edit = fc.record({
    at: fc.nat(),
    length: fc.constantFrom(0, 0, 1, 1, 2, 3, 8),
    snap: fc.constantFrom('break', 'after-break', 'anywhere'),
    text: fc.array(fc.constantFrom(...BREAKS, ...BREAKS, 'x', CODE, ''), { maxLength: 4 }).map((p) => p.join('')),
  });
  fc.assert(
    fc.property(text, fc.array(edit, { minLength: 1, maxLength: 10 }), fc.boolean(), (seed, edits, chunked) => {
      const document = newDocument(seed, chunked);
      service.doAnalysis(document, index).all();
      for (const e of edits) {
        const content = document.getText();
        const breaks = [...content.matchAll(/\r\n?|\n/g)].map((m) => m.index);
        let start = content.length ? e.at % (content.length + 1) : 0;
        if (e.snap !== 'anywhere' && breaks.length) {
          const at = breaks[e.at % breaks.length]!;
          start = e.snap === 'break' ? at : at + (content.startsWith('\r\n', at) ? 2 : 1);
        }
        const end = Math.min(content.length, start + e.length);
        const range = { start: document.positionAt(start), end: document.positionAt(end) };
        apply(document, [{ range, text: e.text }]);
        service.documentChanged(document, [{ range, text: e.text }]);
      }
      assert.deepEqual(
        normalise(service.doAnalysis(document, index).all()),
        normalise(fresh(document)),
        `${JSON.stringify(seed)} after ${JSON.stringify(edits)}`,
      );
      service.documentClosed(document.uri);
    }),
    { numRuns: RUNS },
  );
});
