// A damaged built-in catalogue (an edited or truncated data file of the installation) must not
// let the command line pass quietly without its codes: it says which file and why, and exits 2.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/service';
import { runCli } from './runCli';

function damagedInstallation(damage: (dataDir: string) => void): { data: string; work: string; dispose(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-cli-damaged-'));
  const data = path.join(root, 'data');
  fs.cpSync(path.join(REPO_ROOT, 'data'), data, { recursive: true });
  damage(data);
  const work = path.join(root, 'work');
  fs.mkdirSync(work);
  fs.writeFileSync(path.join(work, 'app.ts'), 'if (err.code === 414) retry();\n');
  return { data, work, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}

const truncate = (dir: string) => {
  const file = path.join(dir, 'commsease-im.json');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 500));
};

for (const command of [['check'], ['explain', '414']]) {
  test(`${command[0]} with a truncated built-in catalogue reports it on stderr and exits 2`, () => {
    const install = damagedInstallation(truncate);
    try {
      const run = runCli(command, { cwd: install.work, env: { STATUS_CODES_DATA_DIR: install.data } });
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stdout, '');
      assert.match(
        run.stderr,
        /Built-in catalogue commsease-im\.json could not be loaded: Invalid JSON: .* reinstall it\./,
      );
    } finally {
      install.dispose();
    }
  });
}

test('an unreadable catalogue schema is reported on stderr with exit code 2, not as an internal error', () => {
  const install = damagedInstallation((dir) => fs.writeFileSync(path.join(dir, 'catalogue.schema.json'), '{'));
  try {
    const run = runCli(['check'], { cwd: install.work, env: { STATUS_CODES_DATA_DIR: install.data } });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /Built-in catalogue catalogue\.schema\.json could not be loaded/);
    assert.doesNotMatch(run.stderr, /internal error/);
  } finally {
    install.dispose();
  }
});
