// The diagnostics publisher: each source replaces only its own diagnostics, every publication
// carries the union for the file, and URIs of one file match however they are encoded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';

const diagnostic = (message: string): Diagnostic => ({
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
  severity: DiagnosticSeverity.Error,
  message,
});

function recorder() {
  const sent: { uri: string; version?: number; messages: string[] }[] = [];
  const publisher = new DiagnosticsPublisher(async ({ uri, version, diagnostics }) => {
    sent.push({
      uri,
      ...(version === undefined ? {} : { version }),
      messages: diagnostics.map((d) => String(d.message)),
    });
  });
  return { sent, publisher };
}

test('code diagnostics and catalogue problems of one file are published together', async () => {
  const { sent, publisher } = recorder();
  const uri = 'file:///w/codes.json';
  await publisher.publish('catalogue', uri, [diagnostic('bad entry')]);
  await publisher.publish('code', uri, [diagnostic('unknown code')], 3);
  await publisher.publish('code', uri, [], 4);
  await publisher.publish('catalogue', uri, []);
  assert.deepEqual(sent, [
    { uri, messages: ['bad entry'] },
    { uri, version: 3, messages: ['unknown code', 'bad entry'] },
    { uri, version: 4, messages: ['bad entry'] },
    { uri, messages: [] },
  ]);
});

test('two spellings of one file path are one file; other files are apart', async () => {
  const { sent, publisher } = recorder();
  await publisher.publish('catalogue', 'file:///w/my%20codes.json', [diagnostic('bad entry')]);
  await publisher.publish('code', 'file:///w/my codes.json', [diagnostic('unknown code')]);
  await publisher.publish('code', 'file:///w/other.json', [diagnostic('elsewhere')]);
  assert.deepEqual(
    sent.map((s) => s.messages),
    [['bad entry'], ['unknown code', 'bad entry'], ['elsewhere']],
  );
});
