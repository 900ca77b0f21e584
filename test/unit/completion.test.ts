import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { createTestService, withCursor } from '../support/service';

const { service, index } = createTestService();
let n = 0;

function complete(snippet: string, languageId: string): CompletionList | null {
  const { text, position } = withCursor(snippet);
  const document = TextDocument.create(`file:///completion/${++n}`, languageId, 1, text);
  return service.doComplete(document, position, service.doAnalysis(document, index));
}

const label = (item: CompletionItem): string => item.label;
const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;

/** The document text after accepting `item` at the cursor of `snippet`. */
function accept(snippet: string, item: CompletionItem): string {
  const { text } = withCursor(snippet);
  const document = TextDocument.create('file:///accept', 'plaintext', 1, text);
  return TextDocument.applyEdits(document, [edit(item)]);
}

describe('completion offers codes where a code belongs', () => {
  const cases: { name: string; languageId: string; snippet: string; offers: string }[] = [
    { name: 'after err.code === ', languageId: 'typescript', snippet: 'if (err.code === |', offers: '414' },
    {
      name: 'after err.code === with the closing paren typed',
      languageId: 'typescript',
      snippet: 'if (err.code === |) {}',
      offers: '414',
    },
    { name: 'a partly typed code', languageId: 'javascript', snippet: 'if (error.code == 41|) {}', offers: '414' },
    {
      name: 'case arm of a switch on a code',
      languageId: 'typescript',
      snippet: 'switch (err.code) {\n  case |',
      offers: '414',
    },
    { name: 'Java case arm', languageId: 'java', snippet: 'switch (e.getCode()) {\n    case |', offers: '414' },
    { name: 'Kotlin when arm', languageId: 'kotlin', snippet: 'when (errorCode) {\n    60001|', offers: '6000121' },
    { name: 'Kotlin comparison', languageId: 'kotlin', snippet: 'if (error.code == |) return', offers: '414' },
    { name: 'Go comparison', languageId: 'go', snippet: 'if resp.Code == |', offers: '414' },
    { name: 'Python comparison', languageId: 'python', snippet: 'if result.code == |', offers: '414' },
    { name: 'Python membership tuple', languageId: 'python', snippet: 'if code in (|', offers: '408' },
    {
      name: 'Python membership with the next code',
      languageId: 'python',
      snippet: 'if code in (414, |):',
      offers: '408',
    },
    {
      name: 'includes of a list of codes',
      languageId: 'typescript',
      snippet: 'if (RETRYABLE_CODES.includes(|)) {}',
      offers: '408',
    },
    {
      name: 'literal list tested against a code',
      languageId: 'typescript',
      snippet: 'if ([414, |].includes(err.code)) {}',
      offers: '408',
    },
    {
      name: 'code constant',
      languageId: 'typescript',
      snippet: 'const ROOM_NOT_EXIST_CODE = 6603|',
      offers: '660300001',
    },
    { name: 'JSON code property', languageId: 'json', snippet: '{ "code": | }', offers: '414' },
    { name: 'Dart ZIM code comparison', languageId: 'dart', snippet: 'if (e.code == 600012|) {}', offers: '6000121' },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.languageId})`, () => {
      const list = complete(c.snippet, c.languageId);
      assert.ok(list, 'completions');
      assert.ok(
        list.items.some((i) => label(i) === c.offers),
        `offers ${c.offers}`,
      );
    });
  }
});

describe('no completions outside code contexts', () => {
  const cases: { name: string; languageId: string; snippet: string }[] = [
    { name: 'loop bound', languageId: 'typescript', snippet: 'for (let i = 0; i < |' },
    { name: 'HTTP status', languageId: 'typescript', snippet: 'if (res.statusCode === |' },
    { name: 'plain assignment', languageId: 'typescript', snippet: 'const timeout = |' },
    { name: 'arithmetic', languageId: 'java', snippet: 'int total = count + |' },
    { name: 'case of a switch that is not on a code', languageId: 'typescript', snippet: 'switch (kind) {\n  case |' },
    { name: 'inside a comment', languageId: 'typescript', snippet: '// if (err.code === |' },
    { name: 'inside a block comment', languageId: 'java', snippet: '/* err.code == |  */' },
    { name: 'inside an ordinary string', languageId: 'typescript', snippet: "log('err.code === |')" },
    { name: 'quotes of a non-code comparison', languageId: 'typescript', snippet: "if (name === '|') {}" },
    {
      name: 'start of a line in a JavaScript switch on a code',
      languageId: 'typescript',
      snippet: 'switch (err.code) {\n  |',
    },
    { name: 'a call argument', languageId: 'kotlin', snippet: 'println(|)' },
    { name: 'Python keyword argument that is not a code', languageId: 'python', snippet: 'retry(times=|)' },
    { name: 'after a non-code includes', languageId: 'typescript', snippet: 'if (names.includes(|)) {}' },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.languageId})`, () => {
      assert.equal(complete(c.snippet, c.languageId), null);
    });
  }
});

describe('completion items', () => {
  test('carry the official message, documentation, and a filter text with name and message', () => {
    const list = complete('if (err.code === |', 'typescript')!;
    const item = list.items.find((i) => label(i) === '414')!;
    assert.equal(item.detail, 'Parameter error');
    assert.match((item.documentation as { value: string }).value, /PARAMETER_ERROR/);
    assert.match(item.filterText!, /^414 PARAMETER_ERROR Parameter error/);
    assert.equal(accept('if (err.code === |', item), 'if (err.code === 414');
  });

  test('typing "timeout" is matched by the filter text of 408 and Error_Timeout', () => {
    const list = complete('if (err.code === timeout|', 'typescript')!;
    const matching = list.items.filter((i) => /timeout/i.test(i.filterText ?? '')).map(label);
    assert.ok(matching.includes('408'));
    assert.ok(matching.includes('Error_Timeout'));
    const item = list.items.find((i) => label(i) === '408')!;
    assert.equal(accept('if (err.code === timeout|', item), 'if (err.code === 408', 'the typed word is replaced');
  });

  test('string codes outside quotes are inserted quoted in the language style', () => {
    const ts = complete('if (err.code === Error_Tim|', 'typescript')!.items.find((i) => label(i) === 'Error_Timeout')!;
    assert.equal(accept('if (err.code === Error_Tim|', ts), "if (err.code === 'Error_Timeout'");
    const java = complete('if (code == Error_Tim|', 'java')!.items.find((i) => label(i) === 'Error_Timeout')!;
    assert.equal(accept('if (code == Error_Tim|', java), 'if (code == "Error_Timeout"');
  });

  test('providers named in the document sort first', () => {
    const snippet = "import ZIM from 'zego-zim-web';\nif (err.code === |";
    const items = complete(snippet, 'typescript')!.items;
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0]!.labelDetails?.description, 'ZEGOCLOUD ZIM client SDK');
    const plain = [...complete('if (err.code === |', 'typescript')!.items].sort((a, b) =>
      a.sortText!.localeCompare(b.sortText!),
    );
    assert.equal(plain[0]!.labelDetails?.description, 'NetEase CommsEase IM', 'catalogue order without hints');
  });

  test('nothing or one character typed: the list is incomplete so the next character asks again', () => {
    assert.equal(complete('if (err.code === |', 'typescript')!.isIncomplete, true);
    assert.equal(complete('if (err.code === 4|', 'typescript')!.isIncomplete, true);
    assert.equal(complete('if (err.code === P|', 'typescript')!.isIncomplete, true);
    assert.equal(complete('if (err.code === 41|', 'typescript')!.isIncomplete, false);
  });
});

describe('inside quotes only string codes are offered, without doubling the quotes', () => {
  const cases: { name: string; languageId: string; snippet: string; pick: string; result: string }[] = [
    {
      name: 'empty quotes of a case',
      languageId: 'typescript',
      snippet: "switch (err.code) {\n  case '|': break;",
      pick: 'Error_Timeout',
      result: "switch (err.code) {\n  case 'Error_Timeout': break;",
    },
    {
      name: 'partly typed content',
      languageId: 'typescript',
      snippet: "switch (err.code) {\n  case 'Err|': break;",
      pick: 'Error_Timeout',
      result: "switch (err.code) {\n  case 'Error_Timeout': break;",
    },
    {
      name: 'double quotes in a comparison',
      languageId: 'javascript',
      snippet: 'if (e.code === "|") {}',
      pick: 'Param_Error',
      result: 'if (e.code === "Param_Error") {}',
    },
    {
      name: 'an unclosed quote gets its closing quote',
      languageId: 'typescript',
      snippet: "if (err.code === '|",
      pick: 'Error_Timeout',
      result: "if (err.code === 'Error_Timeout'",
    },
    {
      name: 'content after the cursor is replaced',
      languageId: 'typescript',
      snippet: "if (err.code === 'Error_|Tim') {}",
      pick: 'Error_Timeout',
      result: "if (err.code === 'Error_Timeout') {}",
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.languageId})`, () => {
      const list = complete(c.snippet, c.languageId);
      assert.ok(list);
      assert.ok(
        list.items.every((i) => !/^[0-9]+$/.test(label(i))),
        'no numeric codes inside quotes',
      );
      const item = list.items.find((i) => label(i) === c.pick);
      assert.ok(item, `offers ${c.pick}`);
      assert.equal(accept(c.snippet, item), c.result);
    });
  }
});

describe('constant-style prefixes insert the code with its name as a comment', () => {
  const cases: { name: string; languageId: string; snippet: string; pick: string; result: string }[] = [
    {
      name: 'block comment in TypeScript',
      languageId: 'typescript',
      snippet: 'if (err.code === PARAM|) {}',
      pick: 'PARAMETER_ERROR',
      result: 'if (err.code === 414 /* PARAMETER_ERROR */) {}',
    },
    {
      name: 'block comment in Java case',
      languageId: 'java',
      snippet: 'switch (code) {\n  case ROOM_NOT|',
      pick: 'ROOM_NOT_EXIST',
      result: 'switch (code) {\n  case 660300001 /* ROOM_NOT_EXIST */',
    },
    {
      name: 'Python line comment at the end of the line',
      languageId: 'python',
      snippet: 'if code == PARAM|',
      pick: 'PARAMETER_ERROR',
      result: 'if code == 414  # PARAMETER_ERROR',
    },
    {
      name: 'Python: no line comment when code follows',
      languageId: 'python',
      snippet: 'if code == PARAM|: retry()',
      pick: 'PARAMETER_ERROR',
      result: 'if code == 414: retry()',
    },
    {
      name: 'string code keeps its quotes',
      languageId: 'typescript',
      snippet: 'if (err.code === ERROR_TIME|',
      pick: 'ERROR_TIMEOUT',
      result: "if (err.code === 'Error_Timeout' /* ERROR_TIMEOUT */",
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.languageId})`, () => {
      const list = complete(c.snippet, c.languageId);
      assert.ok(list);
      const item = list.items.find((i) => label(i) === c.pick);
      assert.ok(item, `offers ${c.pick}`);
      assert.equal(accept(c.snippet, item), c.result);
    });
  }
});

describe('members of SDK error enums', () => {
  test('after ZIMErrorCode. the members for the language, with their meaning', () => {
    const list = complete('if (e.code === ZIMErrorCode.|', 'typescript')!;
    assert.equal(list.items.length, 100, 'capped');
    assert.equal(list.isIncomplete, true);
    const item = list.items.find((i) => label(i) === 'NetworkModuleTokenExpired');
    assert.ok(item);
    assert.match(item.detail!, /^6000106 · Token expired/);
    assert.match((item.documentation as { value: string }).value, /ZIMErrorCode\.NetworkModuleTokenExpired/);
    const typed = 'if (e.code === ZIMErrorCode.Network|';
    const partial = complete(typed, 'typescript')!.items.find((i) => label(i) === 'NetworkModuleTokenExpired')!;
    assert.equal(
      accept(typed, partial),
      'if (e.code === ZIMErrorCode.NetworkModuleTokenExpired',
      'the typed part is replaced',
    );
  });

  test('Dart members are the Dart names', () => {
    const names = complete('if (e.code == ZIMErrorCode.|', 'dart')!.items.map(label);
    assert.ok(names.includes('success'));
    assert.ok(!names.includes('Success'));
  });

  test('a container the catalogues do not know offers nothing', () => {
    assert.equal(complete('if (e.code === Foo.|', 'typescript'), null);
    assert.equal(complete('ZIMErrorCode.|', 'python'), null, 'no members in a language without them');
  });
});
