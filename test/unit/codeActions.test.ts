// Code actions: quick fixes keyed on diagnostic code + data, the ignore command, and
// "Add comment with meaning", each applied to the text and compared whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { IGNORE_CODE_COMMAND } from '../../server/src/protocol';
import type { DocumentAnalysis } from '../../server/src/service/languageService';
import { createTestService, withCursor } from '../support/service';

const service = createTestService();

/** The document, its analysis and its diagnostics as a client sends them back (JSON). */
function prepare(text: string, languageId: string) {
  const { document, analysis } = service.analyse(text, languageId);
  const diagnostics = JSON.parse(
    JSON.stringify(service.service.doValidation(document, analysis, service.settings).diagnostics),
  ) as Diagnostic[];
  return { document, analysis, diagnostics };
}

/** The quick fixes for one diagnostic, asked for as a client does: the diagnostic's range, only quick fixes. */
const quickFixes = (document: TextDocument, analysis: DocumentAnalysis, diagnostic: Diagnostic): CodeAction[] =>
  service.service.doCodeActions(
    document,
    diagnostic.range,
    { diagnostics: [diagnostic], only: ['quickfix'] },
    analysis,
  );

const apply = (document: TextDocument, action: CodeAction) =>
  TextDocument.applyEdits(document, action.edit!.changes![document.uri]!);

describe('replace quick fixes', () => {
  const cases: readonly { languageId: string; text: string; titles: readonly string[]; results: readonly string[] }[] =
    [
      {
        languageId: 'typescript',
        text: "switch (e.code) { case 'Error_Timout': break; }",
        titles: [
          "Replace with 'Error_Timeout'",
          "Ignore 'Error_Timout' on this line",
          "Ignore 'Error_Timout' in this file",
          "Ignore 'Error_Timout' in this workspace",
        ],
        results: ["switch (e.code) { case 'Error_Timeout': break; }"],
      },
      {
        // Case-only slips suggest the exact code.
        languageId: 'javascript',
        text: 'if (err.code === "error_timeout") {}',
        titles: [
          "Replace with 'Error_Timeout'",
          "Ignore 'error_timeout' on this line",
          "Ignore 'error_timeout' in this file",
          "Ignore 'error_timeout' in this workspace",
        ],
        results: ['if (err.code === "Error_Timeout") {}'],
      },
      {
        languageId: 'python',
        text: "if err.code == r'Param_Eror':\n    pass",
        titles: [
          "Replace with 'Param_Error'",
          "Ignore 'Param_Eror' on this line",
          "Ignore 'Param_Eror' in this file",
          "Ignore 'Param_Eror' in this workspace",
        ],
        results: ["if err.code == r'Param_Error':\n    pass"],
      },
      {
        languageId: 'typescript',
        text: 'if (code == 66030001) {}',
        titles: [
          'Replace with 660300001 (The room does not exist.)',
          'Replace with 660300012 (User not in the specified room.)',
          'Replace with 660300014 (Room already exists.)',
          'Replace with 660300015 (Room count over limit.)',
          'Ignore 66030001 on this line',
          'Ignore 66030001 in this file',
          'Ignore 66030001 in this workspace',
        ],
        results: [
          'if (code == 660300001) {}',
          'if (code == 660300012) {}',
          'if (code == 660300014) {}',
          'if (code == 660300015) {}',
        ],
      },
      {
        // Java long suffix stays.
        languageId: 'java',
        text: 'if (errorCode == 66030001L) {}',
        titles: [
          'Replace with 660300001 (The room does not exist.)',
          'Replace with 660300012 (User not in the specified room.)',
          'Replace with 660300014 (Room already exists.)',
          'Replace with 660300015 (Room count over limit.)',
          'Ignore 66030001 on this line',
          'Ignore 66030001 in this file',
          'Ignore 66030001 in this workspace',
        ],
        results: [
          'if (errorCode == 660300001L) {}',
          'if (errorCode == 660300012L) {}',
          'if (errorCode == 660300014L) {}',
          'if (errorCode == 660300015L) {}',
        ],
      },
      {
        languageId: 'typescript',
        text: 'if (code == 660300099) {}',
        titles: [
          'Ignore 660300099 on this line',
          'Ignore 660300099 in this file',
          'Ignore 660300099 in this workspace',
        ],
        results: [],
      },
    ];
  for (const c of cases) {
    test(`${c.languageId}: ${c.text.split('\n')[0]}`, () => {
      const { document, analysis, diagnostics } = prepare(c.text, c.languageId);
      assert.equal(diagnostics.length, 1);
      const actions = quickFixes(document, analysis, diagnostics[0]!);
      assert.deepEqual(
        actions.map((a) => a.title),
        c.titles,
      );
      const replacements = actions.filter((a) => a.title.startsWith('Replace'));
      assert.deepEqual(
        replacements.map((a) => apply(document, a)),
        c.results,
      );
      assert.deepEqual(
        replacements.map((a) => a.isPreferred),
        c.results.map((_r, i) => i === 0),
        'the first replacement is preferred',
      );
      for (const a of actions) {
        assert.equal(a.kind, 'quickfix');
        assert.deepEqual(a.diagnostics, [diagnostics[0]]);
      }
    });
  }

  test('the ignore action runs the ignore command with the code and the document', () => {
    const { document, analysis, diagnostics } = prepare("switch (e.code) { case 'Error_Timout': }", 'typescript');
    const ignore = quickFixes(document, analysis, diagnostics[0]!).find((a) => a.command);
    assert.deepEqual(ignore?.command, {
      title: 'Ignore code',
      command: IGNORE_CODE_COMMAND,
      arguments: ['Error_Timout', document.uri],
    });
    assert.equal(ignore?.edit, undefined);
  });
});

describe('quick fixes read the diagnostic code and data, never the message', () => {
  const text = "switch (e.code) { case 'Error_Timout': break; }";
  const cases: readonly { name: string; change: (d: Diagnostic) => Diagnostic; titles: readonly string[] }[] = [
    {
      name: 'a translated message changes nothing',
      change: (d) => ({ ...d, message: 'Unbekannter Statuscode' }),
      titles: [
        "Replace with 'Error_Timeout'",
        "Ignore 'Error_Timout' on this line",
        "Ignore 'Error_Timout' in this file",
        "Ignore 'Error_Timout' in this workspace",
      ],
    },
    {
      name: 'suggestions come from data',
      change: (d) => ({ ...d, data: { text: 'Error_Timout', suggestions: ['Param_Error'] } }),
      titles: [
        "Replace with 'Param_Error'",
        "Ignore 'Error_Timout' on this line",
        "Ignore 'Error_Timout' in this file",
        "Ignore 'Error_Timout' in this workspace",
      ],
    },
    { name: 'another source gets nothing', change: (d) => ({ ...d, source: 'eslint' }), titles: [] },
    { name: 'an unknown code gets nothing', change: (d) => ({ ...d, code: 'no-such-kind' }), titles: [] },
    { name: 'missing data gets nothing', change: (d) => ({ ...d, data: undefined }), titles: [] },
    {
      name: 'malformed data gets nothing',
      change: (d) => ({ ...d, data: { text: 'Error_Timout', suggestions: [42] } }),
      titles: [],
    },
    {
      name: 'a stale range (the code is no longer there) offers no edit',
      change: (d) => ({ ...d, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } }),
      titles: ["Ignore 'Error_Timout' in this workspace"],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { document, analysis, diagnostics } = prepare(text, 'typescript');
      assert.deepEqual(
        quickFixes(document, analysis, c.change(diagnostics[0]!)).map((a) => a.title),
        c.titles,
      );
    });
  }
});

describe('add comment with meaning', () => {
  // `|` is the cursor; `expected` is the whole text after the action, or undefined for no action.
  const cases: readonly { languageId: string; snippet: string; expected: string | undefined }[] = [
    {
      languageId: 'typescript',
      snippet: 'if (err.code === 4|14) retry();',
      expected: 'if (err.code === 414) retry(); // 414: Parameter error',
    },
    {
      languageId: 'typescript',
      snippet: 'if (err.code === 414) retry();   \nnext();'.replace('414)', '4|14)'),
      expected: 'if (err.code === 414) retry(); // 414: Parameter error\nnext();',
    },
    {
      languageId: 'typescript',
      snippet: "switch (e.code) { case 'Error_Time|out': }",
      expected: "switch (e.code) { case 'Error_Timeout': } // Error_Timeout: Timeout",
    },
    {
      languageId: 'java',
      snippet: 'if (code == 66030000|1) {}',
      expected: 'if (code == 660300001) {} // 660300001: The room does not exist.',
    },
    {
      languageId: 'python',
      snippet: 'if code == 41|4:\n    pass',
      expected: 'if code == 414: # 414: Parameter error\n    pass',
    },
    {
      languageId: 'go',
      snippet: 'if resp.Code == 414| {\n}',
      expected: 'if resp.Code == 414 { // 414: Parameter error\n}',
    },
    { languageId: 'php', snippet: 'if ($code === 4|14) {}', expected: 'if ($code === 414) {} // 414: Parameter error' },
    { languageId: 'ruby', snippet: 'retry if code == 4|14', expected: 'retry if code == 414 # 414: Parameter error' },
    { languageId: 'yaml', snippet: 'code: 4|14', expected: 'code: 414 # 414: Parameter error' },
    {
      languageId: 'csharp',
      snippet: 'if (error.Code == 4|14) { }\r\nnext();',
      expected: 'if (error.Code == 414) { } // 414: Parameter error\r\nnext();',
    },
    // No comment syntax, no action.
    { languageId: 'json', snippet: '{ "code": 4|14 }', expected: undefined },
    { languageId: 'plaintext', snippet: 'error code 4|14', expected: undefined },
    // Not on a recognised code.
    { languageId: 'typescript', snippet: 'for (let i = 0; i < 4|14; i++) {}', expected: undefined },
    { languageId: 'typescript', snippet: 'if (code == 6603000|1) {}', expected: undefined },
    // The line ends inside a template string: a comment there would change the string.
    { languageId: 'typescript', snippet: 'const s = `failed with 66030000|1\nand more`;', expected: undefined },
    // Already explained.
    { languageId: 'typescript', snippet: 'if (code === 4|14) {} // 414: Parameter error', expected: undefined },
  ];
  for (const c of cases) {
    test(`${c.languageId}: ${c.snippet.split('\n')[0]}`, () => {
      const { text, position } = withCursor(c.snippet);
      const { document, analysis } = prepare(text, c.languageId);
      const range: Range = { start: position, end: position };
      const actions = service.service.doCodeActions(document, range, { diagnostics: [], only: ['refactor'] }, analysis);
      if (c.expected === undefined) {
        assert.deepEqual(actions, []);
        return;
      }
      assert.equal(actions.length, 1);
      assert.equal(actions[0]!.title, 'Add comment with meaning');
      assert.equal(actions[0]!.kind, 'refactor.rewrite');
      assert.equal(apply(document, actions[0]!), c.expected);
    });
  }
});

describe('kind filter (context.only)', () => {
  const { text, position } = withCursor("switch (e.code) { case 414: break; case 'Error_Timout|': }");
  const cases: readonly {
    only: readonly string[] | undefined;
    cursorOn: 'known' | 'misspelt';
    kinds: readonly string[];
  }[] = [
    { only: undefined, cursorOn: 'misspelt', kinds: ['quickfix', 'quickfix', 'quickfix', 'quickfix'] },
    { only: ['quickfix'], cursorOn: 'misspelt', kinds: ['quickfix', 'quickfix', 'quickfix', 'quickfix'] },
    { only: ['refactor'], cursorOn: 'misspelt', kinds: [] },
    { only: undefined, cursorOn: 'known', kinds: ['refactor.rewrite'] },
    { only: ['refactor'], cursorOn: 'known', kinds: ['refactor.rewrite'] },
    { only: ['refactor.rewrite'], cursorOn: 'known', kinds: ['refactor.rewrite'] },
    { only: ['refactor.extract'], cursorOn: 'known', kinds: [] },
    { only: ['quickfix'], cursorOn: 'known', kinds: [] },
  ];
  for (const c of cases) {
    test(`${c.cursorOn}, only ${JSON.stringify(c.only)}`, () => {
      const { document, analysis, diagnostics } = prepare(text, 'typescript');
      const at = c.cursorOn === 'known' ? { line: 0, character: text.indexOf('414') + 1 } : position;
      const inRange = diagnostics.filter(
        (d) => d.range.start.character <= at.character && at.character <= d.range.end.character,
      );
      const actions = service.service.doCodeActions(
        document,
        { start: at, end: at },
        { diagnostics: inRange, only: c.only && [...c.only] },
        analysis,
      );
      assert.deepEqual(
        actions.map((a) => a.kind),
        c.kinds,
      );
    });
  }
});
