import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stylesFor } from '../../server/src/cli/terminal';
import { copyFixture, runCli } from './runCli';

const LOG = [
  '2026-03-01 12:00:01 INFO connected',
  '2026-03-01 12:00:02 ERROR login failed code=414 desc="CurTime is expired"',
  '{"code": 6000101, "message": "login failed"}',
  'retrying in 2024 ms',
  '',
].join('\n');

test('annotate stdin: meanings appended to the lines with codes, other lines unchanged, no colour without a TTY', () => {
  const run = runCli(['annotate'], { input: LOG });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], '2026-03-01 12:00:01 INFO connected');
  assert.equal(
    lines[1],
    '2026-03-01 12:00:02 ERROR login failed code=414 desc="CurTime is expired"  ⟵ 414 Parameter error (NetEase CommsEase IM +1 more); CurTime is expired = 414 Parameter error (NetEase CommsEase IM)',
  );
  assert.match(
    lines[2]!,
    /^\{"code": 6000101, "message": "login failed"\} {2}⟵ 6000101 .+ \(ZEGOCLOUD ZIM client SDK\)$/,
  );
  assert.equal(lines[3], 'retrying in 2024 ms', 'a number that is not in a code context is left alone');
  assert.ok(!run.stdout.includes('\u001b['), 'no escape sequences');
  assert.equal(runCli(['annotate', '-'], { input: LOG }).stdout, run.stdout, '`-` is stdin');
});

test('annotate files in order; a missing file is a usage error; a broken catalogue exits 2 at its line', () => {
  const tree = copyFixture('tree');
  try {
    fs.writeFileSync(path.join(tree.dir, 'a.log'), 'shop said code: 70001\n');
    fs.writeFileSync(path.join(tree.dir, 'b.log'), 'sdk said code: 414\n');
    const run = runCli(['annotate', 'a.log', 'b.log'], { cwd: tree.dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      'shop said code: 70001  ⟵ 70001 The cart is empty. (ACME shop)\nsdk said code: 414  ⟵ 414 Parameter error (NetEase CommsEase IM +1 more)\n',
    );
    assert.equal(runCli(['annotate', 'missing.log'], { cwd: tree.dir }).status, 2);
    fs.writeFileSync(
      path.join(tree.dir, 'codes', 'shop.codes.json'),
      '{\n  "provider": "acme-shop",\n  "name": "x",\n  "entries": [,]\n}\n',
    );
    const broken = runCli(['annotate', 'a.log'], { cwd: tree.dir });
    assert.equal(broken.status, 2);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /^codes\/shop\.codes\.json:4:15 error configuration Invalid JSON/m);
  } finally {
    tree.dispose();
  }
});

test('colours: only on a TTY, and NO_COLOR turns them off', () => {
  assert.equal(stylesFor({ isTTY: false }, {}).bold('x'), 'x');
  assert.equal(stylesFor({ isTTY: true }, {}).bold('x'), '\u001b[1mx\u001b[22m');
  assert.equal(stylesFor({ isTTY: true }, { NO_COLOR: '1' }).bold('x'), 'x');
  assert.equal(
    stylesFor({ isTTY: true }, { NO_COLOR: '' }).bold('x'),
    '\u001b[1mx\u001b[22m',
    'an empty NO_COLOR does not count',
  );
});

test('annotate --lang zh-cn: the meanings in Chinese', () => {
  const run = runCli(['annotate', '--lang', 'zh-cn'], { input: LOG });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout.split('\n')[1],
    '2026-03-01 12:00:02 ERROR login failed code=414 desc="CurTime is expired"  ⟵ 414 参数错误 (NetEase CommsEase IM 另 1 条); CurTime is expired = 414 参数错误 (NetEase CommsEase IM)',
  );
});
