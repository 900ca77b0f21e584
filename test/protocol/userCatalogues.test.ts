// User catalogues through dist/server.js --stdio: a temporary workspace whose catalogue adds
// and overrides codes, breaks (last good version serves, diagnostic on the file), recovers,
// follows live edits, reports its status, and is ignored in an untrusted workspace.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fileUri, LspTestClient } from '../support/lspClient';
import {
  CatalogueStatusRequest,
  CataloguesChangedNotification,
  TrustChangedNotification,
  UserSettingsNotification,
} from '../../server/src/protocol';

type HoverResult = { contents: { value: string } } | null;
interface StatusResult {
  trusted: boolean;
  catalogues: {
    uri: string;
    provider: string;
    builtIn: boolean;
    entries: number;
    ok: boolean;
    problems: number;
    servingLastGood: boolean;
  }[];
}

const TEAM = {
  provider: 'acme-backend',
  name: 'ACME order service',
  entries: [{ code: 40001, name: 'ORDER_NOT_FOUND', message: 'Order not found' }],
};
const OVERRIDE = {
  provider: 'commsease-im',
  name: 'NetEase CommsEase IM',
  entries: [{ code: 414, name: 'PARAMETER_ERROR', message: 'Rejected by our gateway' }],
};
const SOURCE = ['if (err.code === 40001) {}', 'if (err.code === 414) {}'].join('\n');

let root: string;
let folder: string;
const clients: LspTestClient[] = [];

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-protocol-')));
  folder = path.join(root, 'app');
  fs.mkdirSync(path.join(folder, 'codes'), { recursive: true });
});
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  fs.rmSync(root, { recursive: true, force: true });
});

async function start(options: Parameters<typeof LspTestClient.start>[0]): Promise<LspTestClient> {
  const client = await LspTestClient.start({ rootUri: fileUri(folder), ...options });
  clients.push(client);
  return client;
}

const hoverAt = (client: LspTestClient, uri: string, line: number) =>
  client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line, character: 19 } });

/** Polls the hover until `accept` holds (the server reloads asynchronously). */
async function hoverUntil(
  client: LspTestClient,
  uri: string,
  line: number,
  accept: (markdown: string) => boolean,
  what: string,
): Promise<string> {
  let last = '';
  await client.waitFor(
    () => {
      void hoverAt(client, uri, line).then((h) => {
        last = h?.contents.value ?? '';
      });
      return accept(last);
    },
    10000,
    `${what} (last hover: ${last})`,
  );
  return last;
}

const catalogueDiagnostics = (client: LspTestClient, uri: string) =>
  client.diagnostics.get(uri)?.diagnostics.filter((d) => d.code === 'catalogue-invalid') ?? [];

test('a user catalogue adds and overrides codes, breaks without losing them, and recovers', async () => {
  const team = path.join(folder, 'codes', 'team.codes.json');
  fs.writeFileSync(team, JSON.stringify(TEAM, null, 2));
  fs.writeFileSync(path.join(folder, 'override.codes.jsonc'), `// ours\n${JSON.stringify(OVERRIDE)}`);
  const client = await start({ settings: { catalogues: ['codes/team.codes.json', 'override.codes.jsonc'] } });
  const uri = fileUri(path.join(folder, 'src', 'orders.ts'));
  client.open(uri, 'typescript', SOURCE);

  assert.match((await hoverAt(client, uri, 0))!.contents.value, /Order not found/);
  const overridden = (await hoverAt(client, uri, 1))!.contents.value;
  assert.match(overridden, /Rejected by our gateway/);
  assert.match(overridden, /overrides the built-in entry/);

  const status = await client.request<StatusResult>(CatalogueStatusRequest.method, { uri });
  assert.equal(status.trusted, true);
  const teamStatus = status.catalogues.find((c) => c.uri === fileUri(team));
  assert.deepEqual(
    teamStatus && {
      provider: teamStatus.provider,
      entries: teamStatus.entries,
      ok: teamStatus.ok,
      builtIn: teamStatus.builtIn,
    },
    { provider: 'acme-backend', entries: 1, ok: true, builtIn: false },
  );
  assert.equal(status.catalogues.filter((c) => c.builtIn).length, 4);

  // Break the file on disk (it is not open): a diagnostic on the bad property, the last good version serves.
  const lines = JSON.stringify(TEAM, null, 2).split('\n');
  const nameLine = lines.findIndex((l) => l.includes('"ORDER_NOT_FOUND"'));
  lines[nameLine] = lines[nameLine]!.replace('"ORDER_NOT_FOUND"', '"order not found"');
  fs.writeFileSync(team, lines.join('\n'));
  const [problem] = await client.waitFor(
    () => {
      const d = catalogueDiagnostics(client, fileUri(team));
      return d.length ? d : undefined;
    },
    10000,
    'a catalogue-invalid diagnostic',
  );
  assert.deepEqual((problem!.range as { start: unknown }).start, {
    line: nameLine,
    character: lines[nameLine]!.indexOf('"order not found"'),
  });
  assert.equal(problem!.source, 'status-codes');
  assert.match(problem!.message, /^entry 40001: name must match pattern/);
  await client.waitFor(
    () => client.logs.some((l) => l.includes('team.codes.json has 1 problem')),
    10000,
    'one clear message in the output',
  );
  assert.match(
    (await hoverAt(client, uri, 0))!.contents.value,
    /Order not found/,
    'the last good version keeps serving',
  );
  const broken = (await client.request<StatusResult>(CatalogueStatusRequest.method, { uri })).catalogues.find(
    (c) => c.uri === fileUri(team),
  )!;
  assert.deepEqual([broken.ok, broken.problems, broken.servingLastGood], [false, 1, true]);

  // Fix it with a new message: the diagnostic goes, the new text serves.
  fs.writeFileSync(
    team,
    JSON.stringify({ ...TEAM, entries: [{ ...TEAM.entries[0], message: 'Order archived' }] }, null, 2),
  );
  await client.waitFor(
    () => client.diagnostics.get(fileUri(team))?.diagnostics.length === 0,
    10000,
    'the diagnostic to clear',
  );
  await hoverUntil(client, uri, 0, (m) => m.includes('Order archived'), 'the fixed catalogue to serve');

  // Open the catalogue in the editor: unsaved edits are served as they are typed.
  const catalogueText = fs.readFileSync(team, 'utf8');
  client.open(fileUri(team), 'json', catalogueText);
  const at = catalogueText.indexOf('Order archived');
  const linesBefore = catalogueText.slice(0, at).split('\n');
  const from = { line: linesBefore.length - 1, character: linesBefore.at(-1)!.length };
  client.change(fileUri(team), 2, [
    {
      range: { start: from, end: { line: from.line, character: from.character + 'Order archived'.length } },
      text: 'Order typed live',
    },
  ]);
  await hoverUntil(client, uri, 0, (m) => m.includes('Order typed live'), 'the live text to serve');

  // Deleting the file takes its codes away.
  void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(team) } });
  fs.rmSync(team);
  await hoverUntil(client, uri, 0, (m) => !m.includes('Order'), 'the deleted catalogue to stop serving');
});

test('in an untrusted workspace user catalogues are ignored with a notice, until trust is granted', async () => {
  fs.writeFileSync(path.join(folder, 'trusted.codes.json'), JSON.stringify(TEAM));
  const client = await start({
    settings: { catalogues: ['trusted.codes.json'] },
    initializationOptions: { trusted: false },
  });
  const uri = fileUri(path.join(folder, 'untrusted.ts'));
  client.open(uri, 'typescript', SOURCE);
  assert.equal(await hoverAt(client, uri, 0), null);
  assert.match((await hoverAt(client, uri, 1))!.contents.value, /Parameter error/, 'built-in catalogues still serve');
  const notice = await client.waitFor(
    () => client.notifications.find((n) => n.method === 'window/showMessage'),
    10000,
    'a notice',
  );
  assert.match((notice.params as { message: string }).message, /not trusted/);
  assert.equal((await client.request<StatusResult>(CatalogueStatusRequest.method, { uri })).trusted, false);

  void client.connection.sendNotification(TrustChangedNotification.method, { trusted: true });
  await hoverUntil(client, uri, 0, (m) => m.includes('Order not found'), 'user catalogue after trust');
  await client.waitFor(
    () => client.notifications.some((n) => n.method === CataloguesChangedNotification.method),
    10000,
    'cataloguesChanged',
  );
});

test('a catalogue outside the workspace folder is refused unless allowed in user settings', async () => {
  fs.writeFileSync(path.join(root, 'outside.codes.json'), JSON.stringify(TEAM));
  const client = await start({
    settings: { catalogues: ['../outside.codes.json'], allowAbsoluteCataloguePaths: true },
  });
  const uri = fileUri(path.join(folder, 'outside.ts'));
  client.open(uri, 'typescript', SOURCE);
  assert.equal(await hoverAt(client, uri, 0), null, 'a workspace value of allowAbsoluteCataloguePaths is ignored');
  await client.waitFor(
    () => client.logs.some((l) => /outside the workspace folder/.test(l)),
    10000,
    'the refusal message',
  );

  void client.connection.sendNotification(UserSettingsNotification.method, { allowAbsoluteCataloguePaths: true });
  await hoverUntil(
    client,
    uri,
    0,
    (m) => m.includes('Order not found'),
    'the outside catalogue once allowed by the user',
  );
});

test('catalogue messages in the output: counted in words, problems logged as warnings or errors', async () => {
  const good = path.join(folder, 'one.codes.json');
  fs.writeFileSync(good, JSON.stringify(TEAM));
  const broken = path.join(folder, 'broken.codes.json');
  fs.writeFileSync(broken, JSON.stringify({ ...TEAM, provider: 'acme-broken', entries: [{ code: 40002 }] }));
  const client = await start({
    settings: { catalogues: ['one.codes.json', 'broken.codes.json', 'absent.codes.json'] },
  });
  const uri = fileUri(path.join(folder, 'levels.ts'));
  client.open(uri, 'typescript', SOURCE);
  await hoverAt(client, uri, 0);
  const logged = (pattern: RegExp) =>
    client.waitFor(
      () =>
        client.notifications
          .filter((n) => n.method === 'window/logMessage')
          .map((n) => n.params as { type: number; message: string })
          .find((p) => pattern.test(p.message)),
      10000,
      `a log line matching ${pattern}`,
    );
  const [ERROR, WARNING] = [1, 2];
  assert.match((await logged(/one\.codes\.json loaded/)).message, /loaded: 1 entry\.$/);
  const notUsed = await logged(/broken\.codes\.json has/);
  assert.equal(notUsed.type, ERROR, 'a catalogue that is not used is an error');
  assert.match(notUsed.message, /entry 40002: missing required property 'name'/);
  assert.equal((await logged(/absent\.codes\.json does not exist/)).type, WARNING);

  // Broken after a good load: the last good version serves, so a warning.
  fs.writeFileSync(good, JSON.stringify({ ...TEAM, entries: [{ code: 40001, name: 'X' }] }));
  const lastGood = await logged(/one\.codes\.json has 1 problem/);
  assert.equal(lastGood.type, WARNING);
  assert.match(lastGood.message, /entry 40001: missing required property 'message'/);
});
