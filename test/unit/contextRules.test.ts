// One table per code-context rule (server/src/service/analysis/context/rules/): snippets in several
// languages where the literal or constant at `|` is a code (the code given) or is not (null).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRecognised } from '../../server/src/service/analysis/findings';
import { createTestService, withCursor } from '../support/service';

interface RuleCase {
  readonly lang: string;
  readonly src: string;
  /** The code the token at `|` stands for, or null where it is not a code. */
  readonly code: number | string | null;
}

const testService = createTestService();

function codeAt(lang: string, src: string): number | string | null {
  const { text, position } = withCursor(src);
  const { analysis } = testService.analyse(text, lang);
  const f = analysis.at(position.line, position.character);
  if (!f || !isRecognised(f)) return null;
  if (f.kind === 'constant') return f.codeKey!.startsWith("'") ? f.codeKey!.slice(1) : Number(f.codeKey);
  return /^[0-9]+$/.test(f.text) ? Number(f.text) : f.text;
}

const RULES: Readonly<Record<string, readonly RuleCase[]>> = {
  comparison: [
    { lang: 'java', src: 'if (errorInfo.code.value() == 600010|6) {}', code: 6000106 },
    { lang: 'swift', src: 'if error.code.rawValue == 600012|1 {}', code: 6000121 },
    { lang: 'python', src: "if r['Code'] == 66000000|2:\n    pass", code: 660000002 },
    { lang: 'typescript', src: 'if (userId === 600012|1) {}', code: null },
    { lang: 'java', src: 'if (userId == 600012|1L) {}', code: null },
    { lang: 'kotlin', src: 'if (requestCode == 10|00) {}', code: null },
    { lang: 'php', src: '<?php if (2|00 != $response->getStatusCode()) {}', code: null },
  ],
  caseArm: [
    { lang: 'c', src: 'switch (res_code) {\n  case 41|5:\n    break;\n}', code: 415 },
    { lang: 'go', src: 'switch code {\ncase 660300005, 66070000|1:\n}', code: 660700001 },
    { lang: 'cpp', src: 'switch (style) {\n  case |1:\n    break;\n}', code: null },
    { lang: 'kotlin', src: 'when (code) {\n  42|2 -> "banned"\n}', code: 422 },
  ],
  implicitMember: [
    { lang: 'swift', src: 'if error.code == .succ|ess {}', code: 0 },
    {
      lang: 'swift',
      src: 'switch error.code {\ncase .networkModuleTokenExp|ired, .networkModuleTokenInvalid:\n  break\n}',
      code: 6000106,
    },
    {
      lang: 'swift',
      src: 'switch error.code {\ncase .networkModuleTokenExpired, .networkModuleTokenInv|alid:\n  break\n}',
      code: 6000103,
    },
    { lang: 'swift', src: 'switch result {\ncase .succ|ess: return 0\n}', code: null },
    { lang: 'swift', src: 'label.font = .systemFont(ofSize: 14, weight: .med|ium)', code: null },
  ],
  membership: [
    { lang: 'typescript', src: 'if ([6000103, 600010|6].includes(err.code)) {}', code: 6000106 },
    { lang: 'php', src: "<?php if (in_array($result['code'], [408, 41|5])) {}", code: 415 },
    { lang: 'php', src: '<?php $nim = new Nim(); $retryable = [408, 41|5, 416];', code: 415 },
    { lang: 'php', src: '<?php $sizes = [300, 41|4];', code: null },
    { lang: 'ruby', src: 'retry if [408, 41|5].include?(error_code)', code: 415 },
  ],
  codeTable: [
    { lang: 'python', src: "ERROR_CODE = {\n    '200': '操作成功',\n    '41|4': '参数错误',\n}", code: 414 },
    {
      lang: 'javascript',
      src: "import NIM from 'nim-web-sdk-ng';\nconst reasons = {\n  302: 'x',\n  41|4: 'y',\n};",
      code: 414,
    },
    {
      lang: 'kotlin',
      src: 'import com.netease.nimlib.sdk.ResponseCode\nval imFailures = mapOf(\n  41|4 to "参数错误",\n)',
      code: 414,
    },
    {
      lang: 'javascript',
      src: "import NIM from 'nim-web-sdk-ng';\nconst HTTP_TEXT = {\n  40|4: 'Not Found',\n};",
      code: null,
    },
    { lang: 'javascript', src: "const reasons = {\n  41|4: 'y',\n};", code: null },
  ],
  assignment: [
    { lang: 'java', src: 'public static final int ROOM_NOT_EXIST_CODE = 66030000|1;', code: 660300001 },
    { lang: 'yaml', src: 'messages:\n  - code: 41|4\n    text: x', code: 414 },
    { lang: 'python', src: 'ERROR_CODE_APP_ID_INVALID = |1', code: null },
    { lang: 'java', src: 'private static final int REQUEST_CODE_PICK = 10|00;', code: null },
    { lang: 'javascript', src: 'res.json({ ret_code: |0, ret_msg: "" });', code: null },
  ],
  enumValue: [
    { lang: 'java', src: 'enum ImErrorCode {\n  PARAMETER_ERROR(41|4, "bad"),\n}', code: 414 },
    { lang: 'swift', src: 'enum ImErrorCode: Int {\n  case parameterError = 41|4\n}', code: 414 },
    { lang: 'kotlin', src: 'enum class BackendCode(val value: Int) {\n  BAD_METHOD(40|5),\n}', code: null },
    { lang: 'kotlin', src: 'enum class BackendCode(val value: Int) {\n  OK(|0),\n}', code: null },
  ],
  constants: [
    {
      lang: 'typescript',
      src: "import { ZIMErrorCode } from 'zego-zim-web';\nif (e.code === ZIMErrorCode.NetworkModuleTokenExp|ired) {}",
      code: 6000106,
    },
    { lang: 'typescript', src: 'if (e.code === ZIMErrorCode.NetworkModuleTokenExp|ird) {}', code: null },
    { lang: 'objective-c', src: 'if (errorInfo.code == ZIMErrorCodeSucc|ess) {}', code: 0 },
    { lang: 'java', src: 'if (e.code == Other.NetworkModuleTokenExp|ired) {}', code: null },
  ],
  text: [
    { lang: 'log', src: 'E [nim] login failed code=30|2', code: 302 },
    { lang: 'log', src: 'I [app] order 2001 created for user 600012|1', code: null },
  ],
};

describe('code-context rules', () => {
  for (const [rule, cases] of Object.entries(RULES)) {
    test(rule, () => {
      for (const c of cases) assert.equal(codeAt(c.lang, c.src), c.code, `${c.lang}: ${c.src}`);
    });
  }
});

describe('misspelt SDK members', () => {
  const warnings = (lang: string, text: string) =>
    testService
      .analyse(text, lang)
      .analysis.all()
      .filter((f) => f.kind === 'unknown-string-code')
      .map((f) => `${f.text} -> ${f.suggestions?.[0] ?? ''}`);

  test('warned where no compiler reports them', () => {
    for (const lang of ['javascript', 'python', 'yaml', 'log']) {
      assert.deepEqual(
        warnings(lang, 'x = ZIMErrorCode.NetworkModuleTokenExpird'),
        ['NetworkModuleTokenExpird -> NetworkModuleTokenExpired'],
        lang,
      );
    }
  });

  test('left to the compiler', () => {
    for (const lang of ['typescript', 'java', 'kotlin', 'swift', 'dart']) {
      assert.deepEqual(warnings(lang, 'x = ZIMErrorCode.NetworkModuleTokenExpird'), [], lang);
    }
  });

  test('silent on members of other containers and on known members', () => {
    assert.deepEqual(warnings('javascript', 'x = Other.NetworkModuleTokenExpird; y = ZIMErrorCode.Success'), []);
  });
});

describe('near misses only where a slip is plausible', () => {
  const nearMisses = (lang: string, text: string) =>
    testService
      .analyse(text, lang)
      .analysis.all()
      .filter((f) => f.kind === 'near-miss-code')
      .map((f) => f.text);

  test('a dropped zero of a run is a typo', () => {
    assert.deepEqual(nearMisses('typescript', 'if (err.code === 66030001) {}'), ['66030001']);
  });

  test('sequential app codes, other ranges and other products are not', () => {
    assert.deepEqual(
      nearMisses('go', 'import "nim"\nconst (\n  ErrUserNotFound = 2002\n  ErrWrongPassword = 2003\n)'),
      [],
    );
    assert.deepEqual(nearMisses('javascript', "import NIM from 'nim-web-sdk-ng';\nif (err.code === 102302) {}"), []);
    assert.deepEqual(nearMisses('java', 'import im.zego.zim.ZIM;\nif (errorCode == 1000002) {}'), []);
  });
});
