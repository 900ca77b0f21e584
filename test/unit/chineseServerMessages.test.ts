// Chinese server messages (the v9 Web SDK's NIMError texts) are recognised like the English ones, where that
// is quiet: the whole string is the message, or opens with it before punctuation (the SDK appends details in
// brackets). Short messages (参数错误, 非法操作或没有权限) are everyday UI text in Chinese apps and stay out.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createTestService, DATA_DIR, REPO_ROOT } from '../support/service';

const ts = createTestService();
const hoverText = (lang: string, src: string) => ts.hoverText(lang, src);

/** Shortest message that is recognised: below it, the SDK's texts are phrases any app shows (see the negatives). */
const MIN_LENGTH = 10;

describe('Chinese server messages in strings and logs', () => {
  const positives = [
    // After a Vue app that shows the SDK's own text on disconnect (search-index excerpt 48007429856).
    {
      lang: 'javascript',
      src: "ElNotification({ title: 'Error', message: '用户名或密码错误, 请检查appKey和|token是否有效, account和token是否匹配', type: 'error' })",
      code: 302,
    },
    {
      lang: 'log',
      src: '2024-05-01 10:00:01 [NIM] {"code":13006,"message":"聊天室处于整体禁言|状态,只有管理员能发言"}',
      code: 13006,
    },
    { lang: 'java', src: 'if ("对方离线, 通话不可|送达".equals(error.getMessage())) {}', code: 11001 },
    // NIMError appends the detail in brackets.
    { lang: 'typescript', src: "console.error('群不存在或未|发生变化(teamId: 1234)')", code: 803 },
  ];
  for (const c of positives) {
    test(`${c.lang}: ${c.src}`, () => {
      const value = hoverText(c.lang, c.src);
      assert.ok(value, 'expected a hover');
      assert.ok(value.startsWith(`**${c.code}** · NetEase CommsEase IM`), value);
      assert.match(value, /Server message `/);
    });
  }

  const negatives = [
    // Everyday UI and API texts in real Chinese apps (search-index excerpts): HTTP 400 in a Vue interceptor
    // (23192261456), an Android toast per code (38844595116), a Flask API (38957444231), an iOS log (15497474621).
    { lang: 'javascript', src: 'if (stutas === 400) { message.error("参数|错误"); }' },
    { lang: 'java', src: 'case 403:showToastMsgShort("非法操作或没有|权限");break;' },
    { lang: 'python', src: 'return jsonify(errno=RET.PARAMERR, errmsg="参数|错误")' },
    { lang: 'objective-c', src: 'NSLog(@"参数|错误");' },
    { lang: 'javascript', src: "toast('服务器内部|错误')" },
    // A sentence that only begins with a message's words.
    { lang: 'javascript', src: "const question = '聊天室处于整体禁言状态,只有管理员能发言|吗'" },
  ];
  for (const c of negatives) {
    test(`not a server message: ${c.lang}: ${c.src}`, () => {
      assert.equal(hoverText(c.lang, c.src), null);
    });
  }
});

test('the Chinese server messages are the v9 Web SDK texts of their codes, each at least MIN_LENGTH long', () => {
  interface Member {
    name: string;
    comment: string;
  }
  const table = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sdk', 'nim-web-sdk.messages.json'), 'utf8'),
  ) as { members: Member[] };
  const im = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'commsease-im.json'), 'utf8')) as {
    entries: { code: number | string; serverMessages?: { text: string; language?: string }[] }[];
  };
  const sdk = new Map(table.members.map((m) => [m.name, m.comment]));
  const chinese = im.entries.flatMap((e) =>
    (e.serverMessages ?? []).filter((m) => m.language === 'zh-cn').map((m) => ({ code: String(e.code), text: m.text })),
  );
  for (const m of chinese) {
    assert.equal(m.text, sdk.get(m.code), `${m.code}`);
    assert.ok(m.text.length >= MIN_LENGTH, `${m.code}: ${m.text}`);
  }
  // Every long enough SDK message of a catalogued code is there.
  const codes = new Set(im.entries.map((e) => String(e.code)));
  const expected = table.members.filter((m) => codes.has(m.name) && m.comment.length >= MIN_LENGTH);
  assert.deepEqual(chinese.map((m) => m.code).sort(), expected.map((m) => m.name).sort());
  assert.equal(expected.length, 14);
});
