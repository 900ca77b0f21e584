import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CommandRegistry } from '../../server/src/lsp/commandRegistry';

test('commands run by identifier with their arguments; unknown ones are reported', async () => {
  const registry = new CommandRegistry();
  const calls: unknown[][] = [];
  registry.register('a.one', (args) => void calls.push([...args]));
  assert.deepEqual(registry.ids, ['a.one']);
  assert.equal(await registry.execute('a.one', [1, 'x']), true);
  assert.equal(await registry.execute('a.two', []), false);
  assert.deepEqual(calls, [[1, 'x']]);
  assert.throws(() => registry.register('a.one', () => undefined), /registered twice/);
});
