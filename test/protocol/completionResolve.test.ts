import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspTestClient } from '../support/lspClient';

type Item = { label: string; documentation?: { value: string }; data?: unknown };
type List = { items: Item[] };

const uri = 'file:///workspace/resolve.ts';
const text = 'if (err.code === ';
const position = { line: 0, character: text.length };

test('clients that resolve completion items get documentation on resolve, not in the list', async () => {
  const client = await LspTestClient.start({
    textDocumentCapabilities: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } },
  });
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

test('clients that take item defaults get the replaced range once; the edits are the same', async () => {
  type EditItem = Item & { textEdit?: { range: unknown; newText: string }; textEditText?: string };
  type EditList = { items: EditItem[]; itemDefaults?: { editRange?: unknown } };
  const quoted = "switch (err.code) { case '";
  const at = { line: 0, character: quoted.length };
  // Both resolve documentation on demand, as VS Code does: the ranges are then much of a response.
  const resolveSupport = { properties: ['documentation'] };
  const plain = await LspTestClient.start({
    textDocumentCapabilities: { completion: { completionItem: { resolveSupport } } },
  });
  const withDefaults = await LspTestClient.start({
    textDocumentCapabilities: {
      completion: { completionItem: { resolveSupport }, completionList: { itemDefaults: ['editRange'] } },
    },
  });
  try {
    const lists: EditList[] = [];
    for (const client of [plain, withDefaults]) {
      client.open(uri, 'typescript', quoted);
      lists.push(await client.request<EditList>('textDocument/completion', { textDocument: { uri }, position: at }));
    }
    const [perItem, defaults] = lists as [EditList, EditList];
    assert.ok(
      perItem.items.length > 5 && perItem.items.every((i) => i.textEdit && i.textEditText === undefined),
      'a range in every item by default',
    );
    assert.deepEqual(defaults.itemDefaults?.editRange, perItem.items[0]!.textEdit!.range);
    assert.ok(
      defaults.items.every((i) => i.textEdit === undefined),
      'no range per item',
    );
    assert.deepEqual(
      defaults.items.map((i) => i.textEditText),
      perItem.items.map((i) => i.textEdit!.newText),
      'same new texts',
    );
    assert.ok(JSON.stringify(defaults).length < JSON.stringify(perItem).length * 0.85, 'a smaller response');
  } finally {
    await plain.close();
    await withDefaults.close();
  }
});
