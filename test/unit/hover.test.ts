import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestService, withCursor } from '../support/service';
import { escapeMarkdown } from '../../server/src/service/render/markdown';

/** One hover case: a snippet with a `|` cursor, and the official message expected (or null for no hover). */
interface HoverCase {
  readonly lang: string;
  readonly src: string;
  readonly expect: string | null;
  readonly why?: string;
}

const testService = createTestService();
const { service, index } = testService;

function hoverAt(lang: string, src: string) {
  const { text, position } = withCursor(src);
  const { document, analysis } = testService.analyse(text, lang);
  return service.doHover(document, position, analysis);
}

const POSITIVE: readonly HoverCase[] = [
  // JavaScript / TypeScript
  { lang: 'typescript', src: 'if (err.code === 4|14) { retry(); }', expect: 'Parameter error' },
  { lang: 'typescript', src: 'if (4|14 === err.code) {}', expect: 'Parameter error' },
  { lang: 'javascript', src: 'if (error.code !== 3|02) return;', expect: 'Wrong user name or password' },
  { lang: 'typescript', src: 'switch (err.code) {\n  case 40|8:\n    break;\n}', expect: 'Client request timeout.' },
  { lang: 'typescript', src: "switch (e.code) { case 'Error_Time|out': break; }", expect: 'Timeout' },
  { lang: 'typescript', src: "if (e.code === 'Param_Er|ror') {}", expect: 'Error parameter' },
  { lang: 'typescript', src: 'const ROOM_GONE = 66030|0001;', expect: 'The room does not exist.' },
  { lang: 'typescript', src: 'throw new Error(`failed: 66030|0001`);', expect: 'The room does not exist.' },
  {
    lang: 'typescript',
    src: 'if ([408, 4|15].includes(err.code)) retry();',
    expect: 'Client network problem or connection error.',
  },
  { lang: 'typescript', src: 'const RETRYABLE_CODES = [4|08, 415];', expect: 'Client request timeout.' },
  {
    lang: 'typescriptreact',
    src: 'const x = <Err code={err.code} />; if (resultCode == 41|4) {}',
    expect: 'Parameter error',
  },
  { lang: 'javascript', src: 'if (e.code === 600012|1) relogin();', expect: 'User not logged in.' },
  { lang: 'typescript', src: 'if (res.data.code === 10000000|4) {}', expect: 'Signature expired.' },
  { lang: 'typescript', src: "if (json.desc === 'CurTime is exp|ired') {}", expect: 'Parameter error' },
  {
    lang: 'typescript',
    src: 'if (err.code ===\n  41|4) {}',
    expect: 'Parameter error',
    why: 'comparison split over two lines',
  },
  // Java
  { lang: 'java', src: 'if (e.getCode() == 4|14) { }', expect: 'Parameter error' },
  { lang: 'java', src: 'switch (errorCode) { case 80|2: break; }', expect: 'No permission' },
  {
    lang: 'java',
    src: 'public static final int ROOM_NOT_EXIST_CODE = 66030000|1;',
    expect: 'The room does not exist.',
  },
  {
    lang: 'java',
    src: 'if (Integer.valueOf(404).equals(1)) {} if (code.equals(40|3)) {}',
    expect: 'Invalid operation or no permissions',
  },
  // Kotlin
  {
    lang: 'kotlin',
    src: 'when (error.code) {\n  41|4 -> showParamError()\n  else -> {}\n}',
    expect: 'Parameter error',
  },
  { lang: 'kotlin', src: 'when (code) { 302, 40|8 -> retry() }', expect: 'Client request timeout.' },
  {
    lang: 'kotlin',
    src: 'if (code in listOf(408, 41|5)) retry()',
    expect: 'Client network problem or connection error.',
  },
  // Swift / Objective-C
  { lang: 'swift', src: 'switch error.code {\ncase 41|4: break\ndefault: break\n}', expect: 'Parameter error' },
  { lang: 'swift', src: 'if error.code == 600012|1 { }', expect: 'User not logged in.' },
  { lang: 'objective-c', src: 'if (error.code == 41|4) { }', expect: 'Parameter error' },
  { lang: 'objective-c', src: 'if ([error code] == 40|8) { }', expect: 'Client request timeout.' },
  // Dart
  { lang: 'dart', src: "if (e.code == '600012|1') { }", expect: 'User not logged in.' },
  { lang: 'dart', src: 'switch (errorInfo.code) { case 41|4: break; }', expect: 'Parameter error' },
  // Python
  { lang: 'python', src: 'if resp["code"] == 41|4:\n    pass', expect: 'Parameter error' },
  {
    lang: 'python',
    src: 'if code in (408, 41|5):\n    retry()',
    expect: 'Client network problem or connection error.',
  },
  {
    lang: 'python',
    src: 'match err.code:\n    case 40|3:\n        pass',
    expect: 'Invalid operation or no permissions',
  },
  { lang: 'python', src: 'if ret_code == 66030000|1:  # room gone\n    pass', expect: 'The room does not exist.' },
  // Go
  { lang: 'go', src: 'if resp.Code == 66060000|1 {\n}', expect: 'The group does not exist.' },
  { lang: 'go', src: 'switch resp.Code {\ncase 2, 10000000|4:\n}', expect: 'Signature expired.' },
  { lang: 'go', src: 'switch code {\ncase |2:\n}', expect: 'Incorrect input parameter.' },
  // C#
  { lang: 'csharp', src: 'if (result.Code == 41|4) { }', expect: 'Parameter error' },
  { lang: 'csharp', src: 'var text = code switch { 40|8 => "timeout", _ => "" };', expect: 'Client request timeout.' },
  // PHP
  { lang: 'php', src: '<?php if ($e->getCode() === 41|4) { }', expect: 'Parameter error' },
  {
    lang: 'php',
    src: '<?php if (in_array($code, [408, 41|5])) { }',
    expect: 'Client network problem or connection error.',
  },
  { lang: 'php', src: "<?php $body = ['desc' => 'x', 'code' => 41|4];", expect: 'Parameter error' },
  // C / C++
  { lang: 'cpp', src: 'if (res_code == 41|4) {}', expect: 'Parameter error' },
  { lang: 'c', src: 'switch (error_code) { case 40|8: break; }', expect: 'Client request timeout.' },
  // Rust, Ruby
  { lang: 'rust', src: 'match resp.code { 41|4 => retry(), _ => {} }', expect: 'Parameter error' },
  { lang: 'ruby', src: 'case error_code\nwhen 41|4 then fix\nend', expect: 'Parameter error' },
  // the README's table
  {
    lang: 'java',
    src: 'if (Arrays.asList(408, 41|5).contains(code)) {}',
    expect: 'Client network problem or connection error.',
  },
  { lang: 'java', src: 'enum ImErrorCode {\n  PARAMETER_ERROR(41|4, "bad"),\n}', expect: 'Parameter error' },
  {
    lang: 'go',
    src: 'if slices.Contains([]int{408, 41|5}, code) {}',
    expect: 'Client network problem or connection error.',
  },
  { lang: 'swift', src: 'enum ImErrorCode: Int {\n  case parameterError = 41|4\n}', expect: 'Parameter error' },
  { lang: 'php', src: '<?php $m = match($code) { 41|4 => "param", default => "" };', expect: 'Parameter error' },
  {
    lang: 'typescript',
    src: 'if (new Set([408, 41|5]).has(err.code)) {}',
    expect: 'Client network problem or connection error.',
  },
  { lang: 'typescript', src: 'enum ImErrorCode { ParameterError = 41|4 }', expect: 'Parameter error' },
  { lang: 'python', src: 'raise ImError(code=41|4)', expect: 'Parameter error' },
  // JSON, YAML, logs
  { lang: 'json', src: '{"desc": "check roomid", "code": 41|4}', expect: 'Parameter error' },
  { lang: 'json', src: '{"desc": "check roo|mid", "code": 414}', expect: 'Parameter error' },
  {
    lang: 'yaml',
    src: 'error:\n  code: 4|03\n  desc: app is forbidden',
    expect: 'Invalid operation or no permissions',
  },
  { lang: 'plaintext', src: '2024-01-01 ERROR login failed, code 3|02', expect: 'Wrong user name or password' },
  { lang: 'log', src: 'E/ZIM: room error 66030000|1 while joining', expect: 'The room does not exist.' },
];

const NEGATIVE: readonly HoverCase[] = [
  { lang: 'typescript', src: 'for (let i = 0; i < 4|14; i++) {}', expect: null, why: 'loop bound' },
  { lang: 'typescript', src: 'const buffer = new Array(4|14);', expect: null, why: 'array size' },
  { lang: 'typescript', src: 'setTimeout(retry, 30|000);', expect: null, why: 'timeout' },
  { lang: 'typescript', src: 'if (res.status === 40|4) {}', expect: null, why: 'HTTP status' },
  { lang: 'typescript', src: 'if (res.statusCode === 40|4) {}', expect: null, why: 'HTTP status code' },
  { lang: 'typescript', src: 'if (event.keyCode === 4|08) {}', expect: null, why: 'key code' },
  { lang: 'typescript', src: 'const total = code + 4|14;', expect: null, why: 'arithmetic' },
  { lang: 'typescript', src: 'if (err.code === 414 + 4|08) {}', expect: null, why: 'arithmetic operand' },
  { lang: 'typescript', src: 'const sizes = [302, 4|14, 408];', expect: null, why: 'unrelated array initialiser' },
  { lang: 'typescript', src: '// if (err.code === 4|14) retry', expect: null, why: 'comment' },
  { lang: 'typescript', src: '/* 66030000|1 */ const a = 1;', expect: null, why: 'block comment' },
  { lang: 'typescript', src: 'const limit = 10000000|0;', expect: null, why: 'round number needs a context' },
  { lang: 'typescript', src: 'server.listen(4|14);', expect: null, why: 'port' },
  { lang: 'typescript', src: 'const port = 5001|4;', expect: null, why: 'long number assigned to a port' },
  { lang: 'typescript', src: "const s = 'error_timeo|ut';", expect: null, why: 'string codes are case-sensitive' },
  { lang: 'typescript', src: 'if (err.code === 0x1|9E) {}', expect: null, why: 'hex literal' },
  { lang: 'typescript', src: 'if (err.code === 414.|5) {}', expect: null, why: 'float' },
  { lang: 'typescript', src: 'const re = /414|\\d+/; if (a == 1) {}', expect: null, why: 'regex literal' },
  { lang: 'java', src: 'if (conn.getResponseCode() == 40|4) {}', expect: null, why: 'HTTP response code' },
  { lang: 'java', src: 'for (int i = 0; i < 80|2; i++) {}', expect: null, why: 'loop bound' },
  {
    lang: 'java',
    src: 'switch (type) { case 41|4: break; }',
    expect: null,
    why: 'switch on something that is not a code',
  },
  { lang: 'kotlin', src: 'when (state) { 41|4 -> a() }', expect: null, why: 'when on a non-code' },
  { lang: 'python', src: 'time.sleep(4|14)', expect: null, why: 'argument' },
  { lang: 'python', src: '# if code == 4|14:', expect: null, why: 'python comment' },
  { lang: 'python', src: 'if status_code == 40|4:\n    pass', expect: null, why: 'HTTP status_code' },
  { lang: 'python', src: 'x = """\ncode == 4|14\n"""', expect: null, why: 'inside a docstring' },
  { lang: 'go', src: 'if resp.StatusCode == 40|4 {}', expect: null, why: 'HTTP StatusCode' },
  { lang: 'go', src: 'const maxRetries = 4|08', expect: null, why: 'constant not named like a code' },
  { lang: 'csharp', src: 'if (response.StatusCode == 40|4) {}', expect: null, why: 'HTTP status' },
  { lang: 'php', src: '<?php # if ($code === 4|14)', expect: null, why: 'PHP hash comment' },
  { lang: 'swift', src: 'let width = 4|14', expect: null, why: 'a size' },
  { lang: 'dart', src: 'final padding = EdgeInsets.all(4|08);', expect: null, why: 'layout value' },
  { lang: 'cpp', src: 'char buf[4|14];', expect: null, why: 'array size' },
  {
    lang: 'rust',
    src: "fn f<'a>(x: &'a str) { let n = 4|14; }",
    expect: null,
    why: 'lifetime does not open a string; plain number',
  },
  { lang: 'json', src: '{"width": 4|14}', expect: null, why: 'JSON key not named code' },
  { lang: 'yaml', src: 'timeout: 3000|0 # code: 414', expect: null, why: 'timeout' },
  { lang: 'plaintext', src: 'Downloaded 4|14 files in 408 ms', expect: null, why: 'plain numbers in text' },
];

describe('hover: codes in a code context show their official message', () => {
  for (const c of POSITIVE) {
    test(`${c.lang}: ${c.src.replace(/\n/g, '⏎')}`, () => {
      const h = hoverAt(c.lang, c.src);
      assert.ok(h, `expected a hover${c.why ? ` (${c.why})` : ''}`);
      const value = (h.contents as { value: string }).value;
      // The official message is the hover's bold headline, not merely somewhere in its text.
      assert.ok(value.includes(`\n\n**${c.expect}**\n`), `hover headline should be "${c.expect}":\n${value}`);
    });
  }
});

describe('hover: ordinary numbers and strings stay silent', () => {
  for (const c of NEGATIVE) {
    test(`${c.lang}: ${c.why}: ${c.src.replace(/\n/g, '⏎')}`, () => {
      const h = hoverAt(c.lang, c.src);
      assert.equal(
        h,
        null,
        `expected no hover, got ${h && JSON.stringify((h.contents as { value: string }).value.slice(0, 80))}`,
      );
    });
  }
});

describe('hover content', () => {
  test('shows code, provider, constant name, message, causes, remedies and a doc link', () => {
    const h = hoverAt('typescript', 'if (err.code === 4|14) {}')!;
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*414\*\* · NetEase CommsEase IM · `PARAMETER_ERROR`/);
    assert.match(value, /\*\*Causes\*\*/);
    assert.match(value, /\*\*What to do\*\*/);
    assert.match(value, /\[Docs\]\(https:\/\//);
    assert.doesNotMatch(value, /command:/);
  });

  test('where providers share a code, both are shown, the provider the file uses first', () => {
    const zim = (
      hoverAt('typescript', "import { ZIM } from 'zego-zim-web';\nif (err.code === |1) {}")!.contents as {
        value: string;
      }
    ).value;
    assert.ok(zim.includes('---'), 'two providers');
    assert.ok(zim.indexOf('ZEGOCLOUD') < zim.indexOf('---'), `ZEGOCLOUD first:\n${zim}`);
  });

  test('the hover range covers the literal', () => {
    const h = hoverAt('typescript', 'if (err.code === 4|14) {}')!;
    assert.deepEqual(h.range, { start: { line: 0, character: 17 }, end: { line: 0, character: 20 } });
  });

  test('every numeric and string code of the built-in catalogues hovers in a code context', () => {
    const missing: string[] = [];
    for (const entry of index.entries) {
      const literal = typeof entry.code === 'number' ? String(entry.code) : `'${entry.code}'`;
      const h = hoverAt('typescript', `if (err.code === |${literal}) {}`);
      if (!h || !(h.contents as { value: string }).value.includes(escapeMarkdown(entry.message).slice(0, 20))) {
        missing.push(`${entry.provider.id}:${literal}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
