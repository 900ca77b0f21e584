import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspTestClient } from '../support/lspClient';

type HoverResult = { contents: { kind: string; value: string }; range: unknown } | null;

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.close();
});

test('hover over dist/server.js --stdio explains codes with their official message', async () => {
  const uri = 'file:///workspace/im.ts';
  const text = [
    'if (err.code === 414) retry();', // 0
    'const ROOM_GONE = 660300001;', // 1
    "switch (e.code) { case 'Error_Timeout': }", // 2
    'for (let i = 0; i < 414; i++) {}', // 3
  ].join('\n');
  client.open(uri, 'typescript', text);
  const at = (line: number, character: number) =>
    client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const h414 = await at(0, 18);
  assert.ok(h414, 'hover on 414');
  assert.match(h414.contents.value, /Parameter error/);
  assert.equal(h414.contents.kind, 'markdown');
  assert.match((await at(1, 20))!.contents.value, /The room does not exist\./);
  assert.match((await at(2, 30))!.contents.value, /Timeout/);
  assert.equal(await at(3, 21), null, 'a loop bound is not a code');
});

test('hover on an unknown document or past the end answers null', async () => {
  assert.equal(
    await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///nope.ts' },
      position: { line: 0, character: 0 },
    }),
    null,
  );
  assert.equal(
    await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///workspace/im.ts' },
      position: { line: 999, character: 0 },
    }),
    null,
  );
});
