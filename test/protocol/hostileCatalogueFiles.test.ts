// Catalogue files that are not files: a FIFO named in statusCodes.catalogues (or swapped in for
// a watched catalogue), /dev/zero with absolute paths allowed, a file over the size limit. The
// server must keep answering, and say what is wrong at the catalogue, as a diagnostic.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fileUri, LspTestClient } from '../support/lspClient';
import { UserSettingsNotification } from '../../server/src/protocol';
import { MAX_CATALOGUE_BYTES } from '../../server/src/lsp/catalogueFile';

type HoverResult = { contents: { value: string } } | null;
const TEAM = {
  provider: 'acme-backend',
  name: 'ACME order service',
  entries: [{ code: 40001, name: 'ORDER_NOT_FOUND', message: 'Order not found' }],
};
const SOURCE = 'if (err.code === 40001) {}\nif (err.code === 414) {}';
const posix = process.platform !== 'win32';

let folder: string;
const clients: LspTestClient[] = [];
before(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-hostile-files-')));
});
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  fs.rmSync(folder, { recursive: true, force: true });
});

async function start(catalogues: string[]): Promise<LspTestClient> {
  const client = await LspTestClient.start({ rootUri: fileUri(folder), settings: { catalogues } });
  clients.push(client);
  return client;
}

const hoverAt = (client: LspTestClient, uri: string, line: number) =>
  client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line, character: 19 } });

/** The catalogue diagnostic of `file` once it says `pattern`. */
const problemAt = (client: LspTestClient, file: string, pattern: RegExp) =>
  client.waitFor(
    () =>
      client.diagnostics
        .get(fileUri(file))
        ?.diagnostics.find((d) => d.code === 'catalogue-invalid' && pattern.test(d.message)),
    15000,
    `a catalogue diagnostic matching ${pattern} on ${file}`,
  );

test(
  'a FIFO named as a catalogue is refused at once: the server answers, the diagnostic says why',
  { skip: !posix },
  async () => {
    const fifo = path.join(folder, 'pipe.codes.json');
    execFileSync('mkfifo', [fifo]);
    fs.writeFileSync(path.join(folder, 'team.codes.json'), JSON.stringify(TEAM));
    const client = await start(['pipe.codes.json', 'team.codes.json']);
    const uri = fileUri(path.join(folder, 'fifo.ts'));
    client.open(uri, 'typescript', SOURCE);
    // No writer ever opens the FIFO: a blocking read would never return, and neither would this hover.
    assert.match((await hoverAt(client, uri, 0))!.contents.value, /Order not found/, 'the other catalogue serves');
    assert.match((await hoverAt(client, uri, 1))!.contents.value, /Parameter error/);
    const problem = await problemAt(client, fifo, /not a regular file/);
    assert.match(problem.message, /named pipe/);
  },
);

test('a FIFO swapped in for a watched catalogue never blocks the server', { skip: !posix }, async () => {
  const file = path.join(folder, 'swapped.codes.json');
  fs.writeFileSync(file, JSON.stringify(TEAM));
  const client = await start(['swapped.codes.json']);
  const uri = fileUri(path.join(folder, 'swapped.ts'));
  client.open(uri, 'typescript', SOURCE);
  assert.match((await hoverAt(client, uri, 0))!.contents.value, /Order not found/);
  fs.rmSync(file);
  execFileSync('mkfifo', [file]);
  await problemAt(client, file, /not a regular file/);
  // Still answering, with the last good version of the catalogue.
  assert.match((await hoverAt(client, uri, 0))!.contents.value, /Order not found/);
  assert.match((await hoverAt(client, uri, 1))!.contents.value, /Parameter error/);
});

test(
  '/dev/zero with absolute paths allowed is refused without reading it',
  { skip: !fs.existsSync('/dev/zero') || !fs.existsSync('/proc/self/status') },
  async () => {
    const client = await start(['/dev/zero']);
    void client.connection.sendNotification(UserSettingsNotification.method, { allowAbsoluteCataloguePaths: true });
    const uri = fileUri(path.join(folder, 'zero.ts'));
    client.open(uri, 'typescript', SOURCE);
    const problem = await problemAt(client, '/dev/zero', /not a regular file/);
    assert.match(problem.message, /a device/);
    assert.match((await hoverAt(client, uri, 1))!.contents.value, /Parameter error/);
    const status = fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
    const rssKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    assert.ok(rssKb < 400 * 1024, `peak RSS ${rssKb} kB: /dev/zero must not be read into memory`);
  },
);

test('a catalogue larger than the limit is reported at the catalogue and not read', async () => {
  const file = path.join(folder, 'huge.codes.json');
  // Sparse: the size without the disk space.
  fs.writeFileSync(file, JSON.stringify(TEAM));
  fs.truncateSync(file, MAX_CATALOGUE_BYTES + 1024);
  const client = await start(['huge.codes.json']);
  const uri = fileUri(path.join(folder, 'huge.ts'));
  client.open(uri, 'typescript', SOURCE);
  const problem = await problemAt(client, file, /is 67,109,888 bytes, more than the 64 MB a catalogue may be/);
  assert.deepEqual(problem.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.equal(await hoverAt(client, uri, 0), null);
});
