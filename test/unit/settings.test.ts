// Every setting the manifest declares is read by the server (or, named, by the client only): same
// keys, same defaults, chosen values come through, wrong types fall back to the default with a problem.
// The reader's schema is generated from the manifest; the checked-in file must be what it gives.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import manifest from '../../package.json';
import {
  CLIENT_SETTING_KEYS,
  DEFAULT_SETTINGS,
  DIAGNOSTIC_KINDS,
  readSettings,
  SERVER_SETTING_KEYS,
} from '../../server/src/service/settings/settings';
import { REPO_ROOT } from '../support/service';

interface ManifestProperty {
  readonly type: string;
  readonly default: unknown;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly properties?: Readonly<Record<string, { readonly enum?: readonly string[] }>>;
}
const PROPERTIES = manifest.contributes.configuration.properties as unknown as Readonly<
  Record<string, ManifestProperty>
>;
const MANIFEST_KEYS = Object.keys(PROPERTIES).map((k) => k.replace(/^statusCodes\./, ''));
/** The settings the server reads: all but those only the client reads. */
const KEYS = MANIFEST_KEYS.filter((k) => !CLIENT_SETTING_KEYS.includes(k));

const at = (value: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown> | undefined)?.[p], value);

/** Raw settings as a client sends them (nested), with one key set. */
function rawWith(key: string, value: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const parts = key.split('.');
  let node = raw;
  for (const p of parts.slice(0, -1)) node = (node[p] = {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
  return raw;
}

/** Leaf paths of the settings object, stopping at manifest keys (whose values may be objects). */
function settingPaths(value: unknown, prefix = ''): string[] {
  if (KEYS.includes(prefix)) return [prefix];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => settingPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** A valid value different from the default, per manifest type. */
function otherValue(p: ManifestProperty): unknown {
  if (p.enum) return p.enum.find((v) => v !== p.default);
  if (p.properties)
    return Object.fromEntries(
      Object.entries(p.properties).map(([k, s]) => [
        k,
        s.enum!.find((v) => v !== (p.default as Record<string, unknown>)[k]),
      ]),
    );
  switch (p.type) {
    case 'boolean':
      return !p.default;
    case 'number':
      return Math.max(p.minimum ?? 0, (p.default as number) + 7);
    case 'array':
      return ['settings-test-value'];
    case 'object':
      return { 'settings-test-provider': false };
    default:
      throw new Error(`no test value for manifest type ${p.type}`);
  }
}

/** A value of the wrong type, per manifest type. */
function wrongValue(p: ManifestProperty): unknown {
  return p.type === 'string'
    ? 42
    : p.type === 'boolean'
      ? 'yes'
      : p.type === 'number'
        ? 'many'
        : p.type === 'array'
          ? 'not-a-list'
          : ['not', 'an', 'object'];
}

test('the checked-in settings schema is what the manifest gives', () => {
  const check = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'generate-settings.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(check.status, 0, check.stderr);
});

test('only user-only and client settings are left to the client', () => {
  assert.deepEqual([...CLIENT_SETTING_KEYS], ['allowAbsoluteCataloguePaths', 'trace.server']);
  for (const key of CLIENT_SETTING_KEYS) assert.equal(at(readSettings({}), key), undefined, key);
});

test('the diagnostic kinds are the manifest severity table', () => {
  assert.deepEqual(DIAGNOSTIC_KINDS, ['unknown-string-code', 'near-miss-code', 'undocumented-code']);
});

test('the server reads exactly the settings the manifest declares', () => {
  assert.deepEqual([...SERVER_SETTING_KEYS].sort(), [...KEYS].sort());
  assert.deepEqual(settingPaths(readSettings({})).sort(), [...KEYS].sort());
  assert.deepEqual(settingPaths(DEFAULT_SETTINGS).sort(), [...KEYS].sort());
});

for (const key of KEYS) {
  const property = PROPERTIES[`statusCodes.${key}`]!;

  test(`statusCodes.${key}: default equals the manifest's`, () => {
    assert.deepEqual(at(readSettings({}), key), property.default);
    assert.deepEqual(at(readSettings(undefined), key), property.default);
  });

  test(`statusCodes.${key}: a chosen value is read`, () => {
    const value = otherValue(property);
    assert.notDeepEqual(value, property.default);
    const problems: string[] = [];
    assert.deepEqual(at(readSettings(rawWith(key, value), problems), key), value);
    assert.deepEqual(problems, []);
  });

  test(`statusCodes.${key}: a wrong type falls back to the default with a problem`, () => {
    // Object settings with fixed properties are checked property by property.
    const wrong = property.properties
      ? Object.fromEntries(Object.keys(property.properties).map((k) => [k, 'loud']))
      : wrongValue(property);
    const problems: string[] = [];
    assert.deepEqual(at(readSettings(rawWith(key, wrong), problems), key), property.default);
    assert.ok(
      problems.length > 0 && problems.every((m) => m.includes(`statusCodes.${key}`)),
      `problems: ${problems.join(' | ')}`,
    );
  });
}
