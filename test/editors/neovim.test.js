// Neovim's built-in LSP client against the standalone server: proof that `node dist/server.js --stdio`
// serves editors other than VS Code. Needs `nvim` (scripts/provision-editors.sh installs it).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

test('Neovim gets hovers and diagnostics from dist/server.js --stdio', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-nvim-'));
  try {
    const file = path.join(dir, 'chat.ts');
    fs.writeFileSync(
      file,
      [
        "import { NIM } from 'nim-web-sdk';",
        'export function onError(err: { code: number | string }) {',
        '  if (err.code === 414) return fixParams();',
        "  if (err.code === 'Error_Timout') return retry();",
        '}',
        '',
      ].join('\n'),
    );
    const out = path.join(dir, 'result.json');
    const run = spawnSync(
      'nvim',
      ['--headless', '--clean', '-n', '-c', `luafile ${path.join(__dirname, 'neovim-client.lua')}`],
      {
        env: {
          ...process.env,
          SERVER: path.join(ROOT, 'dist', 'server.js'),
          FILE: file,
          OUT: out,
          XDG_STATE_HOME: dir,
          XDG_DATA_HOME: dir,
        },
        timeout: 60000,
        encoding: 'utf8',
      },
    );
    assert.ok(!run.error, `nvim could not run: ${run.error?.message} (install it with scripts/provision-editors.sh)`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.error ?? null, null);
    assert.equal(result.initialized, true);
    assert.match(result.hover, /\*\*Parameter error\*\*/);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.line, d.source, d.code]),
      [[3, 'status-codes', 'unknown-string-code']],
    );
    assert.match(result.diagnostics[0].message, /Did you mean 'Error_Timeout'\?/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
