// Catalogues from a repository the user opened are input like any other: what would hang or
// mislead the server is refused at validation, with the problem at the value that causes it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CatalogueParser } from '../../server/src/service/catalogue/parseCatalogue';
import { unsafePatternReason } from '../../server/src/service/catalogue/patternSafety';
import { catalogueDiagnostics } from '../../server/src/lsp/catalogueDiagnostics';
import { builtInStore, createTestService, DATA_DIR, readSchema } from '../support/service';

const parser = new CatalogueParser(readSchema());
const origin = { uri: 'file:///work/team.codes.json', builtIn: false };

/** The first problem of a catalogue text, with where its range starts. */
function firstProblem(text: string): { message: string; start: number } {
  const result = parser.parse(text, origin);
  assert.equal(result.ok, false, 'the catalogue is refused');
  const [diagnostic] = catalogueDiagnostics(text, result.problems);
  assert.ok(diagnostic);
  const lines = text.split('\n');
  let offset = 0;
  for (let l = 0; l < diagnostic.range.start.line; l++) offset += lines[l]!.length + 1;
  return { message: diagnostic.message as string, start: offset + diagnostic.range.start.character };
}

const withShape = (pattern: string) =>
  JSON.stringify({
    provider: 'acme',
    name: 'ACME',
    shapes: [
      { pattern: '^7[0-9]{4}$', description: 'fine' },
      { pattern, description: 'hostile' },
    ],
    entries: [{ code: 70001, name: 'A', message: 'a' }],
  });

describe('shape patterns that backtrack without bound are refused at the pattern', () => {
  const HOSTILE = [
    `^${'\\d*'.repeat(13)}$`,
    '^(\\d+)+$',
    '^(?:\\d|\\d\\d)*$',
    '^(1|12)+$',
    '^((\\d*)*)$',
    '\\d*\\d*\\d*\\d*',
    '(?:[0-9]+){2,}',
    // Closing the group the pattern is wrapped in, to quantify it from outside.
    '\\d+)+(',
    '\\d+)*|(?:x',
  ];
  for (const pattern of HOSTILE) {
    test(JSON.stringify(pattern), () => {
      const text = withShape(pattern);
      const { message, start } = firstProblem(text);
      assert.match(message, /Invalid regular expression: it could take the server minutes to match/);
      assert.equal(start, text.indexOf(JSON.stringify(pattern)), 'the problem is at the pattern');
    });
  }

  test('shapes of one number, alternatives and bounded repeats stay allowed', () => {
    for (const pattern of [
      '^8[01][0-9]$',
      '^600[0-9]{4}$',
      '^1000000[0-9]{2}$',
      '^(?:6\\d{6}|7\\d{5})$',
      '(?:\\d{3})?\\d{4}',
      '^6\\d+$',
      '^[1-9]\\d{0,3}$',
      '(?<area>66)\\d{7}',
      '[)(|*+]\\d+',
    ])
      assert.equal(unsafePatternReason(`^(?:${pattern})$`), undefined, pattern);
  });

  test('every shape of the built-in catalogues passes', () => {
    for (const catalogue of builtInStore().builtInCatalogues) {
      const file = JSON.parse(fs.readFileSync(path.join(DATA_DIR, `${catalogue.provider.id}.json`), 'utf8')) as {
        shapes?: { pattern: string }[];
      };
      for (const shape of file.shapes ?? [])
        assert.equal(unsafePatternReason(`^(?:${shape.pattern})$`), undefined, shape.pattern);
      assert.equal(catalogue.provider.shapes.length, file.shapes?.length ?? 0, catalogue.provider.id);
    }
  });

  test('a shape is not tried on digit runs longer than 18 digits (the bound on its input)', () => {
    const store = builtInStore();
    const uri = 'file:///work/any.codes.json';
    const catalogue = {
      provider: 'any-digits',
      name: 'Any',
      shapes: [{ pattern: '7\\d+', description: 'sevens' }],
      entries: [{ code: 70001, name: 'A', message: 'a' }],
    };
    assert.ok(store.setUser(uri, JSON.stringify(catalogue)).ok);
    const { service, settings } = createTestService(undefined, store);
    const index = service.getCatalogueIndex(settings, [uri]);
    const kinds = (code: string) => {
      const document = TextDocument.create(`file:///work/${code}.ts`, 'typescript', 1, `if (err.code === ${code}) {}`);
      return service
        .doAnalysis(document, index)
        .all()
        .map((f) => f.kind);
    };
    assert.deepEqual(kinds('79898989'), ['undocumented-code'], 'a code-sized number has the shape');
    assert.deepEqual(kinds('7123456789123456789123'), [], 'a 22-digit number is not matched against shapes');
  });
});

test('a numeric code above 2^53 is refused at the code (it would be rounded to another number)', () => {
  for (const code of ['9007199254740993', '12345678901234567890', '1e300']) {
    const text = `{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": 7, "name": "A", "message": "a" },\n  { "code": ${code}, "name": "B", "message": "b" }\n] }`;
    const { message, start } = firstProblem(text);
    assert.match(message, /above 9007199254740991/, code);
    assert.equal(start, text.indexOf(code), 'the problem is at the code');
  }
  const safe = `{ "provider": "acme", "name": "ACME", "entries": [{ "code": 9007199254740991, "name": "A", "message": "a" }] }`;
  assert.ok(parser.parse(safe, origin).ok, '2^53 - 1 itself is fine');
});
