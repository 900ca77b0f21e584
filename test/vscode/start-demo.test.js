// `npm start` serves a fresh copy of demo/ from a temporary folder: what the user edits there
// (autosave, quick fixes, New catalogue) never reaches the repository, and the copy is removed on
// Ctrl+C. Runs scripts/start-demo.sh with the packaged .vsix (after `npm run package`).
'use strict';
const assert = require('node:assert');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');
const { freePort } = require('./lib/code-server');

const repo = path.resolve(__dirname, '../..');
const vsix = process.env.VSIX || path.join(repo, 'status-codes.vsix');

const snapshot = (dir) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true })
      .sort()
      .map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : '']),
  );

test('npm start serves a fresh copy of demo/ and removes it on Ctrl+C', { timeout: 180_000 }, async () => {
  const before = snapshot(path.join(repo, 'demo'));
  const port = await freePort();
  const child = spawn('bash', ['scripts/start-demo.sh'], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), VSIX: vsix },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the whole demo can be stopped as Ctrl+C would
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const folder = await new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /Status Codes demo: \S+\?folder=(\S+)/.exec(out);
        if (m) {
          clearInterval(timer);
          resolve(m[1]);
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`start-demo.sh exited early:\n${out}`));
        }
      }, 200);
    });
    assert.ok(!path.resolve(folder).startsWith(repo + path.sep), `served from outside the repository: ${folder}`);
    assert.deepStrictEqual(snapshot(folder), before, 'the served folder is a copy of demo/');
    // What a user's autosave would do to the demo file:
    fs.writeFileSync(path.join(folder, 'chat.ts'), 'edited');
    assert.deepStrictEqual(snapshot(path.join(repo, 'demo')), before, 'demo/ is untouched');
    process.kill(-child.pid, 'SIGINT');
    await exited;
    assert.ok(!fs.existsSync(folder), 'the copy is removed when the demo stops');
  } finally {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
});
