// Many user catalogue files through the server, with the client's file watcher as VS Code offers
// it: the setting is resolved once, the client is asked for one watcher per folder (not one per
// file, and not again after every file), and a change the client reports reloads that file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileUri, LspTestClient } from '../support/lspClient';

const FILES = 1000;
const FOLDERS = 3;
const FIRST_CODE = 950_000_000;
const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-many-catalogues-')));
const clients: LspTestClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  fs.rmSync(root, { recursive: true, force: true });
});

const catalogue = (i: number, message: string) =>
  JSON.stringify({
    provider: `team-${i}`,
    name: 'Team',
    entries: [{ code: FIRST_CODE + i, name: `TEAM_${i}`, message }],
  });

type HoverResult = { contents: { value: string } } | null;
interface WatcherOptions {
  watchers: { globPattern: { baseUri: string; pattern: string } }[];
}

test(`${FILES} catalogue files in ${FOLDERS} folders: one registration of ${FOLDERS} watchers`, async () => {
  const entries: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const relative = path.join('codes', `team${i % FOLDERS}`, `c${i}.codes.json`);
    fs.mkdirSync(path.join(root, path.dirname(relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), catalogue(i, `Team code ${i}`));
    entries.push(relative);
  }
  const client = await LspTestClient.start({
    rootUri: fileUri(root),
    settings: { catalogues: entries },
    workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
  });
  clients.push(client);
  const uri = fileUri(path.join(root, 'app.ts'));
  client.open(uri, 'typescript', `if (err.code === ${FIRST_CODE + FILES - 1}) retry();`);
  const hover = () =>
    client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
  assert.match((await hover())!.contents.value, new RegExp(`Team code ${FILES - 1}`));

  const registrations = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
  assert.equal(registrations.length, 1, 'one registration, not one per file');
  const { watchers } = registrations[0]!.registerOptions as WatcherOptions;
  assert.equal(watchers.length, FOLDERS, 'one watcher per folder');
  const folders = watchers.map((w) => w.globPattern.baseUri).sort();
  assert.deepEqual(folders, [0, 1, 2].map((i) => fileUri(path.join(root, 'codes', `team${i}`))).sort());
  const names = watchers.find((w) => w.globPattern.baseUri.endsWith('/team0'))!.globPattern.pattern;
  assert.ok(names.includes(`c${FILES - 1}.codes.json`) || names === '*.json', names);

  // A change the client reports reloads the file (its folder's watcher saw it).
  const last = path.join(root, entries.at(-1)!);
  fs.writeFileSync(last, catalogue(FILES - 1, 'Team code renamed'));
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: fileUri(last), type: 2 }],
  });
  await client.waitFor(
    () => client.notifications.some((n) => n.method === 'statusCodes/cataloguesChanged'),
    10000,
    'the reload',
  );
  assert.match((await hover())!.contents.value, /Team code renamed/);
  assert.equal(client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').length, 1);
});
