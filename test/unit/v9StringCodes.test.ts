// The v9 Web SDK's string codes that only its bundle declares (NIMError's code-to-message map, fact table
// nim-web-sdk.messages): recognised in their exact spelling; those whose case variants are common codes of
// other software (`code === 'CONNECT_FAILED'`, `code: 'session_not_exist'`) are never "did you mean" targets.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createTestService, DATA_DIR, REPO_ROOT } from '../support/service';

const ts = createTestService();
const hoverText = (lang: string, src: string) => ts.hoverText(lang, src);
const diagnostics = (lang: string, src: string) => ts.diagnosticMessages(lang, src);

describe('v9 Web SDK string codes', () => {
  for (const code of ['Connect_Failed', 'Sync_Error', 'Session_Not_Exist', 'Operation_Canceled', 'NO_DB']) {
    test(`'${code}' in a comparison is the v9 code`, () => {
      const src = `if (err.code === '${code.slice(0, 3)}|${code.slice(3)}') {}`;
      const value = hoverText('javascript', src);
      assert.ok(value?.includes('NetEase CommsEase IM'), String(value));
    });
  }

  // Real code of other software with the same words in another case (search-index excerpts): a Node IPC
  // client (70108759396), a mini program (28269890642), a NestJS API (34455664777), a socket protocol
  // (8939630963), a sync reducer (36146099200), a BLE flow (71189596354).
  const lookAlikes = [
    "if (error.code !== 'SOCKET_MISSING' && !(error.code === 'CONNECT_FAILED' && retryable)) throw error;",
    "} else if (error.code === 'CONNECT_FAILED') { this.setData({ connecting: false }); }",
    "throw new BadRequestException({ code: 'session_not_exist', message: 'The session does not exist.' });",
    "if (res.code === 'NOT_SUPPORT') { return 409; }",
    "switch (message.type) { case 'SYNC_ERROR': logSyncError(message.error); break; }",
    "return { title: err.code === 'connect_failed' ? 'Couldn’t connect' : 'Bluetooth problem' };",
    "if (err.code === 'operation_canceled') return;",
  ];
  for (const src of lookAlikes) {
    test(`no warning: ${src}`, () => {
      assert.deepEqual(diagnostics('javascript', src), []);
    });
  }

  test('a distinctive code still gets its "did you mean"', () => {
    assert.deepEqual(diagnostics('javascript', "if (e.code === 'Error_Connection_Socket_State_not_Mach') {}"), [
      "Unknown status code 'Error_Connection_Socket_State_not_Mach'. Did you mean 'Error_Connection_Socket_State_not_Match'?",
    ]);
  });

  test("'DB' is left out: two letters are any app's string", () => {
    assert.equal(hoverText('javascript', "if (err.code === 'D|B') {}"), null);
  });
});

test('every string code of the v9 bundle is catalogued, except DB', () => {
  const table = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sdk', 'nim-web-sdk.messages.json'), 'utf8'),
  ) as { members: { name: string; value: number | string }[] };
  const im = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'commsease-im.json'), 'utf8')) as {
    entries: { code: number | string }[];
  };
  const codes = new Set(im.entries.map((e) => String(e.code)));
  const missing = table.members.filter((m) => typeof m.value === 'string' && !codes.has(m.name)).map((m) => m.name);
  assert.deepEqual(missing, ['DB']);
});
