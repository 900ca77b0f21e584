// The transports dist/server.js accepts besides stdio: a socket (--socket=PORT) and a named pipe
// (--pipe=NAME) carry framed messages like stdio, so a malformed frame header must end the
// process non-zero there too; Node IPC (--node-ipc, how VS Code starts it) carries whole messages.
// A missing or unusable transport is refused with a clear message and exit code 2.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER_JS } from '../support/lspClient';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-transports-'));
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

function spawnServer(
  args: readonly string[],
  ipc = false,
): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [SERVER_JS, ...args], {
    stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

/** Resolves to the code the server exits with, or 'running' if it is still up after `ms`. */
const exitWithin = (exited: Promise<number | null>, ms = 10_000) =>
  Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), ms))]);

async function hoverOver(connection: MessageConnection): Promise<string> {
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  void connection.sendNotification('initialized', {});
  const uri = 'untitled:transport.ts';
  void connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'typescript', version: 1, text: 'if (err.code === 414) {}' },
  });
  const hover = await connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: 19 },
  });
  return hover?.contents.value ?? '';
}

for (const kind of ['socket', 'pipe'] as const) {
  test(`--${kind}: the server answers over it, and a malformed frame header ends it non-zero`, async () => {
    const listener = net.createServer();
    const address = kind === 'pipe' ? path.join(dir, 'server.sock') : 0;
    await new Promise<void>((resolve) =>
      typeof address === 'string' ? listener.listen(address, resolve) : listener.listen(0, '127.0.0.1', resolve),
    );
    const arg = kind === 'pipe' ? `--pipe=${address}` : `--socket=${(listener.address() as net.AddressInfo).port}`;
    const accepted = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
    const server = spawnServer([arg]);
    const socket = await accepted;
    try {
      const connection = createMessageConnection(new StreamMessageReader(socket), new StreamMessageWriter(socket));
      assert.match(await hoverOver(connection), /Parameter error/);
      socket.write('Content-Length: -5\r\n\r\n{}');
      assert.equal(await exitWithin(server.exited), 1, `the server exits with 1 (stderr: ${server.stderr()})`);
      assert.match(server.stderr(), new RegExp(`malformed message header on ${kind === 'pipe' ? 'pipe' : 'port'} `));
      connection.dispose();
    } finally {
      socket.destroy();
      listener.close();
    }
  });
}

test('--node-ipc: the server answers over Node IPC', async () => {
  const server = spawnServer(['--node-ipc'], true);
  const connection = createMessageConnection(new IPCMessageReader(server.child), new IPCMessageWriter(server.child));
  assert.match(await hoverOver(connection), /Parameter error/);
  connection.dispose();
  server.child.kill();
});

for (const [what, args] of [
  ['no transport', []],
  ['a socket without a port', ['--socket=']],
  ['a socket port that is not one', ['--socket=99999']],
  ['a pipe without a name', ['--pipe=']],
] as const) {
  test(`${what}: refused with a clear message and exit code 2`, async () => {
    const server = spawnServer(args);
    assert.equal(await exitWithin(server.exited), 2);
    assert.match(
      server.stderr(),
      /^Status Codes server: .*Start it with --stdio, --node-ipc, --socket=PORT or --pipe=NAME\.\n$/,
    );
  });
}
