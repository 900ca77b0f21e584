import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/service';
import { copyFixture, runCli } from './runCli';

const DEMO = path.join(REPO_ROOT, 'demo');

test('explain a numeric code: the entry as the hover shows it, as plain text when not on a terminal', () => {
  const run = runCli(['explain', '414']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^414 · NetEase CommsEase IM · PARAMETER_ERROR\n\nParameter error\n/);
  assert.match(run.stdout, /\nWhat to do\n- /);
  assert.ok(!/\*\*|\\/.test(run.stdout) && !run.stdout.includes('\u001b['), 'no escapes, markdown or backslashes');
});

test('explain a constant with its container, a server message, a string code; --provider filters', () => {
  const constant = runCli(['explain', 'ZIMErrorCode.NetworkModuleTokenExpired']);
  assert.equal(constant.status, 0);
  assert.match(constant.stdout, /^6000106 · ZEGOCLOUD ZIM client SDK · NETWORK_TOKEN_EXPIRED\n/);
  assert.match(constant.stdout, /Constant ZIMErrorCode\.NetworkModuleTokenExpired = 6000106/);
  const message = runCli(['explain', 'CurTime is expired']);
  assert.match(message.stdout, /Server message CurTime is expired is returned with code 414/);
  const json = JSON.parse(runCli(['explain', 'Error_Timeout', '--format', 'json']).stdout) as {
    code: unknown;
    provider: string;
  }[];
  assert.ok(json.length >= 1);
  assert.ok(json.every((e) => e.code === 'Error_Timeout'));
  const all = JSON.parse(runCli(['explain', '0', '-f', 'json']).stdout) as { provider: string }[];
  assert.ok(all.length > 1, 'several providers know code 0');
  const one = JSON.parse(runCli(['explain', '0', '-f', 'json', '--provider', all[1]!.provider]).stdout) as {
    provider: string;
  }[];
  assert.deepEqual(
    one.map((e) => e.provider),
    [all[1]!.provider],
  );
});

test('explain: unknown codes exit 1, unknown providers exit 1, user catalogues of the working folder count', () => {
  const unknown = runCli(['explain', '987654321']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /No code, constant or server message '987654321'/);
  const provider = runCli(['explain', '414', '--provider', 'nope']);
  assert.equal(provider.status, 1);
  assert.match(provider.stderr, /Unknown provider 'nope'\. Providers: commsease-im/);
  assert.match(runCli(['explain', '40001'], { cwd: DEMO }).stdout, /^40001 · ACME order service/);
  assert.equal(runCli(['explain', '40001']).status, 1, 'outside the demo folder its catalogue does not apply');
  const lang = runCli(['explain', '414', '--lang', 'fr']);
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /--lang takes one of auto, en, zh-cn, not 'fr'/);
  assert.equal(runCli(['explain']).status, 2);
});

test('explain with a broken user catalogue: exit code 2 and the problem at its line', () => {
  const tree = copyFixture('tree');
  try {
    fs.writeFileSync(
      path.join(tree.dir, 'codes', 'shop.codes.json'),
      '{\n  "provider": "acme-shop",\n  "entries": []\n}\n',
    );
    const run = runCli(['explain', '414'], { cwd: tree.dir });
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /^codes\/shop\.codes\.json:1:1 error configuration The catalogue is missing required property 'name'\./m,
    );
  } finally {
    tree.dispose();
  }
});

test('explain in Chinese: --lang zh-cn, or LANG/LC_ALL/LC_MESSAGES in Chinese; --lang en and folder settings win', () => {
  const zh = runCli(['explain', '414', '--lang', 'zh-CN']);
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stdout, /^414 · NetEase CommsEase IM · PARAMETER_ERROR\n\n参数错误\n/);
  assert.match(zh.stdout, /\n处理方法\n- /);
  assert.match(zh.stdout, /来源：官方文档/);
  for (const env of [{ LANG: 'zh_CN.UTF-8' }, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, { LC_MESSAGES: 'zh_CN' }])
    assert.equal(runCli(['explain', '414'], { env }).stdout, zh.stdout, JSON.stringify(env));
  assert.match(
    runCli(['explain', '414', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout,
    /\n\nParameter error\n/,
  );
  assert.match(
    runCli(['explain', '414'], { env: { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' } }).stdout,
    /Parameter error/,
  );
  const missing = runCli(['explain', '987654321', '--lang', 'zh-cn']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /目录中没有状态码、常量或服务器消息“987654321”/);
});
