// What a completion row says and where it ranks (issue 14 item 5): the short message beside the code,
// numbers before string codes where a code is typed outside quotes, and the SDK enum member where the
// file uses that enum, spelled for the file's language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { shortMessage } from '../../server/src/service/features/completionItems';
import { createTestService, withCursor } from '../support/service';

const { service, index } = createTestService();
let n = 0;

function rows(snippet: string, languageId: string): CompletionItem[] {
  const { text, position } = withCursor(snippet);
  const document = TextDocument.create(`file:///rows/${++n}`, languageId, 1, text);
  const list = service.doComplete(document, position, service.doAnalysis(document, index));
  return [...(list?.items ?? [])].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
}

describe('shortMessage: the first clause of the message', () => {
  const cases: [string, string][] = [
    ['Parameter error', 'Parameter error'],
    ['Token expired; renew it with renewToken.', 'Token expired'],
    ['The room does not exist. Check the room ID.', 'The room does not exist'],
    ['Version 2.1 is required', 'Version 2.1 is required'],
    ['参数错误。请检查参数', '参数错误'],
    ['x'.repeat(80), `${'x'.repeat(59)}…`],
  ];
  for (const [message, short] of cases)
    test(JSON.stringify(message.slice(0, 30)), () => assert.equal(shortMessage(message), short));
});

describe('rows carry the short message in labelDetails', () => {
  const zim = "import { ZIM } from 'zego-zim-web';\n";
  const cases: { snippet: string; languageId: string; label: string; labelDetails: object }[] = [
    {
      snippet: 'if (err.code === 41|',
      languageId: 'typescript',
      label: '414',
      labelDetails: { detail: ' Parameter error', description: 'NetEase CommsEase IM' },
    },
    {
      snippet: `${zim}if (e.code === token|`,
      languageId: 'typescript',
      label: '6000106',
      labelDetails: { detail: ' Token expired', description: 'ZEGOCLOUD ZIM client SDK' },
    },
    {
      snippet: 'if (err.code === PARAM|',
      languageId: 'typescript',
      label: 'PARAMETER_ERROR',
      labelDetails: { detail: ' 414 · Parameter error', description: 'NetEase CommsEase IM' },
    },
    {
      snippet: 'if (e.code === ZIMErrorCode.NetworkModuleToken|',
      languageId: 'typescript',
      label: 'NetworkModuleTokenExpired',
      labelDetails: { detail: ' = 6000106 · Token expired', description: 'ZEGOCLOUD ZIM client SDK' },
    },
  ];
  for (const c of cases) {
    test(`${c.label} after ${JSON.stringify(c.snippet.split('\n').pop())}`, () => {
      const row = rows(c.snippet, c.languageId).find((r) => r.label === c.label);
      assert.ok(row, `offers ${c.label}`);
      assert.deepEqual(row.labelDetails, c.labelDetails);
    });
  }

  test('after "token" 6000106 and 6000103 tell apart by their row', () => {
    const found = rows("import ZIM from 'zego-zim-web';\nif (e.code === token|", 'typescript');
    const details = ['6000103', '6000106'].map((code) => found.find((r) => r.label === code)?.labelDetails?.detail);
    assert.ok(details.every((d) => d && d.trim().length > 0));
    assert.notEqual(details[0], details[1]);
  });
});

describe('numeric codes rank before string codes outside quotes', () => {
  for (const [snippet, languageId, mixed] of [
    ['if (err.code === |', 'typescript', false],
    ['if (err.code === timeout|', 'typescript', true],
    ['if code == Timeout|', 'python', true],
  ] as const) {
    test(`${snippet} (${languageId})`, () => {
      const found = rows(snippet, languageId);
      const kinds = found.map((r) => (/^[0-9]+$/.test(r.label) ? 'number' : 'string'));
      assert.ok(kinds.includes('number'));
      const firstString = kinds.indexOf('string');
      assert.equal(firstString >= 0, mixed, kinds.join(' '));
      if (firstString >= 0) assert.ok(kinds.lastIndexOf('number') < firstString, kinds.join(' '));
    });
  }
});

describe('the SDK enum member is offered where the file uses the enum', () => {
  const cases: { name: string; languageId: string; snippet: string; offers?: string; inserts?: string }[] = [
    {
      name: 'TypeScript importing ZIMErrorCode',
      languageId: 'typescript',
      snippet: "import { ZIM, ZIMErrorCode } from 'zego-zim-web';\nif (e.code === 600010|",
      offers: 'ZIMErrorCode.NetworkModuleTokenExpired',
    },
    {
      name: 'Dart using ZIMErrorCode: the Dart spelling',
      languageId: 'dart',
      snippet: 'if (e.code == ZIMErrorCode.success) {}\nif (e.code == token|',
      offers: 'ZIMErrorCode.networkModuleTokenExpired',
    },
    {
      name: 'TypeScript using V2NIMErrorCode',
      languageId: 'typescript',
      snippet: "import { V2NIMErrorCode } from 'nim-web-sdk-ng';\nswitch (err.code) {\n  case 10240|",
      offers: 'V2NIMErrorCode.',
    },
    {
      name: 'a ZIM file that does not name the enum',
      languageId: 'typescript',
      snippet: "import { ZIM } from 'zego-zim-web';\nif (e.code === 600010|",
    },
    {
      name: 'Python has no ZIMErrorCode constants',
      languageId: 'python',
      snippet: '# ZIMErrorCode\nif e.code == 600010|',
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const found = rows(c.snippet, c.languageId);
      const enumRows = found.filter((r) => r.label.includes('.'));
      if (!c.offers) {
        assert.deepEqual(
          enumRows.map((r) => r.label),
          [],
        );
        return;
      }
      const row = enumRows.find((r) => r.label.startsWith(c.offers!));
      assert.ok(row, `offers ${c.offers}: ${found.map((r) => r.label).join(' ')}`);
      assert.equal((row.textEdit as TextEdit).newText, row.label);
      assert.equal(found[0]!.label.includes('.'), true, "the file's own enum ranks first");
    });
  }
});

test('an entry with its enum member rows never takes the list over the cap', () => {
  const list = rows("import { ZIMErrorCode } from 'zego-zim-web';\nif (e.code === |", 'typescript');
  assert.ok(list.some((r) => r.label.startsWith('ZIMErrorCode.')));
  assert.ok(list.length <= 100, `${list.length} rows`);
});
