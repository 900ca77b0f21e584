// "Replace 6000106 with ZIMErrorCode.NetworkModuleTokenExpired": only where the file imports or uses
// the enum, spelled for the file's language; the generated constant where the file uses its group.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestService, withCursor } from '../support/service';

const service = createTestService();

/** The text after each "Replace N with ..." action at the cursor, by title. */
function replacements(snippet: string, languageId: string): Record<string, string> {
  const { text, position } = withCursor(snippet);
  const { document, analysis } = service.analyse(text, languageId);
  const actions = service.service.doCodeActions(
    document,
    { start: position, end: position },
    { diagnostics: [], only: ['refactor'] },
    analysis,
  );
  const out: Record<string, string> = {};
  for (const a of actions.filter((x) => x.title.startsWith('Replace '))) {
    assert.equal(a.kind, 'refactor.rewrite');
    out[a.title] = TextDocument.applyEdits(document, a.edit!.changes![document.uri]!);
  }
  return out;
}

describe('replace a code with its constant', () => {
  const cases: readonly { name: string; languageId: string; snippet: string; expected: Record<string, string> }[] = [
    {
      name: 'TypeScript importing ZIMErrorCode',
      languageId: 'typescript',
      snippet: "import { ZIM, ZIMErrorCode } from 'zego-zim-web';\nif (err.code === 600010|6) renew();",
      expected: {
        'Replace 6000106 with ZIMErrorCode.NetworkModuleTokenExpired':
          "import { ZIM, ZIMErrorCode } from 'zego-zim-web';\nif (err.code === ZIMErrorCode.NetworkModuleTokenExpired) renew();",
      },
    },
    {
      name: 'Dart spells the member in lower camel case',
      languageId: 'dart',
      snippet:
        "import 'package:zego_zim/zego_zim.dart';\nvoid f(ZIMError e) {\n  if (e.code == ZIMErrorCode.success) {}\n  if (e.code == 600010|6) {}\n}",
      expected: {
        'Replace 6000106 with ZIMErrorCode.networkModuleTokenExpired':
          "import 'package:zego_zim/zego_zim.dart';\nvoid f(ZIMError e) {\n  if (e.code == ZIMErrorCode.success) {}\n  if (e.code == ZIMErrorCode.networkModuleTokenExpired) {}\n}",
      },
    },
    {
      name: 'no enum in the file: nothing (an import would be a guess)',
      languageId: 'typescript',
      snippet: 'if (err.code === 600010|6) renew();',
      expected: {},
    },
    {
      name: 'a longer name that contains the enum name does not count',
      languageId: 'typescript',
      snippet: 'const MyZIMErrorCodes = {};\nif (err.code === 600010|6) renew();',
      expected: {},
    },
    {
      name: 'a language the enum is not spelled for: nothing',
      languageId: 'python',
      snippet: '# ZIMErrorCode\nif err.code == 600010|6:\n    pass',
      expected: {},
    },
    {
      name: 'not inside a string',
      languageId: 'typescript',
      snippet: "import { ZIMErrorCode } from 'zego-zim-web';\nconst s = 'failed with 600010|6';",
      expected: {},
    },
    {
      name: 'the generated constants module, where the file uses its group',
      languageId: 'typescript',
      snippet: "import { CommseaseIm } from './statusCodes';\nif (err.code === 4|14) retry();",
      expected: {
        'Replace 414 with CommseaseIm.PARAMETER_ERROR':
          "import { CommseaseIm } from './statusCodes';\nif (err.code === CommseaseIm.PARAMETER_ERROR) retry();",
      },
    },
    {
      name: 'a Swift module generated in Swift style: the file uses lowerCamelCase members',
      languageId: 'swift',
      snippet: 'if code == CommseaseIm.parameterError {}\nif code == 4|08 {}',
      expected: {
        'Replace 408 with CommseaseIm.requestTimeout':
          'if code == CommseaseIm.parameterError {}\nif code == CommseaseIm.requestTimeout {}',
      },
    },
    {
      name: 'Java long suffix goes with the number',
      languageId: 'java',
      snippet: 'import static app.StatusCodes.CommseaseIm;\nif (code == 41|4L) {}',
      expected: {
        'Replace 414 with CommseaseIm.PARAMETER_ERROR':
          'import static app.StatusCodes.CommseaseIm;\nif (code == CommseaseIm.PARAMETER_ERROR) {}',
      },
    },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(replacements(c.snippet, c.languageId), c.expected));
});
