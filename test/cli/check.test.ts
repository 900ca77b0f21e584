import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/service';
import { copyFixture, git, runCli } from './runCli';

const DEMO = path.join(REPO_ROOT, 'demo');

/** What the fixture tree must give: its ignores, settings, user catalogue and nested folder all applied. */
const TREE_FINDINGS = [
  "src/chat.ts:5:10 error unknown-string-code Unknown status code 'Error_Timout'. Did you mean 'Error_Timeout'?",
  "src/chat.ts:9:10 error unknown-string-code Unknown status code 'Shop_OutOfStok'. Did you mean 'Shop_OutOfStock'?",
  'src/chat.ts:12:20 warning near-miss-code Unknown status code 66030001. Did you mean 660300001 (The room does not exist.)?',
  'src/chat.ts:13:20 information undocumented-code 660300099 is not in the ZEGOCLOUD ZIM server API catalogue',
];

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}
const asLine = (p: JsonProblem) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}`;

test('check on the demo: the misspelled code, in text and JSON; exit code 1 for a warning', () => {
  const text = runCli(['check'], { cwd: DEMO });
  assert.equal(text.status, 1, text.stderr);
  assert.equal(
    text.stdout,
    "chat.ts:29:10 warning unknown-string-code Unknown status code 'Error_Timout'. Did you mean 'Error_Timeout'?\n",
  );
  assert.match(text.stderr, /^1 problem \(1 warning\) in 1 of \d+ files\.\n$/);
  const json = runCli(['check', '--format', 'json'], { cwd: DEMO });
  assert.equal(json.status, 1);
  const report = JSON.parse(json.stdout) as { problems: (JsonProblem & { suggestions: string[] })[] };
  assert.deepEqual(report.problems.map(asLine), [text.stdout.trim()]);
  assert.deepEqual(report.problems[0]!.suggestions, ['Error_Timeout']);
  assert.equal(json.stderr, '', 'no summary or progress mixed into JSON runs');
});

test('check on a fixture tree: .gitignore, folder settings (JSONC), user catalogue, ignore list, nested folder', () => {
  const tree = copyFixture('tree');
  try {
    const text = runCli(['check'], { cwd: tree.dir });
    assert.equal(text.status, 1, text.stderr);
    assert.deepEqual(text.stdout.trim().split('\n'), TREE_FINDINGS);
    assert.match(text.stderr, /4 problems \(2 errors, 1 warning, 1 information\) in 1 of \d+ files; 1 skipped/);
    const json = JSON.parse(runCli(['check', '-f', 'json'], { cwd: tree.dir }).stdout) as {
      problems: JsonProblem[];
      skipped: { file: string; reason: string }[];
    };
    assert.deepEqual(json.problems.map(asLine), TREE_FINDINGS);
    assert.deepEqual(
      json.skipped.map((s) => [s.file, s.reason]),
      [['src/bundle.min.js', 'minified']],
    );
    // --no-ignore: the gitignored files are checked too.
    const all = runCli(['check', '--no-ignore'], { cwd: tree.dir }).stdout;
    assert.match(all, /^ignored\/bad\.ts:1:/m);
    assert.match(all, /^src\/generated\.gen\.ts:1:/m);
    // A file named on the command line is checked whatever its extension and whatever .gitignore says.
    const named = runCli(['check', 'src/notes.md', 'ignored/bad.ts'], { cwd: tree.dir }).stdout;
    assert.match(named, /^ignored\/bad\.ts:1:\d+ error unknown-string-code/m);
    assert.match(named, /^src\/notes\.md:2:6 error unknown-string-code/m);
    // Globs are matched below their base directory.
    const glob = runCli(['check', 'src/**/*.py', 'sub/*.ts'], { cwd: tree.dir });
    assert.equal(glob.status, 0, glob.stdout);
    assert.match(glob.stderr, /No problems in 2 files\./);
  } finally {
    tree.dispose();
  }
});

test('exit codes: --fail-on, usage errors, missing paths', () => {
  assert.equal(runCli(['check', '--fail-on', 'error'], { cwd: DEMO }).status, 0, 'a warning is below error');
  assert.equal(runCli(['check', '--fail-on', 'hint'], { cwd: DEMO }).status, 1);
  const usage = runCli(['check', '--format', 'xml'], { cwd: DEMO });
  assert.equal(usage.status, 2);
  assert.equal(
    usage.stderr,
    "status-codes: --format takes one of text, json, sarif, not 'xml'.\nRun 'status-codes --help' for usage.\n",
  );
  const missing = runCli(['check', 'no-such-dir'], { cwd: DEMO });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /No such file or directory: no-such-dir/);
});

test('configuration errors stop the run with exit code 2, each at its line', () => {
  const tree = copyFixture('tree');
  try {
    const catalogue = path.join(tree.dir, 'codes', 'shop.codes.json');
    fs.writeFileSync(catalogue, fs.readFileSync(catalogue, 'utf8').replace('"CART_EMPTY",', '"CART_EMPTY"'));
    const broken = runCli(['check'], { cwd: tree.dir });
    assert.equal(broken.status, 2);
    assert.equal(broken.stdout, '', 'no findings from a run with a broken configuration');
    assert.match(broken.stderr, /^codes\/shop\.codes\.json:5:43 error configuration Invalid JSON: comma expected\./m);
    fs.writeFileSync(
      path.join(tree.dir, 'sub', '.vscode', 'settings.json'),
      '{\n  "statusCodes.diagnostics.enable": "no"\n}\n',
    );
    fs.rmSync(catalogue);
    const run = runCli(['check'], { cwd: tree.dir });
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /^sub\/\.vscode\/settings\.json:2:37 error configuration Setting statusCodes\.diagnostics\.enable has an invalid value "no"/m,
    );
    assert.match(
      run.stderr,
      /^\.vscode\/settings\.json:\d+:\d+ error configuration statusCodes\.catalogues: "codes\/shop\.codes\.json" .* does not exist/m,
    );
  } finally {
    tree.dispose();
  }
});

test('--changed: only files changed against a ref, untracked ones included', () => {
  const tree = copyFixture('tree');
  try {
    git(tree.dir, 'init', '-q', '-b', 'main');
    git(tree.dir, 'add', '-A');
    git(tree.dir, 'commit', '-q', '-m', 'fixture');
    const clean = runCli(['check', '--changed'], { cwd: tree.dir });
    assert.equal(clean.status, 0, clean.stdout);
    assert.match(clean.stderr, /No problems in 0 files/);
    git(tree.dir, 'checkout', '-q', '-b', 'topic');
    fs.writeFileSync(path.join(tree.dir, 'src', 'late.js'), "if (e.code === 'Error_Timout') retry();\n");
    const untracked = runCli(['check', '--changed'], { cwd: tree.dir });
    assert.deepEqual(
      untracked.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(':')[0]),
      ['src/late.js'],
    );
    git(tree.dir, 'add', '-A');
    git(tree.dir, 'commit', '-q', '-m', 'late');
    assert.equal(runCli(['check', '--changed'], { cwd: tree.dir }).status, 0, 'committed: nothing uncommitted');
    const againstMain = runCli(['check', '--changed=main'], { cwd: tree.dir });
    assert.deepEqual(
      againstMain.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(':')[0]),
      ['src/late.js'],
    );
    const badRef = runCli(['check', '--changed=nope'], { cwd: tree.dir });
    assert.equal(badRef.status, 2);
    assert.match(badRef.stderr, /--changed: git merge-base nope HEAD failed/);
  } finally {
    tree.dispose();
  }
});

test('--shard K/N splits the files deterministically; worker threads give the single-thread results', () => {
  const tree = copyFixture('tree');
  try {
    // Enough files for the worker pool (it checks small runs on the main thread).
    const many = path.join(tree.dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 150; i++)
      fs.writeFileSync(
        path.join(many, `f${i}.ts`),
        `export const f${i} = (c: string) => c === 'Error_Timout' || c === 'x${i}';\n`,
      );
    const single = runCli(['check', '--jobs', '1', '-f', 'json'], { cwd: tree.dir });
    const parallel = runCli(['check', '--jobs', '2', '-f', 'json'], { cwd: tree.dir });
    assert.equal(parallel.status, 1, parallel.stderr);
    assert.deepEqual(JSON.parse(parallel.stdout), JSON.parse(single.stdout));
    // Files named one by one (a pre-commit hook's list) go to the workers too, with the same results.
    const named = fs.readdirSync(many).map((f) => path.join('many', f));
    const namedSingle = runCli(['check', '--jobs', '1', '-f', 'json', ...named], { cwd: tree.dir });
    const namedParallel = runCli(['check', '--jobs', '2', '-f', 'json', ...named], { cwd: tree.dir });
    assert.equal(namedParallel.status, 1, namedParallel.stderr);
    assert.deepEqual(JSON.parse(namedParallel.stdout), JSON.parse(namedSingle.stdout));
    assert.equal((JSON.parse(namedSingle.stdout) as { problems: unknown[] }).problems.length, 150);
    const all = (JSON.parse(single.stdout) as { problems: JsonProblem[] }).problems.map(asLine);
    assert.equal(all.length, 154);
    const shards = [1, 2, 3].map((k) =>
      (
        JSON.parse(runCli(['check', '--shard', `${k}/3`, '-f', 'json'], { cwd: tree.dir }).stdout) as {
          problems: JsonProblem[];
        }
      ).problems.map(asLine),
    );
    for (const shard of shards) assert.ok(shard.length > 20 && shard.length < 100, `uneven shard: ${shard.length}`);
    assert.deepEqual(shards.flat().sort(), [...all].sort(), 'the shards together are the whole, each file once');
  } finally {
    tree.dispose();
  }
});

test('check --lang zh-cn: the messages in Chinese, the rules and positions unchanged', () => {
  const zh = runCli(['check', '--lang', 'zh-cn'], { cwd: DEMO });
  assert.equal(zh.status, 1, zh.stderr);
  assert.equal(
    zh.stdout,
    "chat.ts:29:10 warning unknown-string-code 未知状态码 'Error_Timout'。你是不是想写 'Error_Timeout'？\n",
  );
  assert.equal(runCli(['check'], { cwd: DEMO, env: { LANG: 'zh_CN.UTF-8' } }).stdout, zh.stdout, 'LANG in Chinese');
  assert.match(
    runCli(['check', '--lang', 'en'], { cwd: DEMO, env: { LANG: 'zh_CN.UTF-8' } }).stdout,
    /Unknown status code/,
  );
  assert.equal(runCli(['check', '--lang', 'xx'], { cwd: DEMO }).status, 2);
});
