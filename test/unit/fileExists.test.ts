// Commands that write files (New catalogue file) ask before replacing one: only "not found"
// may count as absent, or a file that could not be looked at would be written over unasked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileExists } from '../../client/src/commands/fileExists';

const failing = (code: string) => () => Promise.reject(Object.assign(new Error(`stat failed: ${code}`), { code }));

test('a file is absent only when stat says not found', async () => {
  assert.equal(await fileExists(() => Promise.resolve({}), 'x'), true);
  assert.equal(await fileExists(failing('FileNotFound'), 'x'), false, "VS Code's FileSystemError.FileNotFound");
  assert.equal(await fileExists(failing('ENOENT'), 'x'), false);
});

for (const code of ['NoPermissions', 'Unavailable', 'EACCES', 'ENOTDIR', 'Unknown'])
  test(`a stat failure "${code}" is not "absent": it is passed on`, async () => {
    await assert.rejects(fileExists(failing(code), 'x'), new RegExp(code));
  });
