// NIM V2 (NIM v10) codes and constants in the languages of the other platforms, spelled as their SDKs and
// UIKits spell them (test/fixtures/sdk/: public-ios*.V2NIMErrorCode, public-ios*-swift.V2NIMErrorCode,
// public-android-kit.AIErrorCode, public-dart-kit.AIErrorCode): hover, completion and diagnostics.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { createTestService, withCursor } from '../support/service';

const ts = createTestService();
const V2 = 'NetEase CommsEase IM V2 (NIM v10)';

const hoverText = (lang: string, src: string) => ts.hoverText(lang, src);
function completions(lang: string, src: string): CompletionItem[] {
  const { text, position } = withCursor(src);
  const { document, analysis } = ts.analyse(text, lang);
  return ts.service.doComplete(document, position, analysis)?.items ?? [];
}
const diagnostics = (lang: string, src: string) => ts.diagnosticMessages(lang, src);

// Shapes after real code: nim-uikit-android AISearchViewModel.java (`case AIErrorCode.V2NIM_ERROR_CODE_...:`),
// nim-uikit-flutter chat_kit_message_tips_item.dart (`case AIErrorCode.errorCode...:`), nim-uikit-ios
// (`V2NIMConversationType.CONVERSATION_TYPE_TEAM`, the same import rule for V2NIMErrorCode), NIM-Flutter-SDK's
// C++ (`v2::V2NIMError`, `#include "v2_nim_api.hpp"`) and Dart (`package:nim_core_v2/nim_core.dart`).
describe('V2 constants hover with their code and the V2 meaning', () => {
  const cases = [
    { lang: 'java', src: 'case AIErrorCode.V2NIM_ERROR_CODE_RATE_|LIMIT:', code: 416, constant: /RATE_LIMIT/ },
    {
      lang: 'java',
      src: 'if (result.getCode() != AIErrorCode.V2NIM_ERROR_CODE_SUCC|ESS && result.getCode() != 0) {}',
      code: 200,
    },
    { lang: 'kotlin', src: 'if (error.code == V2NIMErrorCode.V2NIM_ERROR_CODE_TEAM_NOT_|EXIST) {}', code: 108404 },
    {
      lang: 'kotlin',
      src: 'when (result.code) { AIErrorCode.V2NIM_ERROR_CODE_FAILED_TO_|REQUEST_LLM -> {} }',
      code: 189308,
    },
    { lang: 'swift', src: 'if error.code == V2NIMErrorCode.ERROR_CODE_TEAM_NOT_|EXIST.rawValue {}', code: 108404 },
    {
      lang: 'swift',
      src: 'switch V2NIMErrorCode(rawValue: error.code) {\ncase .ERROR_CODE_TIME|OUT: break\ndefault: break\n}',
      code: 191005,
    },
    // 416 as the iOS header spells it (sic), through Swift's import.
    { lang: 'swift', src: 'if error.code == V2NIMErrorCode.ERROR_CODE_FREQUNENCY_|LIMIT.rawValue {}', code: 416 },
    { lang: 'objective-c', src: 'if (error.code == V2NIM_ERROR_CODE_INVALID_|TOKEN) {}', code: 102302 },
    { lang: 'objective-c', src: 'case V2NIM_ERROR_CODE_FREQUNENCY_|LIMIT:', code: 416 },
    { lang: 'dart', src: 'switch (code) {\n  case AIErrorCode.errorCodeRate|Limit:\n}', code: 416 },
    { lang: 'dart', src: 'if (status.errorCode == AIErrorCode.errorCodeTeamMember|NotExist) {}', code: 109404 },
    { lang: 'cpp', src: 'if (error.code == v2::V2NIM_ERROR_CODE_TEAM_NOT_|EXIST) {}', code: 108404 },
    { lang: 'cpp', src: 'case V2NIM_ERROR_CODE_CLIENT_|ANTISPAM:', code: 195001 },
  ];
  for (const c of cases) {
    test(`${c.lang}: ${c.src}`, () => {
      const value = hoverText(c.lang, c.src);
      assert.ok(value, 'expected a hover');
      assert.ok(value.startsWith(`**${c.code}** · ${V2}`), value);
      assert.match(value, /Constant `/);
    });
  }

  test('the early iOS numbering is shown as its own entry, with the disagreement', () => {
    // The early V2NIMError.h gives APPKEY_NOT_EXIST 101404; the newer header, node-nim and the web SDK 101303.
    const value = hoverText('swift', 'if error.code == 10140|4 && sdk == V2NIMErrorCode.self {}');
    assert.ok(value, 'expected a hover');
    assert.match(value, /\*\*101404\*\*/);
    assert.match(value, /101303/);
  });

  test('the names need their container where they do not carry it', () => {
    assert.equal(hoverText('swift', 'let name = ERROR_CODE_TIME|OUT'), null);
    assert.equal(hoverText('dart', 'if (code == errorCodeRate|Limit) {}'), null);
    assert.equal(hoverText('dart', 'if (code == Limits.errorCodeRate|Limit) {}'), null);
  });
});

describe('V2 numbers in files of the other platforms rank the V2 catalogue first', () => {
  const cases = [
    { lang: 'java', src: 'import com.netease.nimlib.sdk.v2.V2NIMError;\nif (error.getCode() == 10840|4) {}' },
    { lang: 'kotlin', src: 'override fun onLoginFailed(error: V2NIMError?) {\n  if (error?.code == 10230|2) {}\n}' },
    { lang: 'swift', src: 'func onLoginFailed(_ error: V2NIMError) {\n  if error.code == 10230|2 {}\n}' },
    { lang: 'objective-c', src: '- (void)onLoginFailed:(V2NIMError *)error {\n  if (error.code == 41|4) {}\n}' },
    {
      lang: 'dart',
      src: "import 'package:nim_core_v2/nim_core.dart';\nvoid f(NIMResult result) {\n  if (result.code == 41|4) {}\n}",
    },
    { lang: 'cpp', src: '#include "v2_nim_api.hpp"\nvoid f(const v2::V2NIMError& e) {\n  if (e.code == 41|4) {}\n}' },
  ];
  for (const c of cases) {
    test(`${c.lang}: ${c.src.replace(/\n/g, ' ')}`, () => {
      const value = hoverText(c.lang, c.src);
      assert.ok(value, 'expected a hover');
      assert.ok(value.includes(`· ${V2} ·`), value);
    });
  }
});

describe('completion offers the V2 constants each platform has', () => {
  const cases = [
    { lang: 'java', src: 'case AIErrorCode.|', name: 'V2NIM_ERROR_CODE_RATE_LIMIT', code: 416 },
    {
      lang: 'kotlin',
      src: 'if (result.code == AIErrorCode.|) {}',
      name: 'V2NIM_ERROR_CODE_FAILED_TO_REQUEST_LLM',
      code: 189308,
    },
    // 248 members: with nothing typed the list is capped (see below), so the test types what a user would.
    {
      lang: 'swift',
      src: 'if error.code == V2NIMErrorCode.TEAM_NOT|',
      name: 'ERROR_CODE_TEAM_NOT_EXIST',
      code: 108404,
    },
    { lang: 'dart', src: 'case AIErrorCode.|', name: 'errorCodeTeamMemberNotExist', code: 109404 },
    {
      lang: 'typescript',
      src: 'if (e.code === V2NIMConst.V2NIMErrorCode.|) {}',
      name: 'V2NIM_ERROR_CODE_RATE_LIMIT_REACHED',
      code: 416,
    },
  ];
  for (const c of cases) {
    test(`${c.lang}: ${c.src}`, () => {
      const items = completions(c.lang, c.src);
      const item = items.find((i) => i.label === c.name);
      assert.ok(item, `no ${c.name} among ${items.length} items`);
      // The row shows the value, then the short message.
      assert.match(item.labelDetails?.detail ?? '', new RegExp(`^ = ${c.code} · \\S`));
      assert.equal(item.labelDetails?.description, V2);
    });
  }

  test('a member list with nothing typed is capped and says it is incomplete', () => {
    const { text, position } = withCursor('if error.code == V2NIMErrorCode.|');
    const { document, analysis } = ts.analyse(text, 'swift');
    const list = ts.service.doComplete(document, position, analysis);
    assert.ok(list && !Array.isArray(list) && list.isIncomplete === true && list.items.length <= 100);
  });

  test('each platform gets its own spellings only', () => {
    const swift = completions('swift', 'if error.code == V2NIMErrorCode.|').map((i) => i.label);
    assert.ok(!swift.some((l) => l.startsWith('V2NIM_')), 'Swift sees no V2NIM_ prefix');
    const java = completions('java', 'case AIErrorCode.|').map((i) => i.label);
    assert.ok(java.length > 0 && java.every((l) => l.startsWith('V2NIM_ERROR_CODE_')), java.join(', '));
    const dart = completions('dart', 'case AIErrorCode.|').map((i) => i.label);
    assert.ok(dart.length > 0 && dart.every((l) => l.startsWith('errorCode')), dart.join(', '));
  });

  for (const [lang, src] of [
    ['objective-c', '- (void)onFail:(V2NIMError *)error {\n  if (error.code == |) {}\n}'],
    ['cpp', '#include "v2_nim_api.hpp"\nif (error.code == |) {}'],
    ['dart', "import 'package:nim_core_v2/nim_core.dart';\nif (result.code == |) {}"],
  ] as const) {
    test(`${lang}: codes in a V2 file come from the V2 catalogue first`, () => {
      const items = [...completions(lang, src)].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
      assert.equal(items[0]?.labelDetails?.description, V2);
      // The list is capped with nothing typed; typed digits find the V2 code.
      const typed = completions(lang, src.replace('|', '1084|'));
      assert.ok(typed.some((i) => i.label === '108404' && i.labelDetails?.description === V2));
    });
  }
});

describe('diagnostics in V2 files of the other platforms', () => {
  const slip = 'Unknown status code 10840. Did you mean 108404 (The team (group) does not exist.)?';
  const cases = [
    { lang: 'java', src: 'import com.netease.nimlib.sdk.v2.V2NIMError;\nif (error.getCode() == CODE) {}' },
    { lang: 'kotlin', src: 'import com.netease.nimlib.sdk.v2.V2NIMError\nif (error.code == CODE) {}' },
    { lang: 'swift', src: 'func onLoginFailed(_ error: V2NIMError) {\n  if error.code == CODE {}\n}' },
    { lang: 'objective-c', src: '- (void)onLoginFailed:(V2NIMError *)error {\n  if (error.code == CODE) {}\n}' },
    {
      lang: 'dart',
      src: "import 'package:nim_core_v2/nim_core.dart';\nvoid f(NIMResult result) {\n  if (result.code == CODE) {}\n}",
    },
    { lang: 'cpp', src: '#include "v2_nim_api.hpp"\nvoid f(const v2::V2NIMError& e) {\n  if (e.code == CODE) {}\n}' },
  ];
  for (const c of cases) {
    test(`${c.lang}: a slip of a V2 code is warned with the V2 code; the right code and constants are not`, () => {
      assert.deepEqual(diagnostics(c.lang, c.src.replace('CODE', '10840')), [slip]);
      assert.deepEqual(diagnostics(c.lang, c.src.replace('CODE', '108404')), []);
    });
  }

  test('constants as each platform spells them are never warned', () => {
    assert.deepEqual(diagnostics('java', 'switch (code) { case AIErrorCode.V2NIM_ERROR_CODE_RATE_LIMIT: break; }'), []);
    assert.deepEqual(
      diagnostics('swift', 'if error.code == V2NIMErrorCode.ERROR_CODE_FREQUNENCY_LIMIT.rawValue {}'),
      [],
    );
    assert.deepEqual(diagnostics('dart', 'switch (code) { case AIErrorCode.errorCodeRateLimit: break; }'), []);
    assert.deepEqual(diagnostics('objective-c', 'if (error.code == V2NIM_ERROR_CODE_FREQUNENCY_LIMIT) {}'), []);
  });
});
