// `status-codes check` honours suppression comments: it validates through the same service facade as the editor.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

test('check: status-codes-ignore-next-line and status-codes-ignore-file silence what they name, nothing else', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-cli-suppress-')));
  try {
    const write = (name: string, lines: readonly string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n'));
    write('next.ts', [
      '// status-codes-ignore-next-line 66030001 -- the old server sends it',
      'if (code == 66030001) {}',
      'if (code == 66030001) {}',
    ]);
    write('file.py', [
      '# status-codes-ignore-file Error_Timout',
      "if err.code == 'Error_Timout':",
      '    pass',
      'if code == 66030001:',
      '    pass',
    ]);
    write('all.go', [
      '// status-codes-ignore-file',
      'package main',
      '',
      'func f() {',
      '\tif resp.Code == 66030001 {',
      '\t}',
      '}',
    ]);
    write('string.ts', ['const s = "// status-codes-ignore-next-line";', 'if (code == 66030001) {}']);
    const text = runCli(['check'], { cwd: dir });
    assert.match(text.stderr, /^3 problems .* in 3 of 4 files/, 'all four files were checked');
    const run = runCli(['check', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const { problems } = JSON.parse(run.stdout) as { problems: { file: string; line: number; rule: string }[] };
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.rule}`).sort(), [
      'file.py:4 near-miss-code',
      'next.ts:3 near-miss-code',
      'string.ts:2 near-miss-code',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
