// A document that opens is scanned while its settings are asked of the client (scanAhead):
// whatever the server expected, the published diagnostics are those of the settings that came.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChunkedDocument } from '../../server/src/service/text/chunkedDocument';
import { generateSource } from '../bench/generateSource';
import { LspTestClient } from '../support/lspClient';
import { createTestService } from '../support/service';

/** The diagnostics the pure service gives `text` with `settings`, as they travel (JSON). */
function expectedDiagnostics(text: string, settings: unknown): unknown {
  const { service, index, settings: read } = createTestService(settings);
  const document = ChunkedDocument.create('file:///expected.ts', 'typescript', 1, text);
  const { diagnostics } = service.doValidation(document, service.doAnalysis(document, index), read);
  return JSON.parse(JSON.stringify(diagnostics));
}

test('a document opened while the settings answer is slow gets the diagnostics of the settings that come', async () => {
  const client = await LspTestClient.start({ settings: {} });
  try {
    let answer: unknown = {};
    // Slow enough that the scan ahead covers much of the file before the answer.
    client.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      const now = answer;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return params.items.map(() => now);
    });
    const text = generateSource('typescript', 300 * 1024, 17);
    const cases: [string, unknown][] = [
      // Expected: the defaults. Comes: another index (a provider off): other near misses.
      ['other-index', { providers: { 'zegocloud-zim-sdk': false } }],
      // Expected: the settings above (the latest run). Comes: the defaults.
      ['defaults', {}],
      // Expected and come: the defaults (the scan ahead is the analysis).
      ['same', {}],
      // Comes: the same index, near misses off (no problems: the whole file is scanned).
      ['none', { diagnostics: { severity: { 'near-miss-code': 'off' } } }],
      // Comes: settings that skip the file.
      ['skipped', { maxFileSize: 1024 }],
    ];
    for (const [name, settings] of cases) {
      answer = settings;
      const uri = `file:///workspace/${name}.ts`;
      client.open(uri, 'typescript', text);
      const published = await client.waitForDiagnostics(uri, undefined, 30_000);
      const expected = name === 'skipped' ? [] : expectedDiagnostics(text, settings);
      assert.deepEqual(published.diagnostics, expected, name);
      if (name !== 'skipped' && name !== 'none') assert.ok(published.diagnostics.length > 0, `${name}: has problems`);
    }
    assert.notDeepEqual(expectedDiagnostics(text, cases[0]![1]), expectedDiagnostics(text, {}), 'the indexes differ');
    // The file scanned ahead and then skipped answers no hover.
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///workspace/skipped.ts' },
      position: { line: 3, character: 20 },
    });
    assert.equal(hover, null);
  } finally {
    await client.close();
  }
});
