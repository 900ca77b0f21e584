// Protocol abuse: malformed, out-of-range and unknown requests and notifications to
// dist/server.js --stdio. Every request gets a result or a proper JSON-RPC error, and
// the server stays up and keeps answering.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import { LspTestClient } from '../support/lspClient';
import { SkippedNotification } from '../../server/src/protocol';

type HoverResult = { contents: { kind: string; value: string }; range: unknown } | null;

const URI = 'file:///workspace/abuse.ts';
const TEXT = ['if (err.code === 414) retry();', 'const ROOM_GONE = 660300001;', ''].join('\n');
let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start();
  client.open(URI, 'typescript', TEXT);
});
after(async () => {
  await client.close();
});

const hover = (params: unknown) => client.request<HoverResult>('textDocument/hover', params);

/** The outcome of a request: its result, or the JSON-RPC error code it failed with. */
async function outcome(method: string, params: unknown): Promise<{ result?: unknown; error?: number }> {
  try {
    return { result: await client.request(method, params) };
  } catch (e) {
    assert.ok(e instanceof ResponseError, `${method} failed with something that is not a JSON-RPC error: ${String(e)}`);
    return { error: e.code };
  }
}

async function assertStillServing(): Promise<void> {
  const h = await hover({ textDocument: { uri: URI }, position: { line: 0, character: 18 } });
  assert.ok(h, 'hover on 414 still answers');
  assert.match(h.contents.value, /Parameter error/);
  assert.equal(client.process.exitCode, null, 'the server is still running');
}

test('hover on unknown, closed and out-of-range places answers null', async () => {
  const cases: [string, unknown][] = [
    ['unknown uri', { textDocument: { uri: 'file:///nowhere.ts' }, position: { line: 0, character: 0 } }],
    ['not a uri', { textDocument: { uri: '::::' }, position: { line: 0, character: 0 } }],
    ['line past the end', { textDocument: { uri: URI }, position: { line: 10_000, character: 0 } }],
    ['character past the end of the line', { textDocument: { uri: URI }, position: { line: 0, character: 10_000 } }],
    ['last (empty) line', { textDocument: { uri: URI }, position: { line: 2, character: 0 } }],
    ['negative line', { textDocument: { uri: URI }, position: { line: -1, character: 0 } }],
    ['negative character', { textDocument: { uri: URI }, position: { line: 0, character: -5 } }],
    ['huge numbers', { textDocument: { uri: URI }, position: { line: 2 ** 31, character: 2 ** 31 } }],
  ];
  for (const [what, params] of cases) assert.equal(await hover(params), null, what);

  const closedUri = 'file:///workspace/closed.ts';
  client.open(closedUri, 'typescript', 'if (code === 414) {}');
  assert.ok(
    await hover({ textDocument: { uri: closedUri }, position: { line: 0, character: 14 } }),
    'hover while open',
  );
  void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closedUri } });
  assert.equal(
    await hover({ textDocument: { uri: closedUri }, position: { line: 0, character: 14 } }),
    null,
    'hover after close',
  );
  await assertStillServing();
});

test('garbage params get InvalidParams, never an internal error', async () => {
  const garbage: unknown[] = [
    null,
    {},
    [],
    42,
    'hover',
    { textDocument: 5 },
    { textDocument: { uri: URI } },
    { textDocument: { uri: URI }, position: { line: '0', character: '18' } },
    { textDocument: { uri: URI }, position: { line: 0.5, character: 1 } },
    { textDocument: { uri: 7 }, position: { line: 0, character: 0 } },
    { position: { line: 0, character: 0 } },
  ];
  for (const params of garbage) {
    assert.deepEqual(
      await outcome('textDocument/hover', params),
      { error: ErrorCodes.InvalidParams },
      `hover ${JSON.stringify(params)}`,
    );
  }
  // The other features get the same treatment: InvalidParams for what they cannot read, and the
  // empty answer of each method for a well-formed request on a document nobody opened.
  const position = { line: 0, character: 0 };
  const range = { start: position, end: position };
  const nowhere = { uri: 'file:///nowhere.ts' };
  const features: [string, unknown, unknown][] = [
    ['textDocument/completion', { textDocument: nowhere, position }, null],
    ['textDocument/definition', { textDocument: nowhere, position }, null],
    ['textDocument/codeAction', { textDocument: nowhere, range, context: { diagnostics: [] } }, []],
    ['textDocument/inlayHint', { textDocument: nowhere, range }, []],
  ];
  for (const [method, wellFormed, empty] of features) {
    for (const params of [null, {}, { textDocument: nowhere }, { textDocument: { uri: 7 }, position, range }]) {
      assert.deepEqual(
        await outcome(method, params),
        { error: ErrorCodes.InvalidParams },
        `${method} ${JSON.stringify(params)}`,
      );
    }
    assert.deepEqual(await outcome(method, wellFormed), { result: empty }, `${method} on an unknown document`);
  }
  // Code actions on the open document with a context that is not one still answer.
  for (const context of [undefined, null, 'x', { diagnostics: 'nope' }]) {
    const { error } = await outcome('textDocument/codeAction', { textDocument: { uri: URI }, range, context });
    assert.equal(error, undefined, `codeAction with context ${JSON.stringify(context)}`);
  }
  await assertStillServing();
});

test('unknown methods answer MethodNotFound; unknown notifications are ignored', async () => {
  assert.equal((await outcome('statusCodes/noSuchThing', {})).error, ErrorCodes.MethodNotFound);
  assert.equal(
    (await outcome('textDocument/noSuchFeature', { textDocument: { uri: URI } })).error,
    ErrorCodes.MethodNotFound,
  );
  void client.connection.sendNotification('statusCodes/noSuchNotification', { anything: true });
  void client.connection.sendNotification('$/noSuchNotification', null);
  await assertStillServing();
});

test('malformed didOpen/didChange/didClose notifications are ignored or applied safely', async () => {
  const send = (method: string, params: unknown) => void client.connection.sendNotification(method, params);
  send('textDocument/didOpen', null);
  send('textDocument/didOpen', {
    textDocument: { uri: 'file:///workspace/bad.ts', languageId: 'typescript', version: 1 },
  }); // no text
  send('textDocument/didOpen', {
    textDocument: { uri: 'file:///workspace/bad2.ts', languageId: 'typescript', version: 1, text: 414 },
  });
  send('textDocument/didChange', {
    textDocument: { uri: 'file:///nowhere.ts', version: 2 },
    contentChanges: [{ text: 'x' }],
  });
  send('textDocument/didChange', null);
  send('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: 'nope' });
  send('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: null, text: '' }],
  });
  send('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 'a' } }, text: '' }],
  });
  send('textDocument/didClose', { textDocument: {} });
  send('textDocument/didClose', null);
  assert.equal(
    await hover({ textDocument: { uri: 'file:///workspace/bad.ts' }, position: { line: 0, character: 0 } }),
    null,
  );
  await assertStillServing();

  // Out-of-range ranges are clamped, as editors do; the document stays consistent.
  const uri = 'file:///workspace/edits.ts';
  client.open(uri, 'typescript', 'if (code === 414) {}\n');
  client.change(uri, 2, [
    {
      range: { start: { line: 50, character: 0 }, end: { line: 60, character: 5 } },
      text: 'if (code === 660300001) {}\n',
    },
  ]);
  client.change(uri, 3, [{ range: { start: { line: 0, character: 30 }, end: { line: 0, character: 2 } }, text: '' }]); // end before start
  client.change(uri, 4, [
    { range: { start: { line: -3, character: -1 }, end: { line: -1, character: 0 } }, text: '// top\n' },
  ]);
  const atCode = await hover({ textDocument: { uri }, position: { line: 2, character: 15 } });
  const anyHover = atCode ?? (await hover({ textDocument: { uri }, position: { line: 1, character: 15 } }));
  assert.ok(anyHover, 'the edited document is still analysed');
  await assertStillServing();
});

test('a burst of 1,000 hover requests, all answered', async () => {
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < 1000; i++) {
    const position =
      i % 3 === 0 ? { line: 0, character: 18 } : i % 3 === 1 ? { line: 1, character: 20 } : { line: 9, character: 9 };
    requests.push(outcome('textDocument/hover', { textDocument: { uri: URI }, position }));
  }
  const results = (await Promise.all(requests)) as { result?: HoverResult; error?: number }[];
  assert.equal(results.length, 1000);
  assert.equal(results.filter((r) => r.error !== undefined).length, 0, 'no errors');
  assert.equal(results.filter((r) => r.result).length, 667, 'every hover on a code answered');
  await assertStillServing();
});

test('the server log shows no uncaught exception', () => {
  const output = [...client.logs, ...client.stderr].join('\n');
  assert.doesNotMatch(output, /Uncaught|UnhandledPromiseRejection|TypeError|RangeError/);
});

test('too-large, minified and binary documents are skipped with one notice each, and the server keeps serving', async () => {
  const limited = await LspTestClient.start({ settings: { maxFileSize: 2000, maxLineLength: 300 } });
  try {
    const docs: [string, string, string][] = [
      ['file:///workspace/large.ts', 'too-large', 'if (err.code === 414) retry();\n'.repeat(100)],
      ['file:///workspace/min.js', 'minified', `var a=${'1,'.repeat(400)}414;`],
      ['file:///workspace/bin.ts', 'binary', 'if (err.code === 414) \u0000\u0001'],
    ];
    for (const [uri, , text] of docs) {
      limited.open(uri, uri.endsWith('.js') ? 'javascript' : 'typescript', text);
      for (let i = 0; i < 3; i++)
        assert.equal(
          await limited.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 18 } }),
          null,
        );
    }
    const skipped = await limited.waitFor(
      () => {
        const s = limited.notifications.filter((n) => n.method === SkippedNotification.method);
        return s.length >= 3 ? s : undefined;
      },
      10_000,
      'three statusCodes/skipped notifications',
    );
    assert.deepEqual(
      skipped.map((n) => [(n.params as { uri: string }).uri, (n.params as { reason: string }).reason]),
      docs.map(([uri, reason]) => [uri, reason]),
      'one notice per document',
    );
    for (const [uri] of docs)
      assert.equal(
        limited.logs.filter((l) => l.includes(uri) && l.includes('not analysed')).length,
        1,
        `one log line for ${uri}`,
      );
    limited.open('file:///workspace/ok.ts', 'typescript', 'if (err.code === 414) retry();');
    assert.ok(
      await limited.request('textDocument/hover', {
        textDocument: { uri: 'file:///workspace/ok.ts' },
        position: { line: 0, character: 18 },
      }),
    );
  } finally {
    await limited.close();
  }
});
