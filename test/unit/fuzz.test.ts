// Fuzzing and property tests of the pure service: it never throws, every range it
// returns lies in the document, incremental re-analysis equals a fresh analysis, and
// pathological inputs are analysed whole (their cost is a bench row). FUZZ_RUNS=5000 runs longer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ChunkedDocument } from '../../server/src/service/text/chunkedDocument';
import type { Finding } from '../../server/src/service/analysis/findings';
import { KNOWN_LANGUAGE_IDS } from '../../server/src/service/scan/languages';
import { generateSource, BENCH_LANGUAGES, catalogueCodes } from '../bench/generateSource';
import { createTestService } from '../support/service';
import { fillWith, PATHOLOGICAL_LANGUAGES, PATHOLOGICAL_UNITS } from '../support/pathologicalInputs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const LANGUAGES = [...KNOWN_LANGUAGE_IDS, 'no-such-language'];
const { service, index } = createTestService();
let documentNumber = 0;

const codes = catalogueCodes();
/** Pieces that stress the scanner and the context rules: delimiters, code contexts, codes. */
const FRAGMENTS = [
  '\n',
  '\n',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '"',
  "'",
  '`',
  '"""',
  "'''",
  '/*',
  '*/',
  '//',
  '#',
  '\\',
  '${',
  '}',
  '{',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  ':',
  '=',
  '==',
  '===',
  '!=',
  '->',
  '=>',
  '|',
  '.',
  '@"',
  'r"',
  "r'",
  'f"',
  '/re/g',
  'x / 2',
  'switch (err.code) {',
  'when (errorCode) {',
  'match code:',
  'case ',
  'case _:',
  'enum ErrorCode {',
  'default:',
  'if (code === ',
  'err.code == ',
  'errorCode',
  'RETRY_CODES = [',
  '].includes(code)',
  'code in (',
  'ZIMErrorCode.',
  ...codes.long.slice(0, 12).map(String),
  '414',
  '0',
  '6000001',
  '660300001',
  '66030001',
  '6600300001',
  '100000',
  '0414',
  ...codes.strings.slice(0, 6).map((s) => `'${s}'`),
  "'Error_Timout'",
  ...codes.constants.slice(0, 6),
  'é',
  '😀',
  '\ud800',
  '\udc00',
  '\u0000',
];

const fragmentText = (max: number) =>
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: max }).map((parts) => parts.join(''));
/** Text that mixes fragments with arbitrary characters, including lone surrogates and control characters. */
const anyText = fc.oneof(
  fragmentText(120),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 120 })
    .map((p) => p.join('')),
);
/** Random bytes read as text the way a client might send a binary file. */
const bytesAsText = fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('latin1'));

/**
 * Every other document is a ChunkedDocument (the server's) with chunks of a few hundred
 * characters, so edits and scans cross chunk boundaries; the others are TextDocument's.
 */
const newDocument = (text: string, languageId: string): TextDocument =>
  ++documentNumber % 2 === 0
    ? new ChunkedDocument(`file:///fuzz/${documentNumber}`, languageId, 1, text, 64 + (documentNumber % 7) * 40)
    : TextDocument.create(`file:///fuzz/${documentNumber}`, languageId, 1, text);

function update(document: TextDocument, changes: TextDocumentContentChangeEvent[]): void {
  if (document instanceof ChunkedDocument) document.update(changes, document.version + 1);
  else TextDocument.update(document, changes, document.version + 1);
}

function lineLength(document: TextDocument, line: number): number {
  const start = document.offsetAt({ line, character: 0 });
  const next =
    line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : document.getText().length;
  return document
    .getText()
    .slice(start, next)
    .replace(/\r?\n$|\r$/, '').length;
}

function assertInside(document: TextDocument, f: { line: number; start: number; end: number }, what: string): void {
  assert.ok(
    Number.isInteger(f.line) && f.line >= 0 && f.line < document.lineCount,
    `${what}: line ${f.line} of ${document.lineCount}`,
  );
  const length = lineLength(document, f.line);
  assert.ok(f.start >= 0 && f.start <= f.end && f.end <= length, `${what}: ${f.start}-${f.end} on a line of ${length}`);
}

/** Findings in a comparable form. */
const normalise = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f)).sort();

function fresh(document: TextDocument): Finding[] {
  const copy = TextDocument.create(`${document.uri}#fresh`, document.languageId, document.version, document.getText());
  const findings = service.doAnalysis(copy, index).all();
  service.documentClosed(copy.uri);
  return findings;
}

test('the service never throws and keeps every range inside the document', () => {
  fc.assert(
    fc.property(
      fc.oneof(anyText, bytesAsText),
      fc.constantFrom(...LANGUAGES),
      fc.array(fc.nat(), { maxLength: 8 }),
      (text, languageId, picks) => {
        const document = newDocument(text, languageId);
        const analysis = service.doAnalysis(document, index);
        for (const f of analysis.all()) assertInside(document, f, 'finding');
        for (const pick of picks) {
          const offset = text.length ? pick % (text.length + 1) : 0;
          const hover = service.doHover(document, document.positionAt(offset), analysis);
          if (hover?.range)
            assertInside(
              document,
              { line: hover.range.start.line, start: hover.range.start.character, end: hover.range.end.character },
              'hover',
            );
        }
        // Positions past the end of a line or of the document answer nothing rather than throwing.
        assert.equal(service.doHover(document, { line: document.lineCount + 3, character: 0 }, analysis), null);
        service.doHover(document, { line: 0, character: 1_000_000 }, analysis);
        service.documentClosed(document.uri);
      },
    ),
    { numRuns: RUNS },
  );
});

/** A random edit of `document`: a range (possibly empty, possibly across lines) and its replacement. */
const editArbitrary = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  width: fc.nat(40),
  text: fragmentText(6),
});

test('incremental re-analysis after random edits equals a fresh analysis', () => {
  const seedText = fc.oneof(
    fragmentText(150),
    fc
      .tuple(fc.constantFrom(...BENCH_LANGUAGES), fc.integer({ min: 1, max: 1_000_000 }))
      .map(([language, seed]) => generateSource(language, 1500, seed)),
  );
  fc.assert(
    fc.property(
      seedText,
      fc.constantFrom(...LANGUAGES),
      fc.array(editArbitrary, { minLength: 1, maxLength: 12 }),
      fc.boolean(),
      (text, languageId, edits, readBetween) => {
        const document = newDocument(text, languageId);
        const analysis = service.doAnalysis(document, index);
        analysis.all();
        for (const edit of edits) {
          const length = document.getText().length;
          const start = Math.floor(edit.a * length);
          // Mostly small edits near the start offset, sometimes a wide range.
          const end = Math.min(
            length,
            edit.b < 0.8 ? start + edit.width : start + Math.floor(edit.b * (length - start)),
          );
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          update(document, [{ range, text: edit.text }]);
          service.documentChanged(document, [{ range, text: edit.text }]);
          if (readBetween) service.doAnalysis(document, index).onLine(range.start.line);
        }
        const incremental = service.doAnalysis(document, index).all();
        assert.deepEqual(
          normalise(incremental),
          normalise(fresh(document)),
          `after ${edits.length} edits of ${JSON.stringify(text.slice(0, 200))}`,
        );
        for (const f of incremental) assertInside(document, f, 'finding');
        service.documentClosed(document.uri);
      },
    ),
    { numRuns: RUNS },
  );
});

test('several changes in one didChange, applied in order, equal a fresh analysis', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...BENCH_LANGUAGES),
      fc.integer({ min: 1, max: 1000 }),
      fc.array(editArbitrary, { minLength: 2, maxLength: 6 }),
      (language, seed, edits) => {
        const document = newDocument(generateSource(language, 3000, seed), language);
        service.doAnalysis(document, index).all();
        const changes = edits.map((edit) => {
          const length = document.getText().length;
          const start = Math.floor(edit.a * length);
          const range = {
            start: document.positionAt(start),
            end: document.positionAt(Math.min(length, start + edit.width)),
          };
          update(document, [{ range, text: edit.text }]);
          return { range, text: edit.text };
        });
        service.documentChanged(document, changes);
        assert.deepEqual(normalise(service.doAnalysis(document, index).all()), normalise(fresh(document)));
        service.documentClosed(document.uri);
      },
    ),
    { numRuns: Math.max(20, RUNS / 4) },
  );
});

test('analysis in time slices (settle) with edits in between equals a fresh analysis', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...BENCH_LANGUAGES),
      fc.integer({ min: 1, max: 1000 }),
      fc.array(editArbitrary, { maxLength: 4 }),
      async (language, seed, edits) => {
        // Over a thousand lines, so that zero-length slices stop the scan several times.
        const document = newDocument(generateSource(language, 40_000, seed), language);
        const analysis = service.doAnalysis(document, index);
        const settling = analysis.settle(0);
        for (const edit of edits) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          const length = document.getText().length;
          const start = Math.floor(edit.a * length);
          const range = {
            start: document.positionAt(start),
            end: document.positionAt(Math.min(length, start + edit.width)),
          };
          update(document, [{ range, text: edit.text }]);
          service.documentChanged(document, [{ range, text: edit.text }]);
        }
        await settling;
        await service.doAnalysis(document, index).settle(0);
        assert.equal(service.doAnalysis(document, index).stale, false);
        assert.deepEqual(normalise(service.doAnalysis(document, index).all()), normalise(fresh(document)));
        service.documentClosed(document.uri);
      },
    ),
    { numRuns: Math.max(10, RUNS / 10) },
  );
});

test('edge inputs in every language: empty, NUL bytes, lone surrogates, unterminated strings and comments, long single lines', () => {
  const longLine = (size: number) =>
    'if (err.code === 414) { x = "660300001"; } '.repeat(Math.ceil(size / 43)).slice(0, size);
  const inputs = [
    '',
    '\n',
    '\r\n\r\n',
    '\r\r\n\n',
    '\u0000\u0000414\u0000',
    '\ud800\udc00\ud800 code == 414 \udfff',
    "'\\",
    '"\\',
    '/*',
    '`${',
    '"""',
    "r'",
    '@"',
    longLine(100_000),
  ];
  for (const languageId of LANGUAGES) {
    for (const text of languageId === 'typescript' || languageId === 'python'
      ? [...inputs, longLine(1 << 20)]
      : inputs) {
      const document = newDocument(text, languageId);
      const findings = service.doAnalysis(document, index).all();
      for (const f of findings) assertInside(document, f, `${languageId} finding`);
      service.documentClosed(document.uri);
    }
  }
});

test('pathological inputs are analysed whole, with every finding inside the document', () => {
  // How long they take, against plain source of the same size, is `npm run bench -- --only=pathological`.
  const size = 60_000;
  for (const languageId of PATHOLOGICAL_LANGUAGES) {
    for (const unit of PATHOLOGICAL_UNITS) {
      const document = newDocument(fillWith(unit, size), languageId);
      const analysis = service.doAnalysis(document, index);
      const findings = analysis.all();
      assert.equal(analysis.stale, false, `${languageId} ${JSON.stringify(unit)}: analysed to the end`);
      for (const f of findings) assertInside(document, f, `${languageId} ${JSON.stringify(unit)}`);
      service.documentClosed(document.uri);
    }
  }
});
