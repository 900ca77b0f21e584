import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import * as os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInStore, createTestService, withCursor } from '../support/service';

/** The catalogue line a definition points at. */
function targetLines(snippet: string, languageId: string, store = builtInStore()): string[] {
  const t = createTestService(undefined, store);
  const { text, position } = withCursor(snippet);
  const { document, analysis } = t.analyse(text, languageId);
  return t.service.findDefinition(document, position, analysis).map((l) => {
    const file = fs.readFileSync(fileURLToPath(l.uri), 'utf8');
    return `${l.uri.replace(/^.*\//, '')}: ${file.split('\n')[l.range.start.line]!.trim()}`;
  });
}

describe('go to definition', () => {
  const cases: { name: string; languageId: string; snippet: string; expected: string[] }[] = [
    {
      name: 'numeric code',
      languageId: 'typescript',
      snippet: 'if (err.code === 4|14) {}',
      expected: ['commsease-im.json: "code": 414,', 'commsease-nim-v2.json: "code": 414,'],
    },
    {
      name: 'string code',
      languageId: 'typescript',
      snippet: "switch (e.code) { case 'Error_Time|out': }",
      expected: ['commsease-im.json: "code": "Error_Timeout",'],
    },
    {
      name: 'long code anywhere',
      languageId: 'go',
      snippet: 'const roomGone = 6603|00001',
      expected: ['zegocloud-zim.json: "code": 660300001,'],
    },
    { name: 'not a code', languageId: 'typescript', snippet: 'for (let i = 0; i < 4|14; i++) {}', expected: [] },
    { name: 'outside any literal', languageId: 'typescript', snippet: 'if (err.co|de === 414) {}', expected: [] },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(targetLines(c.snippet, c.languageId), c.expected));

  test('a code every provider knows points at each catalogue, the likeliest first', () => {
    const lines = targetLines("import ZIM from 'zego-zim-web';\nif (err.code === |1) {}", 'typescript');
    assert.ok(lines.length >= 2);
    assert.match(lines[0]!, /^zegocloud-zim-sdk\.json: "code": 1,$/);
  });

  test('a user catalogue entry opens the user file', () => {
    const dir = fs.mkdtempSync(`${os.tmpdir()}/status-codes-def-`);
    try {
      const file = `${dir}/team.codes.json`;
      fs.writeFileSync(
        file,
        JSON.stringify(
          {
            provider: 'team',
            name: 'Team',
            entries: [{ code: 'Team_Quota_Exceeded', name: 'QUOTA', message: 'Quota exceeded.' }],
          },
          null,
          2,
        ),
      );
      const store = builtInStore();
      const uri = pathToFileURL(file).toString();
      assert.equal(store.setUser(uri, fs.readFileSync(file, 'utf8')).ok, true);
      const t = createTestService(undefined, store);
      const index = t.service.getCatalogueIndex(t.settings, [uri]);
      const { text, position } = withCursor("if (e.code === 'Team_Quota|_Exceeded') {}");
      const document = TextDocument.create('file:///u.ts', 'typescript', 1, text);
      const [location] = t.service.findDefinition(document, position, t.service.doAnalysis(document, index));
      assert.equal(location?.uri, uri);
      assert.equal(
        fs.readFileSync(file, 'utf8').split('\n')[location!.range.start.line]!.trim(),
        '"code": "Team_Quota_Exceeded",',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
