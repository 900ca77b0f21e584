// Emacs's eglot (Debian's elpa-eglot 1.9 on Emacs 28, batch mode) against the standalone server: a
// second real LSP client beside Neovim. Needs `emacs` and eglot (scripts/provision-editors.sh).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

test('Emacs eglot connects to dist/server.js --stdio, shows its diagnostic in flymake and gets a hover', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-emacs-'));
  try {
    const file = path.join(dir, 'chat.py');
    fs.writeFileSync(
      file,
      "import nim\n\ndef on_error(err):\n    if err.code == 414:\n        return fix_params()\n    if err.code == 'Error_Timout':\n        return retry()\n",
    );
    const out = path.join(dir, 'result.json');
    const run = spawnSync('emacs', ['--batch', '-q', '-l', path.join(__dirname, 'emacs-eglot.el')], {
      env: { ...process.env, SERVER: path.join(ROOT, 'dist', 'server.js'), FILE: file, OUT: out, HOME: dir },
      timeout: 90000,
      encoding: 'utf8',
    });
    assert.ok(!run.error, `emacs could not run: ${run.error?.message} (scripts/provision-editors.sh installs it)`);
    assert.ok(fs.existsSync(out), `no result from emacs: ${run.stderr.slice(-2000)}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.error ?? null, null);
    assert.equal(result.initialized, true);
    assert.equal(result.server, 'status-codes');
    assert.match(result.hover, /^\*\*414\*\* · NetEase CommsEase IM/);
    assert.match(result.hover, /\*\*Parameter error\*\*/);
    assert.equal(result.flymake, true, 'eglot turned flymake on');
    assert.deepEqual(result.diagnostics, [
      {
        line: 5,
        column: 19,
        type: 'eglot-warning',
        message:
          "status-codes [unknown-string-code]: Unknown status code 'Error_Timout'. Did you mean 'Error_Timeout'?",
      },
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
