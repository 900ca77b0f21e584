// The server opens no network connection and starts no process: it runs with a
// preload (test/support/sandboxPreload.js) that records and refuses both, through a
// session that uses every feature, and reports at exit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';

const PRELOAD = path.join(REPO_ROOT, 'test', 'support', 'sandboxPreload.js');

interface SandboxReport {
  attempts: { what: string; stack: string }[];
  stdioKinds: string[];
  stdioHandles: { stdin: string; stdout: string };
}

function withReportFile<T>(run: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-sandbox-'));
  return run(path.join(dir, 'report.json')).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

const readReport = (file: string): SandboxReport => JSON.parse(fs.readFileSync(file, 'utf8')) as SandboxReport;

test('the sandbox preload catches a connection and a child process (so its silence means something)', () =>
  withReportFile(async (file) => {
    const script =
      "for (const f of [() => require('net').connect(1, '127.0.0.1'), () => require('child_process').spawn('true'), () => require('http').get('http://127.0.0.1:1')]) { try { f(); } catch {} }";
    const run = spawnSync(process.execPath, ['--require', PRELOAD, '-e', script], {
      env: { ...process.env, SANDBOX_REPORT: file },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      readReport(file).attempts.map((a) => a.what),
      ['net.connect', 'child_process.spawn', 'http.get'],
    );
  }));

test('a whole session opens no connection and starts no process', () =>
  withReportFile(async (file) => {
    const client = await LspTestClient.start({ env: { NODE_OPTIONS: `--require ${PRELOAD}`, SANDBOX_REPORT: file } });
    try {
      const uri = 'file:///workspace/sandbox.ts';
      const text =
        "import { ZIM } from 'zego-zim-web';\nif (err.code === 414) retry();\nif (err.code === 6600300001) {}\nswitch (e.code) { case 'Error_Timout': }\n";
      client.open(uri, 'typescript', text);
      await client.waitForDiagnostics(uri);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 18 } });
      await client
        .request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 17 } })
        .catch(() => null);
      await client
        .request('textDocument/definition', { textDocument: { uri }, position: { line: 1, character: 18 } })
        .catch(() => null);
      await client
        .request('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 2, character: 17 }, end: { line: 2, character: 27 } },
          context: { diagnostics: [] },
        })
        .catch(() => null);
      await client
        .request('textDocument/inlayHint', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
        })
        .catch(() => null);
      client.change(uri, 2, [
        { range: { start: { line: 1, character: 17 }, end: { line: 1, character: 20 } }, text: '408' },
      ]);
      await client.waitForDiagnostics(uri, 2);
      void client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { statusCodes: { catalogues: ['codes.json'] } },
      });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 18 } });
    } finally {
      await client.close();
    }
    const report = readReport(file);
    assert.deepEqual(report.attempts, [], 'no connection or process was attempted');
    // stdio are the pipes the client made (socketpairs or FIFOs), not TCP connections the server opened.
    assert.ok(
      ['pipe', 'socket'].includes(report.stdioKinds[0]!) && ['pipe', 'socket'].includes(report.stdioKinds[1]!),
      JSON.stringify(report.stdioKinds),
    );
    assert.equal(report.stdioHandles.stdin, 'Pipe');
    assert.equal(report.stdioHandles.stdout, 'Pipe');
  }));
