import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { constantsLanguageFor, CONSTANTS_LANGUAGES } from '../../server/src/service/features/constantsGenerator';
import { CatalogueStore } from '../../server/src/service/catalogue/catalogueStore';
import { createTestService, readSchema, REPO_ROOT } from '../support/service';

const { service, index } = createTestService();
const generateConstants = service.generateConstants.bind(service);

/** Writes the generated file into a fresh temp dir, runs `check` on it, and removes the dir. */
function withGeneratedFile<T>(text: string, fileName: string, check: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-constants-'));
  try {
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, text);
    return check(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const hasTool = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

describe('generated constants', () => {
  const cases: { language: (typeof CONSTANTS_LANGUAGES)[number]; fileName: string; contains: string[] }[] = [
    {
      language: 'typescript',
      fileName: 'statusCodes.ts',
      contains: [
        'export const CommseaseIm = {',
        '  /** Parameter error */\n  PARAMETER_ERROR: 414,',
        '  ERROR_TIMEOUT: "Error_Timeout",',
        '} as const;',
        'export const ZegocloudZim = {',
      ],
    },
    {
      language: 'javascript',
      fileName: 'statusCodes.js',
      contains: ['export const CommseaseIm = {', '  PARAMETER_ERROR: 414,\n'],
    },
    {
      language: 'java',
      fileName: 'StatusCodes.java',
      contains: [
        'public final class StatusCodes {',
        '  public static final class CommseaseIm {',
        '    /** Parameter error */\n    public static final int PARAMETER_ERROR = 414;',
        '    public static final String ERROR_TIMEOUT = "Error_Timeout";',
      ],
    },
    {
      language: 'kotlin',
      fileName: 'StatusCodes.kt',
      contains: ['object CommseaseIm {', '    const val PARAMETER_ERROR = 414'],
    },
    {
      language: 'swift',
      fileName: 'StatusCodes.swift',
      contains: ['public enum CommseaseIm {', '    /// Parameter error\n    public static let PARAMETER_ERROR = 414'],
    },
    {
      language: 'dart',
      fileName: 'status_codes.dart',
      contains: [
        'class CommseaseIm {',
        '  static const int PARAMETER_ERROR = 414;',
        '  static const String ERROR_TIMEOUT = "Error_Timeout";',
      ],
    },
    {
      language: 'python',
      fileName: 'status_codes.py',
      contains: ['class CommseaseIm:', '    #: Parameter error\n    PARAMETER_ERROR = 414'],
    },
    {
      language: 'go',
      fileName: 'statuscodes.go',
      contains: ['package statuscodes', '\tCommseaseImParameterError = 414', '\tZegocloudZimRoomNotExist = 660300001'],
    },
  ];
  for (const c of cases) {
    test(c.language, () => {
      const generated = generateConstants(index, c.language);
      assert.equal(generated.fileName, c.fileName);
      assert.equal(generated.languageId, c.language);
      for (const piece of c.contains)
        assert.ok(generated.text.includes(piece), `${c.language} output contains ${JSON.stringify(piece)}`);
    });
  }

  test('every code of every enabled provider is there once', () => {
    const text = generateConstants(index, 'typescript').text;
    const members = text.split('\n').filter((l) => /^ {2}[A-Za-z_][A-Za-z0-9_]*: /.test(l));
    assert.equal(members.length, index.entries.length);
  });

  test('disabled providers are left out', () => {
    const t = createTestService({ providers: { 'commsease-im': false } });
    const text = generateConstants(t.service.getCatalogueIndex(t.settings), 'typescript').text;
    assert.ok(!text.includes('CommseaseIm'));
    assert.ok(text.includes('ZegocloudZimSdk'));
  });

  test('names are made valid and unique, and catalogue text cannot break out of comments or strings', () => {
    const store = new CatalogueStore(readSchema());
    const uri = 'file:///tmp/odd.codes.json';
    const report = store.setUser(
      uri,
      JSON.stringify({
        provider: '9-odd',
        name: 'Odd */ provider',
        entries: [
          { code: 1, name: 'SAME', message: 'One */ closes \\u0041 comments' },
          { code: 2, name: 'SAME', message: 'Two' },
          { code: 'Odd-code.v2', name: 'ODD_CODE', message: 'Three' },
          { code: 3000000000, name: 'BIG', message: 'Four' },
        ],
      }),
    );
    assert.equal(report.ok, true, JSON.stringify(report.problems));
    const odd = store.indexFor({}, [uri]);
    const ts = generateConstants(odd, 'typescript').text;
    assert.match(ts, /export const P9Odd = \{/);
    assert.match(ts, / {2}SAME: 1,\n/);
    assert.match(ts, / {2}SAME_2: 2,\n/);
    assert.match(ts, / {2}ODD_CODE: "Odd-code\.v2",\n/);
    assert.ok(
      !/\*\/.*\*\//.test(ts.split('\n').find((l) => l.includes('One'))!),
      'the message cannot close the comment early',
    );
    withGeneratedFile(ts, 'odd.ts', (file) => assertTypeScriptCompiles(file));
    const java = generateConstants(odd, 'java').text;
    assert.match(java, /public static final long BIG = 3000000000L;/);
    assert.match(generateConstants(odd, 'kotlin').text, /const val ODD_CODE = "Odd-code\.v2"/);
  });

  test('the editor language picks the constants language', () => {
    assert.equal(constantsLanguageFor('typescriptreact'), 'typescript');
    assert.equal(constantsLanguageFor('javascriptreact'), 'javascript');
    assert.equal(constantsLanguageFor('go'), 'go');
    assert.equal(constantsLanguageFor('plaintext'), undefined);
  });
});

function assertTypeScriptCompiles(file: string): void {
  const tsc = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
  // Run from the file's own folder: no tsconfig or @types of this repository apply.
  const result = spawnSync(tsc, ['--noEmit', '--strict', '--target', 'ES2022', '--module', 'es2022', file], {
    cwd: path.dirname(file),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
}

describe('generated files compile', () => {
  test('TypeScript compiles with --strict, and the values are typed literally', () => {
    const { text, fileName } = generateConstants(index, 'typescript');
    const usage = '\nconst p: 414 = CommseaseIm.PARAMETER_ERROR;\nexport const used = p;\n';
    withGeneratedFile(text + usage, fileName, (file) => assertTypeScriptCompiles(file));
  });

  test('Java compiles with javac', { skip: !hasTool('javac', ['-version']) && 'javac is not installed' }, () => {
    const { text, fileName } = generateConstants(index, 'java');
    withGeneratedFile(text, fileName, (file, dir) => {
      const result = spawnSync('javac', ['-d', dir, file], { encoding: 'utf8' });
      assert.equal(result.status, 0, `javac failed:\n${result.stderr}`);
    });
  });

  test(
    'Python compiles and the values are right',
    { skip: !hasTool('python3', ['--version']) && 'python3 is not installed' },
    () => {
      const { text, fileName } = generateConstants(index, 'python');
      withGeneratedFile(text, fileName, (file, dir) => {
        const result = spawnSync(
          'python3',
          ['-c', 'import status_codes as s; print(s.CommseaseIm.PARAMETER_ERROR, s.ZegocloudZim.ROOM_NOT_EXIST)'],
          { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
        );
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout.trim(), '414 660300001');
        assert.ok(fs.existsSync(file));
      });
    },
  );
});

describe('generated names are recognised where they are used', () => {
  const t = createTestService();
  const hoverOf = (lang: string, src: string) => t.hoverText(lang, src);
  for (const [lang, src] of [
    ['swift', 'if error.code == CommseaseIm.parameter|Error { }'],
    ['dart', 'if (e.code == CommseaseIm.parameter|Error) {}'],
    ['kotlin', 'if (code == CommseaseIm.PARAMETER_ER|ROR) {}'],
  ] as const) {
    test(`${lang}: ${src}`, () => assert.match(hoverOf(lang, src) ?? '', /\*\*414\*\*/));
  }
});
