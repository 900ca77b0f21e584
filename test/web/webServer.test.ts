import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createMessageConnection,
  AbstractMessageReader,
  AbstractMessageWriter,
  type DataCallback,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { WebCataloguesNotification } from '../../server/src/protocol';
import { REPO_ROOT } from '../support/service';

/**
 * The web worker server (dist/web/server.js, the bundle the browser extension starts) in a Node
 * worker thread. The bundle talks to `self` as a browser worker does (onmessage, postMessage,
 * addEventListener); Node's parentPort offers exactly that, so the bundle runs unchanged.
 */
const BOOT = `
const { parentPort } = require('node:worker_threads');
globalThis.self = parentPort;
require(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'web', 'server.js'))});
`;

class WorkerReader extends AbstractMessageReader {
  constructor(private readonly worker: Worker) {
    super();
  }
  listen(callback: DataCallback) {
    const onMessage = (m: Message) => callback(m);
    this.worker.on('message', onMessage);
    return { dispose: () => this.worker.off('message', onMessage) };
  }
}
class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly worker: Worker) {
    super();
  }
  async write(message: Message) {
    this.worker.postMessage(message);
  }
  end() {}
}

async function startWebServer(): Promise<{
  connection: MessageConnection;
  diagnostics: Map<string, unknown[]>;
  stop: () => Promise<void>;
}> {
  const worker = new Worker(BOOT, { eval: true });
  const connection = createMessageConnection(new WorkerReader(worker), new WorkerWriter(worker));
  const diagnostics = new Map<string, unknown[]>();
  const waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
    diagnostics.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) w();
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    workspaceFolders: [{ uri: 'vscode-vfs://github/acme/app', name: 'app' }],
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    diagnostics,
    stop: async () => {
      connection.dispose();
      await worker.terminate();
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(check(), 'timed out');
};

test('the web worker server answers hover and publishes diagnostics over the protocol (built-in catalogues bundled)', async () => {
  const server = await startWebServer();
  try {
    const uri = 'vscode-vfs://github/acme/app/src/chat.ts';
    const text = "if (err.code === 414) retry();\nswitch (e.code) { case 'Error_Timout': break; }\n";
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text },
    });
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 18 },
    })) as { contents: { value: string } } | null;
    assert.match(hover!.contents.value, /\*\*414\*\* · NetEase CommsEase IM/);
    assert.match(hover!.contents.value, /\*\*Parameter error\*\*/);
    await until(() => (server.diagnostics.get(uri)?.length ?? 0) > 0);
    const [diagnostic] = server.diagnostics.get(uri) as { code: string; message: string }[];
    assert.equal(diagnostic!.code, 'unknown-string-code');
    assert.match(diagnostic!.message, /Did you mean 'Error_Timeout'\?/);
  } finally {
    await server.stop();
  }
});

test('the web worker server takes user catalogues from the client and reports their problems on the file', async () => {
  const server = await startWebServer();
  try {
    const uri = 'vscode-vfs://github/acme/app/src/shop.ts';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text: 'if (err.code === 70001) empty();\n' },
    });
    const catalogue = 'vscode-vfs://github/acme/app/shop.codes.json';
    const good = JSON.stringify({
      provider: 'acme',
      name: 'ACME',
      entries: [{ code: 70001, name: 'CART_EMPTY', message: 'The cart is empty.' }],
    });
    await server.connection.sendNotification(WebCataloguesNotification.method, {
      folders: [{ uri: 'vscode-vfs://github/acme/app', catalogues: [{ uri: catalogue, text: good }] }],
    });
    await until(() => server.diagnostics.has(catalogue));
    assert.deepEqual(server.diagnostics.get(catalogue), []);
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 19 },
    })) as { contents: { value: string } } | null;
    assert.match(hover!.contents.value, /The cart is empty\./);
    await server.connection.sendNotification(WebCataloguesNotification.method, {
      folders: [
        { uri: 'vscode-vfs://github/acme/app', catalogues: [{ uri: catalogue, text: '{\n  "provider": 1\n}' }] },
      ],
    });
    await until(() => (server.diagnostics.get(catalogue)?.length ?? 0) > 0);
    const problems = server.diagnostics.get(catalogue) as { range: { start: { line: number } }; code: string }[];
    assert.equal(problems[0]!.code, 'catalogue-invalid');
    assert.equal(problems[0]!.range.start.line, 0);
  } finally {
    await server.stop();
  }
});
