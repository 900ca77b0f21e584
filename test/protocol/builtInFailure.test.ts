// A built-in catalogue that is damaged (edited, truncated, missing) or a schema that is gone: the
// server reports it once, clearly, keeps serving every other provider and never exits on it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';

type HoverResult = { contents: { value: string } } | null;
interface StatusResult {
  catalogues: { uri: string; builtIn: boolean; ok: boolean; provider: string }[];
}

const roots: string[] = [];
const clients: LspTestClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** A copy of data/ changed by `damage`, served by a fresh server. */
async function serverWith(damage: (dir: string) => void): Promise<LspTestClient> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-data-'));
  roots.push(dir);
  fs.cpSync(path.join(REPO_ROOT, 'data'), dir, { recursive: true });
  damage(dir);
  const client = await LspTestClient.start({ env: { STATUS_CODES_DATA_DIR: dir } });
  clients.push(client);
  return client;
}

// 7101 is a code of commsease-im alone (the V2 catalogue shares 414 and many others).
const SOURCE = 'if (err.code === 7101) {}\nif (err.code === 6000121) {}\n';
const hoverAt = (client: LspTestClient, uri: string, line: number) =>
  client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line, character: 19 } });

const damages: Array<[what: string, damage: (dir: string) => void]> = [
  ['truncated', (dir) => fs.truncateSync(path.join(dir, 'commsease-im.json'), 3000)],
  [
    'edited (one typed character)',
    (dir) => {
      const file = path.join(dir, 'commsease-im.json');
      fs.writeFileSync(file, `x${fs.readFileSync(file, 'utf8')}`);
    },
  ],
  [
    'edited (a required field removed)',
    (dir) => {
      const file = path.join(dir, 'commsease-im.json');
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { message?: string }[] };
      delete data.entries[3]!.message;
      fs.writeFileSync(file, JSON.stringify(data));
    },
  ],
  ['missing', (dir) => fs.rmSync(path.join(dir, 'commsease-im.json'))],
];

for (const [what, damage] of damages) {
  test(`a ${what} built-in catalogue is reported once and the others keep serving`, async () => {
    const client = await serverWith(damage);
    const uri = 'untitled:damaged.ts';
    client.open(uri, 'typescript', SOURCE);
    const hover = await hoverAt(client, uri, 1);
    assert.match(hover?.contents.value ?? '', /User not logged in/, 'the ZIM SDK catalogue still serves');
    if (what !== 'missing') {
      await client.waitFor(
        () => client.logs.some((l) => l.startsWith('Built-in catalogue commsease-im.json could not be loaded')),
        5000,
        'the failure in the log',
      );
      const reports = client.logs.filter((l) => l.includes('commsease-im.json could not be loaded'));
      assert.equal(reports.length, 1, 'reported once');
      assert.ok(!reports[0]!.includes('\n'), 'one line');
      assert.match(reports[0]!, /reinstall the extension/);
      const shown = client.notifications.filter((n) => n.method === 'window/showMessage');
      assert.equal(shown.length, 1, 'one message to the user');
      const status = await client.request<StatusResult>('statusCodes/catalogueStatus', { uri });
      assert.ok(
        status.catalogues.some((c) => c.builtIn && !c.ok && c.uri.endsWith('/commsease-im.json')),
        'the status shows the damaged file',
      );
    }
    assert.equal(await hoverAt(client, uri, 0), null, 'no stale CommsEase answer');
    assert.equal(client.process.exitCode, null, 'the server is still running');
  });
}

test('an unreadable schema is reported and the server still answers', async () => {
  const client = await serverWith((dir) => fs.writeFileSync(path.join(dir, 'catalogue.schema.json'), '{'));
  await client.waitFor(
    () => client.logs.some((l) => l.startsWith('Built-in catalogue catalogue.schema.json could not be loaded')),
    5000,
    'the schema failure in the log',
  );
  const uri = 'untitled:schema.ts';
  client.open(uri, 'typescript', SOURCE);
  assert.equal(await hoverAt(client, uri, 0), null);
  assert.equal(client.process.exitCode, null, 'the server is still running');
});
