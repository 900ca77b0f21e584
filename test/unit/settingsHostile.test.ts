// Settings as any client may send them: nested beyond any stack, or failing to read. Every request
// still gets settings (the defaults where needed), messages stay short, and no failure is cached.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/service/settings/settings';
import { SettingsProvider, unwrapSettings } from '../../server/src/lsp/settingsProvider';

/** An array nested `depth` deep, built without recursion. */
function deep(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

test('a deeply nested invalid value falls back to the default with a short message', () => {
  for (const raw of [
    { languages: deep(200_000) },
    { diagnostics: deep(200_000) },
    { diagnostics: { severity: deep(200_000) } },
  ]) {
    const problems: string[] = [];
    const settings = readSettings(raw, problems);
    assert.deepEqual(settings.languages, DEFAULT_SETTINGS.languages);
    assert.deepEqual(settings.diagnostics, DEFAULT_SETTINGS.diagnostics);
    assert.equal(problems.length, 1);
    assert.ok(problems[0]!.length < 200, problems[0]);
  }
  const problems: string[] = [];
  readSettings({ ignore: 'x'.repeat(100_000) }, problems);
  assert.ok(problems[0]!.length < 200, 'a long value is cut');
});

test('settings wrapped as deep as a client likes are unwrapped without recursion', () => {
  let wrapped: unknown = { statusCodes: { maxProblems: 3 } };
  for (let i = 0; i < 200_000; i++) wrapped = { settings: wrapped };
  assert.deepEqual(unwrapSettings(wrapped), { maxProblems: 3 });
});

/** A provider over a client whose `workspace/configuration` answers `answer()`. */
function provider(answer: () => unknown, log: (m: string) => void = () => undefined): SettingsProvider {
  const connection = {
    workspace: { getConfiguration: () => Promise.resolve([answer()]) },
  } as unknown as Connection;
  return new SettingsProvider(connection, true, undefined, log);
}

test('settings that cannot be read at all serve the defaults, and a failure is not cached', async () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('a getter that throws');
      },
      ownKeys() {
        throw new Error('keys that throw');
      },
    },
  );
  const logs: string[] = [];
  const settings = await provider(
    () => hostile,
    (m) => logs.push(m),
  ).forResource('file:///w/a.ts');
  assert.deepEqual(settings, readSettings(undefined));
  assert.match(logs.join('\n'), /could not be read.*using the defaults/);

  let failLog = true;
  const flaky = provider(
    () => ({ languages: 42 }),
    () => {
      if (failLog) {
        failLog = false;
        throw new Error('the log failed');
      }
    },
  );
  await assert.rejects(flaky.forResource('file:///w/b.ts'));
  await new Promise((r) => setImmediate(r));
  const second = await flaky.forResource('file:///w/b.ts');
  assert.deepEqual(second.languages, DEFAULT_SETTINGS.languages, 'asked again, not the cached failure');
});
