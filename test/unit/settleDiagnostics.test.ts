// Diagnostics published while a first analysis is still under way (the server does this on open):
// they must be exactly those of the finished analysis, and come early only when they are final.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settleDiagnostics } from '../../server/src/service/features/diagnostics';
import { ChunkedDocument } from '../../server/src/service/text/chunkedDocument';
import { BENCH_LANGUAGES, generateSource } from '../bench/generateSource';
import { createTestService } from '../support/service';

let n = 0;
/** A fresh analysis of `text` in a chunked document (as the server holds it), and the reference diagnostics. */
async function bothWays(text: string, languageId: string, settings: unknown) {
  const { service, index, settings: read } = createTestService(settings);
  const referenceDocument = ChunkedDocument.create('file:///ref', languageId, 1, text);
  const reference = service.doValidation(referenceDocument, service.doAnalysis(referenceDocument, index), read);
  const document = ChunkedDocument.create(`file:///early/${++n}`, languageId, 1, text);
  const analysis = service.doAnalysis(document, index);
  // Slices of 0 ms: the scan stops at every check (every 512 lines), so the collection runs many times.
  const early = await settleDiagnostics(document, analysis, read, new Set(), 0);
  return { reference, early, staleAfter: analysis.stale };
}

for (const languageId of BENCH_LANGUAGES) {
  test(`${languageId}: diagnostics collected during a sliced first analysis are those of the whole analysis`, async () => {
    const text = generateSource(languageId, 200 * 1024, 3);
    for (const maxProblems of [1, 7, 100, 0]) {
      const { reference, early, staleAfter } = await bothWays(text, languageId, { diagnostics: { maxProblems } });
      assert.ok(reference.diagnostics.length > 0, 'the generated source has problems');
      assert.deepEqual(early.diagnostics, reference.diagnostics, `maxProblems ${maxProblems}`);
      assert.equal(early.truncated, reference.truncated, `maxProblems ${maxProblems}: truncated`);
      // More problems than the cap: published before the scan reached the end of the file.
      if (reference.truncated) assert.ok(staleAfter, `maxProblems ${maxProblems}: returned before the end`);
      else assert.ok(!staleAfter, `maxProblems ${maxProblems}: whole file scanned`);
    }
  });
}

test('a file whose problems are all near its end waits for the whole scan', async () => {
  const quiet = 'const retries = 3;\nlet total = retries + 1;\n'.repeat(3000);
  const text = `${quiet}if (err.code === 66030001) retry();\ncase 'Error_Timout':\n`;
  const { reference, early, staleAfter } = await bothWays(text, 'typescript', {});
  assert.equal(reference.diagnostics.length, 2);
  assert.deepEqual(early, reference);
  assert.ok(!staleAfter);
});

test('diagnostics turned off are final at once, and the analysis goes on for hovers', async () => {
  const text = generateSource('typescript', 100 * 1024, 5);
  const { early, staleAfter } = await bothWays(text, 'typescript', { diagnostics: { enable: false } });
  assert.deepEqual(early.diagnostics, []);
  assert.ok(staleAfter);
});
