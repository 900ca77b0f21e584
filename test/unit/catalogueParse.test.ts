// Catalogue files are validated with problems at the exact place: the marker ‸ in each
// snippet stands where the first problem's range must start.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CatalogueParser } from '../../server/src/service/catalogue/parseCatalogue';
import { catalogueDiagnostics } from '../../server/src/lsp/catalogueDiagnostics';
import { readSchema, withCursor } from '../support/service';

const parser = new CatalogueParser(readSchema());
const origin = { uri: 'file:///work/team.codes.json', builtIn: false };

const CASES: readonly { name: string; snippet: string; message: RegExp; problems?: number }[] = [
  {
    name: 'a missing comma',
    snippet: '{\n  "provider": "acme"\n  ‸"name": "ACME",\n  "entries": []\n}',
    message: /Invalid JSON: comma expected/,
  },
  {
    name: 'an unknown property in an entry',
    snippet:
      '{\n  "provider": "acme",\n  "name": "ACME",\n  "entries": [\n    { "code": 1, "name": "A", "message": "a", ‸"mesage": "typo" }\n  ]\n}',
    message: /^Unknown property "mesage" in entry 1\.$/,
  },
  {
    name: 'a negative code',
    snippet: '{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": ‸-4, "name": "A", "message": "a" }\n] }',
    message: /^entry -4: code must be >= 0\.$/,
  },
  {
    name: 'a lower-case entry name',
    snippet:
      '{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": 4, "name": ‸"oops", "message": "a" }\n] }',
    message: /^entry 4: name must match pattern "/,
  },
  {
    name: 'a provider id with capitals',
    snippet: '// JSONC comments are fine\n{ "provider": ‸"ACME", "name": "ACME", "entries": [] }',
    message: /^provider must match pattern "/,
  },
  {
    name: 'a missing message (points at the entry object)',
    snippet: '{ "provider": "acme", "name": "ACME", "entries": [\n  ‸{ "code": 4, "name": "A" }\n] }',
    message: /^entry 4: missing required property 'message'\.$/,
  },
  {
    name: 'a missing message in the second entry, named by its code (not /entries/1)',
    snippet:
      '{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": 4, "name": "A", "message": "a" },\n  ‸{ "code": 40001, "name": "B" }\n] }',
    message: /^entry 40001: missing required property 'message'\.$/,
  },
  {
    name: 'a bad cause of an entry with a string code',
    snippet:
      '{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": "Error_Timeout", "name": "A", "message": "a", "causes": ["x", ‸""] }\n] }',
    message: /^entry "Error_Timeout": causes\[1\] must NOT have fewer than 1 characters\.$/,
  },
  {
    name: 'an entry without a code, named by its place',
    snippet: '{ "provider": "acme", "name": "ACME", "entries": [\n  ‸{ "name": "A", "message": "a" }\n] }',
    message: /^entry 1 \(no valid code\): missing required property 'code'\.$/,
  },
  {
    name: 'a catalogue without a name',
    snippet: '‸{ "provider": "acme", "entries": [] }',
    message: /^The catalogue is missing required property 'name'\.$/,
  },
  {
    name: 'an unknown provenance',
    snippet:
      '{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": 4, "name": "A", "message": "a", "provenance": ‸"rumour" }\n] }',
    message: /"official-doc", "sdk-only", "doc-and-sdk"/,
  },
  {
    name: 'a duplicate code (points at the repeat)',
    snippet:
      '{ "provider": "acme", "name": "ACME", "entries": [\n  { "code": 7, "name": "A", "message": "a" },\n  { "code": 8, "name": "B", "message": "b" },\n  { "code": ‸7, "name": "C", "message": "c" }\n] }',
    message: /Duplicate code 7: entry 3 repeats entry 1/,
  },
  {
    name: 'an invalid shape pattern',
    snippet:
      '{ "provider": "acme", "name": "ACME", "shapes": [{ "pattern": ‸"4[0-9", "description": "x" }], "entries": [] }',
    message: /Invalid regular expression/,
  },
  {
    name: 'an empty file',
    snippet: '‸',
    message: /Invalid JSON|empty/,
  },
];

for (const c of CASES) {
  test(`catalogue problem: ${c.name}`, () => {
    const { text, position } = withCursor(c.snippet, '‸');
    const result = parser.parse(text, origin);
    assert.equal(result.ok, false);
    const [diagnostic] = catalogueDiagnostics(text, result.problems);
    assert.ok(diagnostic);
    assert.match(diagnostic.message as string, c.message);
    assert.deepEqual(
      diagnostic.range.start,
      position,
      `${diagnostic.message} at ${JSON.stringify(diagnostic.range.start)}`,
    );
    assert.equal(diagnostic.code, 'catalogue-invalid');
    assert.equal(diagnostic.source, 'status-codes');
  });
}

test('a valid JSONC catalogue (comments, trailing commas) loads with entry lines', () => {
  const text =
    '// our codes\n{\n  "provider": "acme",\n  "name": "ACME",\n  "entries": [\n    /* first */ { "code": 40001, "name": "ORDER_NOT_FOUND", "message": "Order not found" },\n    { "code": "E_GONE", "name": "GONE", "message": "Gone" },\n  ],\n}\n';
  const result = parser.parse(text, origin);
  assert.ok(result.ok, JSON.stringify(result.problems));
  assert.deepEqual(
    result.catalogue.entries.map((e) => [e.code, e.line]),
    [
      [40001, 5],
      ['E_GONE', 6],
    ],
  );
});
