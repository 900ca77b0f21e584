// A malformed frame header on stdin (a negative, non-numeric or missing Content-Length, a line
// that is not a header) leaves a JSON-RPC reader out of step for good. The server must say so
// and exit non-zero, so that the editor restarts it, instead of running on and never answering.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import { SERVER_JS } from '../support/lspClient';

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Starts the server, writes `input` to its stdin (keeping it open) and waits for it to exit. */
function runWith(input: string, timeoutMs = 8000): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stdin.on('error', () => undefined);
  child.stdin.write(input);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, stderr, stdout });
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

const MALFORMED: readonly [string, string][] = [
  ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
  ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
  ['a fractional Content-Length', 'Content-Length: 2.5\r\n\r\n{}'],
  ['a header block without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
  ['a header line without a colon', 'Content-Length 2\r\n\r\n{}'],
  ['an absurd Content-Length', 'Content-Length: 99999999999999999999\r\n\r\n{}'],
  ['a header block that never ends', 'X'.repeat(20_000)],
  ['a malformed header after a good message', frame(INITIALIZE) + 'Content-Length: -1\r\n\r\n'],
];

for (const [what, input] of MALFORMED) {
  test(`${what}: the server logs it and exits non-zero`, async () => {
    const { code, stderr } = await runWith(input);
    assert.notEqual(code, null, 'the server exited (it did not keep running)');
    assert.notEqual(code, 0, 'with a non-zero code');
    assert.match(stderr, /malformed message header/);
  });
}

test('random malformed headers: the server always exits non-zero', async () => {
  const badLength = fc.oneof(
    fc.integer({ max: -1 }).map(String),
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/^\s*\d+\s*$/.test(s) && !/[\r\n]/.test(s)),
    fc
      .double({ noNaN: true, min: 0.1, max: 1e6 })
      .filter((d) => !Number.isInteger(d))
      .map(String),
  );
  const header = fc.oneof(
    badLength.map((v) => `Content-Length: ${v}\r\n\r\n`),
    fc.constantFrom('Content-Type: x\r\n\r\n', 'Foo: 1\r\nBar: 2\r\n\r\n', 'garbage\r\n\r\n', '\r\n\r\n'),
  );
  await fc.assert(
    fc.asyncProperty(header, fc.boolean(), async (bad, afterGood) => {
      const { code } = await runWith((afterGood ? frame(INITIALIZE) : '') + bad);
      assert.ok(code !== null && code !== 0, `${JSON.stringify(bad)} → exit code ${code}`);
    }),
    { numRuns: 8 },
  );
});

test('well-formed frames split at every byte are read in step (the guard is not fooled by chunking)', async () => {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const input = Buffer.from(frame(INITIALIZE) + frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' })));
  for (let i = 0; i < input.length; i += 7) {
    child.stdin.write(input.subarray(i, i + 7));
    await new Promise((r) => setImmediate(r));
  }
  const deadline = Date.now() + 8000;
  while (!stdout.includes('"id":2') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.match(stdout, /"id":2/, 'both requests answered');
  child.stdin.end(frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.equal(code, 0, 'a clean shutdown still exits 0');
});
