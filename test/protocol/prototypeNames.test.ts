// Over stdio: every Object.prototype name as a language id, a code, a provider and a setting key.
// Every request gets an answer and the server keeps serving.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspTestClient } from '../support/lspClient';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__'];
let client: LspTestClient;

before(async () => {
  const hostile = Object.fromEntries(NAMES.map((n) => [n, false]));
  client = await LspTestClient.start({
    settings: JSON.parse(
      JSON.stringify({ languages: [...NAMES, 'typescript'], providers: hostile, ignore: NAMES }).replace(
        '{',
        `{"__proto__": {"a": 1},`,
      ),
    ) as unknown,
  });
});
after(async () => {
  await client.close();
});

test('documents in languages named like Object.prototype members answer every request', async () => {
  for (const [i, languageId] of NAMES.entries()) {
    const uri = `file:///w/proto${i}.x`;
    client.open(uri, languageId, `switch (err.code) { case '${languageId}': break; }\nif (err.code === 414) {}\n`);
    const position = { line: 1, character: 18 };
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    await client.request('textDocument/completion', { textDocument: { uri }, position });
    await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
  }
  const uri = 'file:///w/ok.ts';
  client.open(uri, 'typescript', 'if (err.code === 414) {}');
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: 18 },
  });
  assert.ok(hover, 'still serving');
  assert.doesNotMatch([...client.logs, ...client.stderr].join('\n'), /TypeError|RangeError|Uncaught/);
});
