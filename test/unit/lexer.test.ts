// The scanner, token by token, per language (after css-languageservice's scanner tests): each case
// lists the tokens of a source as [kind, text]; comments and white space produce none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syntaxFor } from '../../server/src/service/scan/languages';
import { initialLexState, lexLine, LexMode, type LexState } from '../../server/src/service/scan/lexer';
import { markNames } from '../../server/src/service/scan/markNames';
import { nameSlot, TokenBuffer, TokenKind } from '../../server/src/service/scan/tokens';

type Kind = 'name' | 'int' | 'number' | 'string' | 'part' | 'punct' | 'regex';
const KIND_NAMES: Readonly<Record<number, Kind>> = {
  [TokenKind.Identifier]: 'name',
  [TokenKind.Integer]: 'int',
  [TokenKind.OtherNumber]: 'number',
  [TokenKind.String]: 'string',
  [TokenKind.StringPart]: 'part',
  [TokenKind.Punctuation]: 'punct',
  [TokenKind.Regex]: 'regex',
};

/** Lexes `source` line by line as `languageId` does; returns the tokens and the state after the last line. */
function lex(source: string, languageId: string): { tokens: [Kind, string][]; state: LexState } {
  const syntax = syntaxFor(languageId);
  const out = new TokenBuffer();
  const state = initialLexState();
  let start = 0;
  for (const line of source.split('\n')) {
    lexLine(source, start, start + line.length, state, syntax, out);
    start += line.length + 1;
  }
  const tokens: [Kind, string][] = [];
  for (let t = 0; t < out.length; t++) tokens.push([KIND_NAMES[out.kind[t]!]!, out.text(t)]);
  return { tokens, state };
}

function assertTokens(languageId: string, source: string, expected: [Kind, string][]): void {
  assert.deepEqual(lex(source, languageId).tokens, expected, `${languageId}: ${source}`);
}

describe('JavaScript / TypeScript', () => {
  test('a comparison with a code', () =>
    assertTokens('typescript', 'if (err.code === 414) {}', [
      ['name', 'if'],
      ['punct', '('],
      ['name', 'err'],
      ['punct', '.'],
      ['name', 'code'],
      ['punct', '==='],
      ['int', '414'],
      ['punct', ')'],
      ['punct', '{'],
      ['punct', '}'],
    ]));
  test('comments produce nothing', () =>
    assertTokens('javascript', 'a /* 414 */ b // 408', [
      ['name', 'a'],
      ['name', 'b'],
    ]));
  test('a regex literal is one token, a division is not', () => {
    assertTokens('javascript', "const re = /'414'/g;", [
      ['name', 'const'],
      ['name', 're'],
      ['punct', '='],
      ['regex', "/'414'/g"],
      ['punct', ';'],
    ]);
    assertTokens('javascript', 'x = a / 2 / b', [
      ['name', 'x'],
      ['punct', '='],
      ['name', 'a'],
      ['punct', '/'],
      ['int', '2'],
      ['punct', '/'],
      ['name', 'b'],
    ]);
  });
  test('templates span lines; escapes inside them hold', () => {
    const { tokens, state } = lex('s = `a\\`b\n408`;', 'javascript');
    assert.deepEqual(tokens, [
      ['name', 's'],
      ['punct', '='],
      ['part', '`a\\`b'],
      ['part', '408`'],
      ['punct', ';'],
    ]);
    assert.equal(state.mode, LexMode.Code);
  });
  test('numbers: suffixes, floats, hex, a method on a number', () =>
    assertTokens('typescript', '414n 4.5 0x1F 404.toString', [
      ['number', '414n'],
      ['number', '4.5'],
      ['number', '0x1F'],
      ['int', '404'],
      ['punct', '.'],
      ['name', 'toString'],
    ]));
});

describe('Java / Kotlin / C#', () => {
  test('long suffix keeps an integer', () =>
    assertTokens('java', 'code == 66030001L', [
      ['name', 'code'],
      ['punct', '=='],
      ['int', '66030001L'],
    ]));
  test('Kotlin block comments nest', () =>
    assertTokens('kotlin', 'a /* x /* y */ 414 */ b', [
      ['name', 'a'],
      ['name', 'b'],
    ]));
  test('C# verbatim strings: no escapes, "" is a quote', () =>
    assertTokens('csharp', 'var s = @"a\\""b";', [
      ['name', 'var'],
      ['name', 's'],
      ['punct', '='],
      ['string', '@"a\\""b"'],
      ['punct', ';'],
    ]));
});

describe('Python / Rust / Go', () => {
  test('Python string prefixes and # comments', () =>
    assertTokens('python', 'if e == r\'\\d\' or f"{x}": # 414', [
      ['name', 'if'],
      ['name', 'e'],
      ['punct', '=='],
      ['string', "r'\\d'"],
      ['name', 'or'],
      ['string', 'f"{x}"'],
      ['punct', ':'],
    ]));
  test('Python triple quotes open a multi-line string', () => {
    const { tokens, state } = lex('doc = """414', 'python');
    assert.deepEqual(tokens, [
      ['name', 'doc'],
      ['punct', '='],
      ['part', '"""414'],
    ]);
    assert.deepEqual(state, { mode: LexMode.String, depth: 0, delimiter: '"""' });
  });
  test('Rust lifetimes are not characters; r"..." is a raw string; \'x\' is', () =>
    assertTokens('rust', "fn f<'a>(c: char) { r\"\\d\"; 'x' }", [
      ['name', 'fn'],
      ['name', 'f'],
      ['punct', '<'],
      ['name', 'a'],
      ['punct', '>'],
      ['punct', '('],
      ['name', 'c'],
      ['punct', ':'],
      ['name', 'char'],
      ['punct', ')'],
      ['punct', '{'],
      ['string', 'r"\\d"'],
      ['punct', ';'],
      ['string', "'x'"],
      ['punct', '}'],
    ]));
  test('Go raw strings have no escapes', () =>
    assertTokens('go', 'x := `a\\` + "b"', [
      ['name', 'x'],
      ['punct', ':='],
      ['string', '`a\\`'],
      ['punct', '+'],
      ['string', '"b"'],
    ]));
});

describe('YAML and plain text', () => {
  test('YAML: # starts a comment only after white space', () =>
    assertTokens('yaml', 'code: 414 #x\nkey: a#b', [
      ['name', 'code'],
      ['punct', ':'],
      ['int', '414'],
      ['name', 'key'],
      ['punct', ':'],
      ['name', 'a'],
      ['punct', '#'],
      ['name', 'b'],
    ]));
  test('plain text has no comments', () =>
    assertTokens('plaintext', '# error 414', [
      ['punct', '#'],
      ['name', 'error'],
      ['int', '414'],
    ]));
});

test('names are marked in a pass of their own, by length and first letter', () => {
  const text = 'if (e === ZIMErrorCode.Timeout) Timer();';
  const out = new TokenBuffer();
  lexLine(text, 0, text.length, initialLexState(), syntaxFor('typescript'), out);
  assert.equal(out.markedCount, 0, 'the lexer marks nothing');
  const filter = new Uint8Array(1 << 16);
  filter[nameSlot('Timeout'.length, 'T'.charCodeAt(0))] = 1;
  out.nameFilter = filter;
  markNames(out, 0, text);
  const marked = Array.from(out.marked.subarray(0, out.markedCount), (t) => out.text(t));
  assert.deepEqual(marked, ['Timeout']);
});
