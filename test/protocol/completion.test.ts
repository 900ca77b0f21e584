import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspTestClient } from '../support/lspClient';
import { GenerateConstantsRequest, ListCodesRequest } from '../../server/src/protocol';

type Item = { label: string; detail?: string; textEdit?: { newText: string } };
type List = { isIncomplete: boolean; items: Item[] } | null;
type Hint = { position: { line: number; character: number }; label: string };
type Location = { uri: string; range: { start: { line: number } } };

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ settings: { inlayHints: { enable: true } } });
});
after(async () => {
  await client.close();
});

const uri = 'file:///workspace/completion.ts';
const text = [
  'if (err.code === ', // 0
  "switch (e.code) { case '': break; }", // 1
  'for (let i = 0; i < ', // 2
  'if (err.code === 414) retry();', // 3
  'const ROOM_GONE = 660300001;', // 4
].join('\n');

test('completion, inlay hints and definition over dist/server.js --stdio', async () => {
  client.open(uri, 'typescript', text);
  const complete = (line: number, character: number) =>
    client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

  const codes = await complete(0, 17);
  assert.ok(codes, 'completions after err.code === ');
  const item414 = codes.items.find((i) => i.label === '414');
  assert.equal(item414?.detail, 'Parameter error');
  assert.equal(item414?.textEdit?.newText, '414');

  const quoted = await complete(1, 24);
  assert.ok(quoted);
  assert.equal(
    quoted.items.find((i) => i.label === 'Error_Timeout')?.textEdit?.newText,
    'Error_Timeout',
    'no doubled quotes',
  );
  assert.ok(quoted.items.every((i) => !/^[0-9]+$/.test(i.label)));

  assert.equal(await complete(2, 20), null, 'a loop bound is not a code context');

  const hints = await client.request<Hint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 3, character: 0 }, end: { line: 4, character: 40 } },
  });
  assert.deepEqual(
    hints.map((h) => [h.position.line, h.position.character, h.label]),
    [
      [3, 20, 'Parameter error'],
      [4, 27, 'The room does not exist'],
    ],
  );

  const [location] = await client.request<Location[]>('textDocument/definition', {
    textDocument: { uri },
    position: { line: 3, character: 18 },
  });
  assert.match(location!.uri, /\/data\/commsease-im\.json$/);
  assert.equal(
    await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 4 } }),
    null,
  );
});

test('statusCodes/listCodes and statusCodes/generateConstants answer for a document', async () => {
  const codes = await client.request<
    { code: number | string; provider: string; name: string; message: string; markdown: string }[]
  >(ListCodesRequest.method, { uri });
  const entry = codes.find((c) => c.code === 414 && c.provider === 'commsease-im');
  assert.equal(entry?.name, 'PARAMETER_ERROR');
  assert.match(entry!.markdown, /Parameter error/);
  const generated = await client.request<{ fileName: string; text: string }>(GenerateConstantsRequest.method, {
    uri,
    language: 'java',
  });
  assert.equal(generated.fileName, 'StatusCodes.java');
  assert.match(generated.text, /public static final int PARAMETER_ERROR = 414;/);
  await assert.rejects(
    client.request(GenerateConstantsRequest.method, { uri, language: 'cobol' }),
    /Unsupported language/,
  );
});
