import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspTestClient } from '../support/lspClient';

type Item = { label: string; documentation?: { value: string }; data?: unknown };
type List = { items: Item[] };

const uri = 'file:///workspace/resolve.ts';
const text = 'if (err.code === ';
const position = { line: 0, character: text.length };

test('clients that resolve completion items get documentation on resolve, not in the list', async () => {
  const client = await LspTestClient.start({ textDocumentCapabilities: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } } });
  try {
    client.open(uri, 'typescript', text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
    const item = list.items.find((i) => i.label === '414');
    assert.ok(item, 'offers 414');
    assert.equal(item.documentation, undefined, 'no documentation in the list');
    const resolved = await client.request<Item>('completionItem/resolve', item);
    assert.match(resolved.documentation!.value, /\*\*Parameter error\*\*/);
  } finally {
    await client.close();
  }
});

test('clients that cannot resolve get documentation inline', async () => {
  const client = await LspTestClient.start();
  try {
    client.open(uri, 'typescript', text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
    assert.match(list.items.find((i) => i.label === '414')!.documentation!.value, /\*\*Parameter error\*\*/);
  } finally {
    await client.close();
  }
});
