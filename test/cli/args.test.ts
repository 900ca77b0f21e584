import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseCommandLine, parseShard, UsageError } from '../../server/src/cli/args';
import { inShard } from '../../server/src/cli/discover/shard';
import { languageForFile } from '../../server/src/cli/discover/fileLanguages';

test('check options: defaults, --changed with and without a ref, --shard, --jobs', () => {
  assert.deepEqual(parseCommandLine(['check']), {
    command: 'check',
    patterns: ['.'],
    format: 'text',
    failOn: 'warning',
    changed: undefined,
    shard: undefined,
    jobs: undefined,
    ignoreFiles: true,
    output: undefined,
    verbose: false,
    lang: undefined,
  });
  assert.equal((parseCommandLine(['check', '--lang', 'ZH-CN']) as { lang?: string }).lang, 'zh-cn');
  assert.throws(() => parseCommandLine(['annotate', '--lang', 'de']), /--lang takes one of auto, en, zh-cn/);
  const o = parseCommandLine(['check', '--changed', 'src', '--shard', '2/4', '-j', '3', '-f', 'sarif', '--no-ignore']);
  assert.ok(o.command === 'check');
  assert.equal(o.changed, 'HEAD', '--changed alone does not take the next path as its ref');
  assert.deepEqual(o.patterns, ['src']);
  assert.deepEqual(o.shard, { index: 2, count: 4 });
  assert.equal(o.jobs, 3);
  assert.equal(o.format, 'sarif');
  assert.equal(o.ignoreFiles, false);
  const ref = parseCommandLine(['check', '--changed=origin/main']);
  assert.ok(ref.command === 'check' && ref.changed === 'origin/main');
});

test('usage errors: unknown commands, options and values', () => {
  for (const argv of [
    ['frobnicate'],
    ['check', '--bogus'],
    ['check', '--format', 'xml'],
    ['check', '--fail-on', 'fatal'],
    ['check', '--jobs', '0'],
    ['check', '--changed='],
    ['explain'],
    ['explain', '1', '2'],
    ['merge-sarif'],
  ])
    assert.throws(() => parseCommandLine(argv), UsageError, argv.join(' '));
  for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1']) assert.throws(() => parseShard(bad), UsageError, bad);
  assert.deepEqual(parseCommandLine(['--help']), { command: 'help', topic: undefined });
  assert.deepEqual(parseCommandLine(['check', '--help']), { command: 'help', topic: 'check' });
});

test('shards: every path in exactly one shard, the same on every run', () => {
  const paths = Array.from({ length: 300 }, (_, i) => `src/dir${i % 7}/file${i}.ts`);
  const counts = [0, 0, 0, 0];
  for (const p of paths) {
    const owners = [1, 2, 3, 4].filter((k) => inShard(p, k, 4));
    assert.equal(owners.length, 1, p);
    counts[owners[0]! - 1]!++;
  }
  for (const c of counts) assert.ok(c > 50, `balanced enough: ${counts.join(', ')}`);
  assert.ok(inShard('anything', 1, 1));
});

test('languages by file extension, as VS Code assigns them', () => {
  assert.equal(languageForFile('a/b/Chat.TS'), 'typescript');
  assert.equal(languageForFile('x.tsx'), 'typescriptreact');
  assert.equal(languageForFile('Room.kt'), 'kotlin');
  assert.equal(languageForFile('main.m'), 'objective-c');
  assert.equal(languageForFile('tsconfig.json'), 'jsonc');
  assert.equal(languageForFile('data.json'), 'json');
  assert.equal(languageForFile('app.log'), 'log');
  assert.equal(languageForFile('README.md'), undefined);
  assert.equal(languageForFile('.bashrc'), undefined);
});
