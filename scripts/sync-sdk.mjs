#!/usr/bin/env node
// npm run sync:sdk [-- --check]
//
// Packs the pinned SDK versions (scripts/sync-sdk-sources.mjs) from the npm registry into a temporary
// folder (`npm pack --ignore-scripts`: nothing is installed, no install script runs), extracts their
// error-code enums with the TypeScript compiler API, writes one fact table per enum into
// test/fixtures/sdk/ and reports what changed against the committed tables.
// With --check nothing is written and the exit code is 1 when a table would change.
// The unit tests read only the committed tables: CI never needs the network.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES } from './sync-sdk-sources.mjs';
import { bundleCodeObject, bundleMessageMap, constTypeMembers, enumMembers } from './sync-sdk-extract.mjs';
import { diffTables, formatTable } from './sync-sdk-table.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'sdk');
const check = process.argv.includes('--check');

/** Packs and unpacks each package@version once; returns its folder and the registry's integrity. */
function unpacker(tmp) {
  const done = new Map();
  return (pkg, version) => {
    const spec = `${pkg}@${version}`;
    if (done.has(spec)) return done.get(spec);
    const [info] = JSON.parse(
      execFileSync('npm', ['pack', spec, '--ignore-scripts', '--json', '--pack-destination', tmp], {
        encoding: 'utf8',
      }),
    );
    const dir = path.join(tmp, `${info.name.replace(/[@/]/g, '_')}-${info.version}`);
    fs.mkdirSync(dir);
    execFileSync('tar', ['xzf', path.join(tmp, info.filename), '-C', dir, '--no-same-owner']);
    const result = { dir: path.join(dir, 'package'), integrity: info.integrity };
    done.set(spec, result);
    return result;
  };
}

function extract(source, unpack) {
  const { dir, integrity } = unpack(source.package, source.version);
  const read = (file) => fs.readFileSync(path.join(dir, file), 'utf8');
  const table = {
    table: source.table,
    sdk: `${source.package}@${source.version}`,
    package: source.package,
    version: source.version,
    integrity,
    file: source.file,
    container: source.container,
    kind: source.kind,
  };
  let members;
  if (source.kind === 'enum') members = enumMembers(source.file, read(source.file), source.container);
  else if (source.kind === 'bundle-map') members = bundleMessageMap(source.file, read(source.file), source.mustHave);
  else if (source.kind === 'const-type') {
    members = constTypeMembers(source.file, read(source.file), source.container);
    const values = bundleCodeObject(source.values.file, read(source.values.file), source.values.marker);
    const byName = new Map(values.map((v) => [v.name, v]));
    members = members.map((m) => {
      const v = byName.get(m.name);
      return v ? { ...m, value: v.value, message: v.comment } : m;
    });
    table.valuesFrom = source.values.file;
    const declared = new Set(members.map((m) => m.name));
    const bundleOnly = values.filter((v) => !declared.has(v.name));
    if (bundleOnly.length) table.bundleOnly = bundleOnly;
  } else throw new Error(`unknown kind ${source.kind}`);
  for (const other of source.sameAs ?? []) {
    const names = constTypeMembers(other, read(other), source.container).map((m) => m.name);
    const mine = members.map((m) => m.name);
    if (names.join() !== mine.join())
      throw new Error(`${other} declares other members than ${source.file}: list it as its own table`);
  }
  if (source.sameAs) table.sameIn = source.sameAs;
  table.members = members;
  return table;
}

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sync-sdk-'));
  let changed = 0;
  try {
    const unpack = unpacker(tmp);
    fs.mkdirSync(OUT, { recursive: true });
    for (const source of SOURCES) {
      const table = extract(source, unpack);
      const file = path.join(OUT, `${source.table}.json`);
      const old = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
      const report = diffTables(old, table);
      const text = formatTable(table);
      const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
      console.log(
        `${source.table}: ${source.package}@${source.version} ${source.file}: ${table.members.length} members${same ? ', unchanged' : ''}`,
      );
      for (const line of report) console.log(`  ${line}`);
      if (!same) {
        changed++;
        if (!check) fs.writeFileSync(file, text);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    changed === 0
      ? 'All tables match the pinned SDKs.'
      : `${changed} table(s) ${check ? 'would change' : 'written'}; bring data/*.json in line and run the unit tests.`,
  );
  if (check && changed) process.exitCode = 1;
}

main();
