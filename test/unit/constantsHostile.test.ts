// Generated constants files compile whatever the catalogue says: a hostile catalogue (comment
// openers and closers, NUL and other controls, lone surrogates, `$`, `\u`, quotes, non-ASCII in
// messages and the provider name) is
// generated for every target and handed to each compiler this machine has (tsc always; javac,
// python3, go, kotlinc, swiftc and dart when installed: CI installs go with scripts/provision-compilers.sh).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CatalogueStore } from '../../server/src/service/catalogue/catalogueStore';
import type { CatalogueIndex } from '../../server/src/service/catalogue/catalogueIndex';
import {
  CONSTANTS_LANGUAGES,
  constantsOptionsProblem,
  generateConstants,
  type ConstantsLanguage,
} from '../../server/src/service/features/constantsGenerator';
import { codeLiteral } from '../../server/src/service/features/constantsText';
import { readSchema, REPO_ROOT } from '../support/service';

const HOSTILE_MESSAGES = [
  'Closes */ the comment and opens /* another (Kotlin nests them)',
  'A NUL \u0000 and a bell \u0007 and DEL \u007f and NEL \u0085',
  'Lone surrogates \ud800 and \udfff, a BOM \ufeff, line separators \u2028\u2029',
  'A unicode escape \\u000a and \\u0022 in the text',
  'Kotlin and Dart templates ${danger} and $name, a quote " and a backslash \\',
  'Windows\r\nline\rbreaks\nand a form feed \f and a vertical tab \v',
  '中文信息：参数错误 ✓ 😀',
];
// String codes are `[A-Za-z][A-Za-z0-9_.-]*` (the schema): only their dots and dashes need care.
const STRING_CODES = ['Odd-code.v2', 'Error_Timeout'];

function hostileIndex(): CatalogueIndex {
  const store = new CatalogueStore(readSchema());
  const uri = 'file:///tmp/hostile.codes.json';
  const entries = [
    ...HOSTILE_MESSAGES.map((message, i) => ({ code: 9700000 + i, name: `HOSTILE_${i}`, message })),
    ...STRING_CODES.map((code, i) => ({ code, name: `STRING_${i}`, message: `String code ${i} */ /*` })),
    { code: 9700100, name: 'DEFAULT', message: 'a keyword in lowerCamelCase' },
    { code: 3000000000, name: 'BIG', message: 'needs a long' },
  ];
  const report = store.setUser(
    uri,
    JSON.stringify({ provider: 'hostile-provider', name: 'Hostile */ /* provider \u0000 ${x} \\u0022', entries }),
  );
  assert.equal(report.ok, true, JSON.stringify(report.problems));
  return store.indexFor({}, [uri]);
}

const hasTool = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;

function inTempDir<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-hostile-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function assertRuns(command: string, args: string[], dir: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Each compiler, with a program that reads two values back (the check that escapes kept them). */
const COMPILERS: {
  language: ConstantsLanguage;
  tool: [string, string[]];
  run(text: string, fileName: string): string;
}[] = [
  {
    language: 'typescript',
    tool: [path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['--version']],
    run: (text, fileName) =>
      inTempDir({ [fileName]: `${text}\nconsole.log(HostileProvider.STRING_0, HostileProvider.BIG);\n` }, (dir) => {
        const tsc = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
        assertRuns(tsc, ['--strict', '--target', 'ES2022', '--module', 'commonjs', '--outDir', 'out', fileName], dir);
        return assertRuns(process.execPath, [path.join('out', 'statusCodes.js')], dir);
      }),
  },
  {
    language: 'javascript',
    tool: [process.execPath, ['--version']],
    run: (text, fileName) =>
      inTempDir(
        {
          [fileName.replace(/\.js$/, '.mjs')]: `${text}\nconsole.log(HostileProvider.STRING_0, HostileProvider.BIG);\n`,
        },
        (dir) => assertRuns(process.execPath, ['statusCodes.mjs'], dir),
      ),
  },
  {
    language: 'java',
    tool: ['javac', ['-version']],
    run: (text, fileName) =>
      inTempDir(
        {
          [fileName]: text,
          'Main.java':
            'public class Main { public static void main(String[] a) { System.out.println(StatusCodes.HostileProvider.STRING_0 + " " + StatusCodes.HostileProvider.BIG); } }\n',
        },
        (dir) => {
          assertRuns('javac', ['-encoding', 'UTF-8', '-d', '.', fileName, 'Main.java'], dir);
          return assertRuns('java', ['-cp', '.', 'Main'], dir);
        },
      ),
  },
  {
    language: 'python',
    tool: ['python3', ['--version']],
    run: (text, fileName) =>
      inTempDir({ [fileName]: text }, (dir) =>
        assertRuns(
          'python3',
          ['-c', 'import status_codes as s; print(s.HostileProvider.STRING_0, s.HostileProvider.BIG)'],
          dir,
          {
            PYTHONDONTWRITEBYTECODE: '1',
          },
        ),
      ),
  },
  {
    language: 'go',
    tool: ['go', ['version']],
    run: (text, fileName) =>
      inTempDir(
        {
          [path.join('statuscodes', fileName)]: text,
          'go.mod': 'module hostile\n\ngo 1.19\n',
          'main.go':
            'package main\n\nimport (\n\t"fmt"\n\t"hostile/statuscodes"\n)\n\nfunc main() { fmt.Println(statuscodes.HostileProviderString0, statuscodes.HostileProviderBig) }\n',
        },
        (dir) => {
          const env = {
            GOCACHE: path.join(dir, '.cache'),
            GOPATH: path.join(dir, '.gopath'),
            GOFLAGS: '-mod=mod',
            GO111MODULE: 'on',
          };
          assertRuns('go', ['vet', './...'], dir, env);
          return assertRuns('go', ['run', '.'], dir, env);
        },
      ),
  },
  {
    language: 'kotlin',
    tool: ['kotlinc', ['-version']],
    run: (text, fileName) =>
      inTempDir(
        { [fileName]: `${text}\nfun main() { println(HostileProvider.STRING_0 + " " + HostileProvider.BIG) }\n` },
        (dir) => {
          assertRuns('kotlinc', [fileName, '-include-runtime', '-d', 'out.jar'], dir);
          return assertRuns('java', ['-jar', 'out.jar'], dir);
        },
      ),
  },
  {
    language: 'swift',
    tool: ['swiftc', ['--version']],
    run: (text, fileName) =>
      inTempDir({ 'main.swift': `${text}\nprint(HostileProvider.STRING_0, HostileProvider.BIG)\n` }, (dir) => {
        assertRuns('swiftc', ['main.swift', '-o', 'main'], dir);
        void fileName;
        return assertRuns(path.join(dir, 'main'), [], dir);
      }),
  },
  {
    language: 'dart',
    tool: ['dart', ['--version']],
    run: (text, fileName) =>
      inTempDir(
        {
          [fileName]: text,
          'main.dart': `import '${fileName}';\nvoid main() { print('\${HostileProvider.STRING_0} \${HostileProvider.BIG}'); }\n`,
        },
        (dir) => assertRuns('dart', ['run', 'main.dart'], dir),
      ),
  },
];

describe('generated constants files compile with a hostile catalogue', () => {
  const index = hostileIndex();
  for (const compiler of COMPILERS) {
    const [command, args] = compiler.tool;
    const missing = !hasTool(command, args) && `${path.basename(command)} is not installed`;
    test(`${compiler.language} (${path.basename(command)})`, { skip: missing }, () => {
      const { text, fileName } = generateConstants(index, compiler.language);
      const output = compiler.run(text, fileName);
      // The values survive: the string code and the number that needs a long.
      assert.equal(output.trim(), 'Odd-code.v2 3000000000', output);
    });
  }

  test('no generated file holds a raw control character, lone surrogate or BOM', () => {
    for (const { language } of COMPILERS) {
      const { text } = generateConstants(index, language);
      /* eslint-disable no-control-regex -- finding control characters is the point */
      const bad =
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
          text,
        );
      /* eslint-enable no-control-regex */
      assert.equal(bad, null, `${language}: raw ${JSON.stringify(bad?.[0])} at ${bad?.index}`);
    }
  });
});

describe('constants file options', () => {
  const index = hostileIndex();

  test('a package line for Java and Kotlin, a package name for Go', () => {
    assert.match(
      generateConstants(index, 'java', { packageName: 'com.example.im' }).text,
      /^package com\.example\.im;$/m,
    );
    assert.match(
      generateConstants(index, 'kotlin', { packageName: 'com.example.im' }).text,
      /^package com\.example\.im$/m,
    );
    assert.match(generateConstants(index, 'go', { packageName: 'imcodes' }).text, /^package imcodes$/m);
    assert.match(generateConstants(index, 'go').text, /^package statuscodes$/m);
    assert.doesNotMatch(generateConstants(index, 'kotlin').text, /^package /m);
  });

  test('package names that would not compile are refused with a reason', () => {
    assert.match(constantsOptionsProblem(index, 'java', { packageName: 'com.example.class' })!, /not a Java package/);
    assert.match(constantsOptionsProblem(index, 'kotlin', { packageName: 'com..x' })!, /not a Kotlin package/);
    assert.match(constantsOptionsProblem(index, 'go', { packageName: 'Im-Codes' })!, /not a Go package/);
    assert.equal(constantsOptionsProblem(index, 'java', { packageName: 'com.example.im' }), undefined);
    assert.equal(constantsOptionsProblem(index, 'python', { packageName: 'anything at all' }), undefined);
  });

  test('providers can be chosen; unknown or none is refused', () => {
    const store = new CatalogueStore(readSchema());
    const a = 'file:///tmp/a.codes.json';
    const b = 'file:///tmp/b.codes.json';
    store.setUser(
      a,
      JSON.stringify({ provider: 'team-a', name: 'Team A', entries: [{ code: 1, name: 'ONE', message: 'One' }] }),
    );
    store.setUser(
      b,
      JSON.stringify({ provider: 'team-b', name: 'Team B', entries: [{ code: 2, name: 'TWO', message: 'Two' }] }),
    );
    const two = store.indexFor({}, [a, b]);
    const generated = generateConstants(two, 'typescript', { providers: ['team-b'] });
    assert.doesNotMatch(generated.text, /TeamA/);
    assert.match(generated.text, /export const TeamB = \{/);
    assert.deepEqual(
      generated.providers.map((p) => [p.id, p.codes]),
      [
        ['team-a', 1],
        ['team-b', 1],
      ],
      'every enabled provider is listed, for the choice',
    );
    assert.match(
      constantsOptionsProblem(two, 'typescript', { providers: ['team-c'] })!,
      /Not an enabled provider: "team-c"/,
    );
    assert.match(constantsOptionsProblem(two, 'typescript', { providers: [] })!, /at least one provider/);
  });

  test("the language's naming: Swift and Dart members in lowerCamelCase, keywords escaped", () => {
    const swift = generateConstants(index, 'swift', { naming: 'language' }).text;
    assert.match(swift, /public static let hostile0 = 9700000/);
    assert.match(swift, /public static let `default` = 9700100/);
    const dart = generateConstants(index, 'dart', { naming: 'language' }).text;
    assert.match(dart, /static const int default_ = 9700100;/);
    assert.match(
      generateConstants(index, 'java', { naming: 'language' }).text,
      /int HOSTILE_0 = 9700000;/,
      'Java keeps constants upper case',
    );
    assert.match(constantsOptionsProblem(index, 'swift', { naming: 'snake' as never })!, /Unknown naming/);
  });
});

describe('string literals', () => {
  const hostile = 'Quote" Back\\ Dollar$ ${x} Nul\u0000 Bell\u0007 FF\f NEL\u0085 LS\u2028 Emoji😀 Lone\ud800 中文';
  for (const language of CONSTANTS_LANGUAGES) {
    test(`${language}: only printable ASCII, every quote and backslash escaped`, () => {
      const literal = codeLiteral(hostile, language);
      assert.match(literal, /^"[\x20-\x7e]*"$/, literal);
      assert.doesNotMatch(literal.slice(1, -1), /(?<!\\)(?:\\\\)*"/, 'no unescaped quote');
      if (language === 'kotlin' || language === 'dart') assert.doesNotMatch(literal, /(?<!\\)\$/, 'no live template');
      if (language === 'java')
        assert.doesNotMatch(literal, /\\u00[01]/, 'no unicode escape of a control (javac decodes them first)');
    });
  }
  test('where a language cannot hold a lone surrogate, it becomes U+FFFD', () => {
    assert.match(codeLiteral('a\ud800', 'go'), /\\ufffd/);
    assert.match(codeLiteral('a\ud800', 'swift'), /\\u\{fffd\}/);
  });
});
