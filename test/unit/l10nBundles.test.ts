// The UI speaks English and Simplified Chinese from one set of files: package.nls*.json for the
// manifest, l10n/bundle.l10n*.json for the client's vscode.l10n.t and the server's t(locale, ...).
// A key in one language and not the other, a %key% the manifest uses without a translation, or a
// message the code passes that no bundle has, fails here.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { l10nCalls, sourceFiles } from '../support/l10nCalls';
import { REPO_ROOT } from '../support/service';

const readJson = (file: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Record<string, string>;

const missing = (from: Record<string, string>, to: Record<string, string>): string[] =>
  Object.keys(from).filter((k) => !Object.hasOwn(to, k));

test('package.nls.json and package.nls.zh-cn.json have the same keys, none empty', () => {
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');
  assert.deepEqual(missing(en, zh), [], 'keys without a Chinese translation');
  assert.deepEqual(missing(zh, en), [], 'Chinese keys that English does not have');
  for (const [k, v] of [...Object.entries(en), ...Object.entries(zh)]) assert.ok(v.trim(), `${k} is empty`);
});

test('every %key% of package.json is in package.nls.json, and every nls key is used', () => {
  const manifest = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
  const used = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!));
  const en = readJson('package.nls.json');
  assert.deepEqual(
    [...used].filter((k) => !Object.hasOwn(en, k)),
    [],
    'keys the manifest uses without text',
  );
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.has(k)),
    [],
    'texts no manifest field uses',
  );
});

test('contributed titles and setting descriptions are all localised (no bare English left in the manifest)', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: {
      commands: { title: string; category: string }[];
      walkthroughs?: {
        title: string;
        description: string;
        steps: { title: string; description: string; media?: { altText?: string } }[];
      }[];
      configuration: { title: string; properties: Record<string, Record<string, unknown>> };
    };
  };
  const isKey = (v: unknown) => typeof v === 'string' && /^%[^%]+%$/.test(v);
  for (const c of manifest.contributes.commands) assert.ok(isKey(c.title) && isKey(c.category), JSON.stringify(c));
  for (const w of manifest.contributes.walkthroughs ?? []) {
    assert.ok(isKey(w.title) && isKey(w.description), w.title);
    for (const step of w.steps)
      assert.ok(
        isKey(step.title) && isKey(step.description) && (!step.media?.altText || isKey(step.media.altText)),
        step.title,
      );
  }
  assert.ok(isKey(manifest.contributes.configuration.title));
  for (const [key, p] of Object.entries(manifest.contributes.configuration.properties)) {
    assert.ok(isKey(p.markdownDescription ?? p.description), `${key} description`);
    for (const d of (p.enumDescriptions as unknown[] | undefined) ?? []) assert.ok(isKey(d), `${key} enumDescription`);
  }
});

test('l10n/bundle.l10n.json and l10n/bundle.l10n.zh-cn.json have the same keys', () => {
  const en = readJson('l10n/bundle.l10n.json');
  const zh = readJson('l10n/bundle.l10n.zh-cn.json');
  assert.deepEqual(missing(en, zh), [], 'messages without a Chinese translation');
  assert.deepEqual(missing(zh, en), [], 'Chinese messages that English does not have');
  for (const [k, v] of Object.entries(en)) assert.equal(v, k, 'the English bundle maps each message to itself');
  for (const [k, v] of Object.entries(zh)) {
    assert.ok(v.trim(), `${k} is empty`);
    // The placeholders must survive translation, each one.
    const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    assert.deepEqual(holes(v), holes(k), `placeholders of ${JSON.stringify(k)}`);
  }
});

test('every message passed to vscode.l10n.t or t(locale, ...) is a literal in both bundles, and every bundle key is used', () => {
  const en = readJson('l10n/bundle.l10n.json');
  const zh = readJson('l10n/bundle.l10n.zh-cn.json');
  const calls = [
    ...sourceFiles(path.join(REPO_ROOT, 'client/src')),
    ...sourceFiles(path.join(REPO_ROOT, 'server/src')),
  ].flatMap(l10nCalls);
  assert.ok(calls.length > 50, `found only ${calls.length} translation calls`);
  const where = (c: { file: string; line: number }) => `${path.relative(REPO_ROOT, c.file)}:${c.line}`;
  assert.deepEqual(calls.filter((c) => c.message === undefined).map(where), [], 'calls without a literal message');
  assert.deepEqual(
    calls
      .filter((c) => !Object.hasOwn(en, c.message!) || !Object.hasOwn(zh, c.message!))
      .map((c) => `${where(c)} ${c.message}`),
    [],
    'messages missing from a bundle',
  );
  const used = new Set(calls.map((c) => c.message));
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.has(k)),
    [],
    'bundle messages no code uses',
  );
});
