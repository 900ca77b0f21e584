// Suppression comments: `status-codes-ignore-next-line` and `status-codes-ignore-file` (optionally
// with codes) in each language's comment syntax, honoured by doValidation; and the quick fixes
// "Ignore ... on this line" / "... in this file", applied to the text and compared whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { createTestService } from '../support/service';

const service = createTestService();

function diagnosticsOf(text: string, languageId: string) {
  const { document, analysis } = service.analyse(text, languageId);
  const diagnostics = JSON.parse(
    JSON.stringify(service.service.doValidation(document, analysis, service.settings).diagnostics),
  ) as Diagnostic[];
  return { document, analysis, diagnostics };
}

/** `line:code as written` of each diagnostic. */
const reported = (text: string, languageId: string): string[] => {
  const { document, diagnostics } = diagnosticsOf(text, languageId);
  return diagnostics.map((d) => `${d.range.start.line}:${document.getText(d.range)}`);
};

describe('suppression comments are honoured', () => {
  const cases: readonly { name: string; languageId: string; text: string; expected: readonly string[] }[] = [
    {
      name: 'next line, any code',
      languageId: 'typescript',
      text: '// status-codes-ignore-next-line\nif (code == 66030001) {}\nif (code == 66030001) {}',
      expected: ['2:66030001'],
    },
    {
      name: 'next line, the code listed, with a reason',
      languageId: 'typescript',
      text: '  // status-codes-ignore-next-line 66030001 -- the old server sends it\n  if (code == 66030001) {}',
      expected: [],
    },
    {
      name: 'next line, another code listed',
      languageId: 'typescript',
      text: '// status-codes-ignore-next-line 660300099\nif (code == 66030001) {}',
      expected: ['1:66030001'],
    },
    {
      name: 'several codes, commas or spaces',
      languageId: 'javascript',
      text: "// status-codes-ignore-next-line 66030001, Error_Timout\nif (code == 66030001 || code == 'Error_Timout') {}",
      expected: [],
    },
    {
      name: 'a string code',
      languageId: 'typescript',
      text: "// status-codes-ignore-next-line Error_Timout\nswitch (e.code) { case 'Error_Timout': }",
      expected: [],
    },
    {
      name: 'only the next line, not the one after a blank',
      languageId: 'typescript',
      text: '// status-codes-ignore-next-line\n\nif (code == 66030001) {}',
      expected: ['2:66030001'],
    },
    {
      name: 'at the end of the line before',
      languageId: 'go',
      text: 'x := 1 // status-codes-ignore-next-line\nif resp.Code == 66030001 {\n}',
      expected: [],
    },
    {
      name: 'a block comment',
      languageId: 'java',
      text: '/* status-codes-ignore-next-line 66030001 */\nif (errorCode == 66030001L) {}',
      expected: [],
    },
    {
      name: 'the last line of a block comment',
      languageId: 'c',
      text: '/* legacy codes\n * status-codes-ignore-next-line */\nif (error_code == 66030001) {}',
      expected: [],
    },
    {
      name: 'not a marker: a longer word',
      languageId: 'typescript',
      text: '// status-codes-ignore-next-lines\nif (code == 66030001) {}',
      expected: ['1:66030001'],
    },
    {
      name: 'not in a string',
      languageId: 'typescript',
      text: 'const s = "// status-codes-ignore-next-line";\nif (code == 66030001) {}',
      expected: ['1:66030001'],
    },
    {
      name: 'not in a template string that spans lines',
      languageId: 'typescript',
      text: 'const s = `x\n// status-codes-ignore-next-line\n`; if (code == 66030001) {}',
      expected: ['2:66030001'],
    },
    {
      name: 'python',
      languageId: 'python',
      text: '# status-codes-ignore-next-line\nif code == 66030001:\n    pass',
      expected: [],
    },
    {
      name: 'python: not in a string',
      languageId: 'python',
      text: 'x = "# status-codes-ignore-next-line"\nif code == 66030001:\n    pass',
      expected: ['1:66030001'],
    },
    {
      name: 'python: not in a triple-quoted string',
      languageId: 'python',
      text: 'doc = """\n# status-codes-ignore-next-line\n"""; ok = code == 66030001',
      expected: ['2:66030001'],
    },
    {
      name: 'php #',
      languageId: 'php',
      text: '# status-codes-ignore-next-line\nif ($code === 66030001) {}',
      expected: [],
    },
    {
      name: 'php //',
      languageId: 'php',
      text: '// status-codes-ignore-next-line\nif ($code === 66030001) {}',
      expected: [],
    },
    {
      name: 'csharp, CRLF',
      languageId: 'csharp',
      text: '// status-codes-ignore-next-line\r\nif (error.Code == 66030001) { }',
      expected: [],
    },
    {
      name: 'kotlin nested block comment',
      languageId: 'kotlin',
      text: '/* outer /* inner */ status-codes-ignore-next-line */\nif (code == 66030001) {}',
      expected: [],
    },
    {
      name: 'file, any code',
      languageId: 'typescript',
      text: "// status-codes-ignore-file\nif (code == 66030001) {}\nswitch (e.code) { case 'Error_Timout': }",
      expected: [],
    },
    {
      name: 'file, the codes listed only',
      languageId: 'typescript',
      text: "// status-codes-ignore-file 66030001\nif (code == 66030001) {}\nswitch (e.code) { case 'Error_Timout': }",
      expected: ["2:'Error_Timout'"],
    },
    {
      name: 'file, inside a licence header block comment',
      languageId: 'swift',
      text: '/*\n * Copyright ACME\n * status-codes-ignore-file 66030001\n */\nif code == 66030001 {}',
      expected: [],
    },
    {
      name: 'file: not in a string',
      languageId: 'python',
      text: 'NOTE = "# status-codes-ignore-file"\nif code == 66030001:\n    pass',
      expected: ['1:66030001'],
    },
    {
      name: 'file: only in the first 100 lines',
      languageId: 'typescript',
      text: `${'\n'.repeat(100)}// status-codes-ignore-file\nif (code == 66030001) {}`,
      expected: ['101:66030001'],
    },
  ];
  for (const c of cases) {
    test(`${c.languageId}: ${c.name}`, () => assert.deepEqual(reported(c.text, c.languageId), c.expected));
  }
});

/** The "Ignore ... on this line" / "... in this file" fixes of the only diagnostic, by title. */
function suppressionActions(text: string, languageId: string): { document: TextDocument; actions: CodeAction[] } {
  const { document, analysis, diagnostics } = diagnosticsOf(text, languageId);
  assert.equal(diagnostics.length, 1, `one diagnostic in ${JSON.stringify(text)}`);
  const actions = service.service
    .doCodeActions(document, diagnostics[0]!.range, { diagnostics, only: ['quickfix'] }, analysis)
    .filter((a) => / (on this line|in this file)$/.test(a.title));
  return { document, actions };
}

const apply = (document: TextDocument, action: CodeAction) =>
  TextDocument.applyEdits(document, action.edit!.changes![document.uri]!);

describe('quick fixes insert the comment in the language syntax', () => {
  const cases: readonly {
    languageId: string;
    text: string;
    /** The text after "on this line" and after "in this file"; undefined: not offered. */
    line: string | undefined;
    file: string | undefined;
  }[] = [
    {
      languageId: 'typescript',
      text: 'function f() {\n    if (code == 66030001) {}\n}\n',
      line: 'function f() {\n    // status-codes-ignore-next-line 66030001\n    if (code == 66030001) {}\n}\n',
      file: '// status-codes-ignore-file 66030001\nfunction f() {\n    if (code == 66030001) {}\n}\n',
    },
    {
      languageId: 'typescript',
      text: "switch (e.code) {\n\tcase 'Error_Timout': break;\n}",
      line: "switch (e.code) {\n\t// status-codes-ignore-next-line Error_Timout\n\tcase 'Error_Timout': break;\n}",
      file: "// status-codes-ignore-file Error_Timout\nswitch (e.code) {\n\tcase 'Error_Timout': break;\n}",
    },
    {
      languageId: 'python',
      text: '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\ndef f(code):\n    if code == 66030001:\n        pass\n',
      line: '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\ndef f(code):\n    # status-codes-ignore-next-line 66030001\n    if code == 66030001:\n        pass\n',
      file: '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# status-codes-ignore-file 66030001\ndef f(code):\n    if code == 66030001:\n        pass\n',
    },
    {
      languageId: 'php',
      text: '<?php\nif ($code === 66030001) {}\n',
      line: '<?php\n// status-codes-ignore-next-line 66030001\nif ($code === 66030001) {}\n',
      file: '<?php\n// status-codes-ignore-file 66030001\nif ($code === 66030001) {}\n',
    },
    {
      languageId: 'go',
      text: 'package main\n\nfunc f() {\n\tif resp.Code == 66030001 {\n\t}\n}',
      line: 'package main\n\nfunc f() {\n\t// status-codes-ignore-next-line 66030001\n\tif resp.Code == 66030001 {\n\t}\n}',
      file: '// status-codes-ignore-file 66030001\npackage main\n\nfunc f() {\n\tif resp.Code == 66030001 {\n\t}\n}',
    },
    {
      languageId: 'csharp',
      text: 'class A {\r\n  void F() { if (error.Code == 66030001) { } }\r\n}',
      line: 'class A {\r\n  // status-codes-ignore-next-line 66030001\r\n  void F() { if (error.Code == 66030001) { } }\r\n}',
      file: '// status-codes-ignore-file 66030001\r\nclass A {\r\n  void F() { if (error.Code == 66030001) { } }\r\n}',
    },
    {
      languageId: 'ruby',
      text: 'retry if code == 66030001',
      line: '# status-codes-ignore-next-line 66030001\nretry if code == 66030001',
      file: '# status-codes-ignore-file 66030001\nretry if code == 66030001',
    },
    {
      // A marker for other codes is there: the code joins its list.
      languageId: 'java',
      text: '// status-codes-ignore-file Error_Timout -- legacy\n// status-codes-ignore-next-line 660300099\nif (errorCode == 66030001L) {}',
      line: '// status-codes-ignore-file Error_Timout -- legacy\n// status-codes-ignore-next-line 660300099, 66030001\nif (errorCode == 66030001L) {}',
      file: '// status-codes-ignore-file Error_Timout, 66030001 -- legacy\n// status-codes-ignore-next-line 660300099\nif (errorCode == 66030001L) {}',
    },
    {
      // The line before ends in a continuation: a comment line between would end the statement.
      languageId: 'python',
      text: 'ok = True and \\\n    code == 66030001',
      line: undefined,
      file: '# status-codes-ignore-file 66030001\nok = True and \\\n    code == 66030001',
    },
  ];
  for (const c of cases) {
    test(`${c.languageId}: ${JSON.stringify(c.text).slice(0, 60)}`, () => {
      const { document, actions } = suppressionActions(c.text, c.languageId);
      const onLine = actions.find((a) => a.title.endsWith('on this line'));
      const inFile = actions.find((a) => a.title.endsWith('in this file'));
      assert.equal(onLine && apply(document, onLine), c.line);
      assert.equal(inFile && apply(document, inFile), c.file);
      // Each fix silences the diagnostic it was offered for.
      for (const fixed of [c.line, c.file]) if (fixed) assert.deepEqual(reported(fixed, c.languageId), []);
    });
  }

  test('titles name the code as the workspace ignore does', () => {
    assert.deepEqual(
      suppressionActions('if (code == 66030001) {}', 'typescript').actions.map((a) => a.title),
      ['Ignore 66030001 on this line', 'Ignore 66030001 in this file'],
    );
    assert.deepEqual(
      suppressionActions("switch (e.code) { case 'Error_Timout': }", 'typescript').actions.map((a) => a.title),
      ["Ignore 'Error_Timout' on this line", "Ignore 'Error_Timout' in this file"],
    );
  });

  test('none where the language has no comments (JSON)', () => {
    const { diagnostics, document, analysis } = diagnosticsOf('{ "code": "Error_Timout" }', 'json');
    for (const d of diagnostics) {
      const titles = service.service
        .doCodeActions(document, d.range, { diagnostics: [d] }, analysis)
        .map((a) => a.title);
      assert.ok(!titles.some((t) => / (on this line|in this file)$/.test(t)), titles.join(' | '));
    }
  });
});
