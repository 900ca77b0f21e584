// Completion through dist/server.js --stdio with a large user catalogue: the typed prefix selects the
// rows, the list is capped and marked incomplete, and rows carry the short message (issue 18 item 7,
// issue 14 item 5).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fileUri, LspTestClient } from '../support/lspClient';

type Item = {
  label: string;
  labelDetails?: { detail?: string; description?: string };
  sortText?: string;
  textEditText?: string;
};
type List = { isIncomplete: boolean; items: Item[]; itemDefaults?: { editRange?: unknown } } | null;

const ENTRIES = 20_000;
let root: string;
let client: LspTestClient;
let uri: string;

before(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-completion-')));
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    code: 8_000_000 + i,
    name: `ORDER_ERROR_${i}`,
    message: `Order step ${i} failed; retry it`,
  }));
  fs.writeFileSync(path.join(root, 'big.codes.json'), JSON.stringify({ provider: 'acme', name: 'ACME', entries }));
  client = await LspTestClient.start({
    rootUri: fileUri(root),
    settings: { catalogues: ['big.codes.json'] },
    textDocumentCapabilities: {
      completion: {
        completionItem: { resolveSupport: { properties: ['documentation'] } },
        completionList: { itemDefaults: ['editRange'] },
      },
    },
  });
  uri = fileUri(path.join(root, 'src', 'orders.ts'));
  client.open(
    uri,
    'typescript',
    ['if (err.code === 8', 'if (err.code === 801234', 'if (err.code === 6000106) {}'].join('\n'),
  );
  // The catalogue loads in the background: wait until its codes answer.
  let loaded = false;
  await client.waitFor(
    () => {
      void complete(1, 23).then((l) => (loaded = l?.items.some((i) => i.label === '8012345') ?? false));
      return loaded;
    },
    60_000,
    'the user catalogue',
  );
});
after(async () => {
  await client.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const complete = (line: number, character: number) =>
  client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

test('a one-digit prefix: at most 100 rows of codes starting with it, in numeric order, marked incomplete', async () => {
  const list = (await complete(0, 18))!;
  assert.equal(list.isIncomplete, true);
  assert.equal(list.items.length, 100);
  assert.ok(list.items.every((i) => i.label.startsWith('8')));
  // The built-in 8xx codes first (catalogue order of providers when the file names none), then ACME's.
  const acme = list.items.filter((i) => i.labelDetails?.description === 'ACME').map((i) => i.label);
  assert.deepEqual(acme.slice(0, 3), ['8000000', '8000001', '8000002']);
  assert.ok(acme.length > 50);
  assert.deepEqual(
    list.items.map((i) => i.sortText),
    [...list.items.map((i) => i.sortText)].sort(),
    'sortText keeps the order',
  );
  assert.ok(list.itemDefaults?.editRange, 'one edit range for all rows');
});

test('more digits: the matching codes only, complete when all fit, each row with its short message', async () => {
  const list = (await complete(1, 23))!;
  assert.equal(list.isIncomplete, false);
  assert.deepEqual(
    list.items.map((i) => i.label),
    Array.from({ length: 10 }, (_, i) => String(8_012_340 + i)),
  );
  const row = list.items.find((i) => i.label === '8012345')!;
  assert.deepEqual(row.labelDetails, { detail: ' Order step 12345 failed', description: 'ACME' });
  assert.equal(row.textEditText, '8012345');
});
