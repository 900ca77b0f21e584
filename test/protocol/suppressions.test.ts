// Suppression comments over `node dist/server.js --stdio`: published diagnostics honour them, the quick
// fixes insert them, and applying one (as the client does) clears the diagnostic.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ settings: {} });
});
after(async () => {
  await client.close();
});

const linesOf = (uri: string, version: number) =>
  client.waitFor(
    () => {
      const p = client.diagnostics.get(uri);
      return p && p.version === version
        ? p.diagnostics.map((d) => (d.range as Diagnostic['range']).start.line)
        : undefined;
    },
    10000,
    `diagnostics of ${uri} at version ${version}`,
  );

test('published diagnostics honour suppression comments; the line fix inserts one and the diagnostic goes', async () => {
  const uri = 'file:///workspace/suppressed.py';
  const text = [
    '# status-codes-ignore-next-line 66030001',
    'if code == 66030001:',
    '    pass',
    'def f(code):',
    '    if code == 66030001:',
    '        pass',
  ].join('\n');
  client.open(uri, 'python', text, 1);
  assert.deepEqual(await linesOf(uri, 1), [4]);
  const diagnostic = client.diagnostics.get(uri)!.diagnostics[0] as Diagnostic;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
  const titles = actions.map((a) => a.title);
  const at = titles.indexOf('Ignore 66030001 in this workspace');
  assert.deepEqual(titles.slice(at - 2, at + 1), [
    'Ignore 66030001 on this line',
    'Ignore 66030001 in this file',
    'Ignore 66030001 in this workspace',
  ]);
  const edits = actions.find((a) => a.title === 'Ignore 66030001 on this line')!.edit!.changes![uri]!;
  assert.deepEqual(edits, [
    {
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
      newText: '    # status-codes-ignore-next-line 66030001\n',
    },
  ]);
  client.change(
    uri,
    2,
    edits.map((e) => ({ range: e.range, text: e.newText })),
  );
  assert.deepEqual(await linesOf(uri, 2), []);
});
