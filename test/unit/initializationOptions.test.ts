// What the server takes from `initializationOptions`: anything a client may send, read strictly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readInitializationOptions } from '../../server/src/lsp/initializationOptions';

test('a trust flag that is sent counts only as the boolean true', () => {
  for (const trusted of ['false', 'true', 0, 1, null, {}, [], 'yes', false])
    assert.equal(readInitializationOptions({ trusted }).trusted, false, JSON.stringify(trusted));
  assert.equal(readInitializationOptions({ trusted: true }).trusted, true);
});

test('an editor without a notion of trust (no flag, no options) is trusted, as documented', () => {
  for (const raw of [undefined, null, {}, { settings: {} }, 'options', 42])
    assert.equal(readInitializationOptions(raw).trusted, true, JSON.stringify(raw));
});

test('outside paths are allowed only by the boolean true', () => {
  for (const allow of ['true', 1, {}, null])
    assert.equal(
      readInitializationOptions({ userSettings: { allowAbsoluteCataloguePaths: allow } }).allowAbsoluteCataloguePaths,
      false,
    );
});
