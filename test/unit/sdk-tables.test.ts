// Checks the built-in catalogues (data/*.json) against the SDK fact tables in test/fixtures/sdk/
// (written by `npm run sync:sdk` from the SDKs' own packages, or transcribed from public headers):
// every code an SDK enum declares is catalogued, every constant the catalogue names is shipped by the
// SDK it cites with the entry's value, and a constant no table shows says how it was inferred.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const DATA = path.join(ROOT, 'data');
const TABLES = path.join(ROOT, 'test', 'fixtures', 'sdk');

interface Member {
  name: string;
  value: number | string | null;
  comment?: string;
  message?: string;
}
interface Table {
  table: string;
  sdk: string;
  container: string;
  inferred?: boolean;
  /** A table derived from another (Swift's import of an Objective-C header): the name of its source table. */
  derivedFrom?: string;
  members: Member[];
}
interface Constant {
  name: string;
  container?: string;
  languages?: string[];
  sdks?: string[];
  inferred?: string;
}
interface Entry {
  code: number | string;
  constants?: Constant[];
  translations?: Record<string, { message: string; origin?: string; source?: string }>;
}
interface Catalogue {
  provider: string;
  entries: Entry[];
}

/** Which provider's codes a table's enum holds, and whether every member must be catalogued. */
const COVERAGE: Record<string, { provider: string; complete: boolean } | null> = {
  // Code-to-message maps, not enums: checked by the Chinese-message test below.
  'nim-web-sdk.messages': null,
  'node-nim.V2NIMErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'nim-web-sdk-ng.V2NIMErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'nim-web-sdk-ng.V2NIMChatroomErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'public-ios.V2NIMErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'public-ios-early.V2NIMErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'public-ios-swift.V2NIMErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'public-ios-early-swift.V2NIMErrorCode': { provider: 'commsease-nim-v2', complete: true },
  'public-android-kit.AIErrorCode': { provider: 'commsease-nim-v2', complete: true },
  // errorTipsCode = 107336 ("AI message format not supported") is in no SDK enum: not catalogued.
  'public-dart-kit.AIErrorCode': { provider: 'commsease-nim-v2', complete: false },
  'node-nim.NIMResCode': { provider: 'commsease-im', complete: true },
  'public-android.ResponseCode': { provider: 'commsease-im', complete: false },
  'public-ios.NIMRemoteErrorCode': { provider: 'commsease-im', complete: true },
  'zego-zim-web.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'zego-zim-react-native.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'zego-zim-web@2.4.0.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'zego-zim-react-native@2.4.0.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'public-ios.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'public-dart.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'public-dart-early.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'public-android.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  'public-c.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: true },
  // The Unity reference writes 600005 for CommonModuleTriggerServerFrequencyLimit (a typo for 6000005).
  'public-unity.ZIMErrorCode': { provider: 'zegocloud-zim-sdk', complete: false },
};

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
function loadTables(): Table[] {
  return fs
    .readdirSync(TABLES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson<Table>(path.join(TABLES, f)));
}
function loadCatalogues(): Catalogue[] {
  return fs
    .readdirSync(DATA)
    .filter((f) => f.endsWith('.json') && f !== 'catalogue.schema.json')
    .map((f) => readJson<Catalogue>(path.join(DATA, f)));
}

/** Every disagreement between the catalogues and the SDK tables, as one line each. */
function sdkProblems(catalogues: readonly Catalogue[], tables: readonly Table[]): string[] {
  const problems: string[] = [];
  const bySdk = new Map<string, Table[]>();
  for (const t of tables) bySdk.set(t.sdk, [...(bySdk.get(t.sdk) ?? []), t]);
  for (const c of catalogues) {
    for (const e of c.entries) {
      for (const k of e.constants ?? []) {
        const where = `${c.provider} ${String(e.code)} ${k.container ? `${k.container}.` : ''}${k.name}`;
        if (!k.sdks?.length && !k.inferred)
          problems.push(`${where}: no SDK ships it and it says not how it was inferred`);
        for (const sdk of k.sdks ?? []) {
          const candidates = (bySdk.get(sdk) ?? []).filter((t) => !k.container || t.container === k.container);
          if (candidates.length === 0) {
            problems.push(`${where}: no SDK table ${JSON.stringify(sdk)} with container ${k.container ?? '(any)'}`);
            continue;
          }
          const shipped = candidates.flatMap((t) => t.members.filter((m) => m.name === k.name));
          if (shipped.length === 0) problems.push(`${where}: ${sdk} does not ship ${k.name}`);
          else if (!shipped.some((m) => m.value === e.code))
            problems.push(`${where}: ${sdk} gives ${k.name} the value ${shipped.map((m) => m.value).join(', ')}`);
          if (candidates.some((t) => t.inferred) && !k.inferred)
            problems.push(`${where}: ${sdk} infers its values; the constant must say so in \`inferred\``);
        }
      }
    }
  }
  for (const t of tables) {
    const coverage = COVERAGE[t.table];
    if (coverage === null) continue;
    if (!coverage) {
      problems.push(`table ${t.table}: no provider assigned in COVERAGE`);
      continue;
    }
    const cat = catalogues.find((c) => c.provider === coverage.provider);
    if (!cat) continue;
    const byCode = new Map(cat.entries.map((e) => [e.code, e]));
    for (const m of t.members) {
      if (m.value === null) continue;
      const e = byCode.get(m.value);
      if (!e) {
        if (coverage.complete) problems.push(`${t.sdk} ${m.name} = ${m.value}: code missing from ${cat.provider}`);
        continue;
      }
      if (!(e.constants ?? []).some((k) => k.name === m.name && k.sdks?.includes(t.sdk)))
        problems.push(`${t.sdk} ${m.name} = ${m.value}: ${cat.provider} ${m.value} lacks this constant`);
    }
  }
  return problems;
}

const tables = loadTables();
const catalogues = loadCatalogues();
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const entryOf = (cats: Catalogue[], provider: string, code: number): Entry =>
  cats.find((c) => c.provider === provider)!.entries.find((e) => e.code === code)!;

test('the catalogues agree with every SDK table', () => {
  assert.deepEqual(sdkProblems(catalogues, tables), []);
});

test('the check catches a wrong value, a removed code, a constant no SDK ships and a removed SDK member', () => {
  // A wrong value: the catalogue says 108404 is spelled V2NIM_ERROR_CODE_TIMEOUT.
  const wrongValue = clone(catalogues);
  entryOf(wrongValue, 'commsease-nim-v2', 108404).constants!.push({
    name: 'V2NIM_ERROR_CODE_TIMEOUT',
    container: 'V2NIMErrorCode',
    sdks: ['node-nim@10.9.80'],
  });
  assert.ok(
    sdkProblems(wrongValue, tables).includes(
      'commsease-nim-v2 108404 V2NIMErrorCode.V2NIM_ERROR_CODE_TIMEOUT: node-nim@10.9.80 gives V2NIM_ERROR_CODE_TIMEOUT the value 191005',
    ),
  );
  // A code the SDK declares, removed from the catalogue.
  const removed = clone(catalogues);
  const v2 = removed.find((c) => c.provider === 'commsease-nim-v2')!;
  v2.entries = v2.entries.filter((e) => e.code !== 102302);
  assert.ok(
    sdkProblems(removed, tables).includes(
      'node-nim@10.9.80 V2NIM_ERROR_CODE_INVALID_TOKEN = 102302: code missing from commsease-nim-v2',
    ),
  );
  // A spelling no SDK ships, claimed for one.
  const invented = clone(catalogues);
  entryOf(invented, 'zegocloud-zim-sdk', 6000001).constants!.push({
    name: 'CommonModuleParamInvalidd',
    container: 'ZIMErrorCode',
    sdks: ['zego-zim-web@2.29.0'],
  });
  assert.ok(
    sdkProblems(invented, tables).includes(
      'zegocloud-zim-sdk 6000001 ZIMErrorCode.CommonModuleParamInvalidd: zego-zim-web@2.29.0 does not ship CommonModuleParamInvalidd',
    ),
  );
  const unsourced = clone(catalogues);
  entryOf(unsourced, 'commsease-im', 414).constants!.push({ name: 'kNIMResParamError' });
  assert.ok(
    sdkProblems(unsourced, tables).includes(
      'commsease-im 414 kNIMResParamError: no SDK ships it and it says not how it was inferred',
    ),
  );
  // A member removed from an SDK release (the table after a sync) while the catalogue still cites it.
  const shrunk = clone(tables);
  const zim = shrunk.find((t) => t.table === 'zego-zim-web.ZIMErrorCode')!;
  zim.members = zim.members.filter((m) => m.name !== 'NetworkModuleTokenExpired');
  assert.ok(
    sdkProblems(catalogues, shrunk).includes(
      'zegocloud-zim-sdk 6000106 ZIMErrorCode.NetworkModuleTokenExpired: zego-zim-web@2.29.0 does not ship NetworkModuleTokenExpired',
    ),
  );
  // A renumbered member in a new release.
  const renumbered = clone(tables);
  renumbered.find((t) => t.table === 'node-nim.NIMResCode')!.members.find((m) => m.name === 'kNIMResSuccess')!.value =
    201;
  assert.ok(
    sdkProblems(catalogues, renumbered).some((p) =>
      p.startsWith('commsease-im 200 NIMResCode.kNIMResSuccess: node-nim@10.9.80 gives'),
    ),
  );
});

test('the V2 catalogue has all 227 node-nim codes and every spelling of 416', () => {
  const node = tables.find((t) => t.table === 'node-nim.V2NIMErrorCode')!;
  assert.equal(node.members.length, 227);
  const v2 = catalogues.find((c) => c.provider === 'commsease-nim-v2')!;
  const codes = new Set(v2.entries.map((e) => e.code));
  for (const m of node.members) assert.ok(codes.has(m.value!), `${m.name}`);
  const names = (entryOf(catalogues, 'commsease-nim-v2', 416).constants ?? []).map((k) => k.name);
  for (const n of [
    'V2NIM_ERROR_CODE_RATE_LIMIT',
    'V2NIM_ERROR_CODE_RATE_LIMIT_REACHED',
    'V2NIM_ERROR_CODE_FREQUNENCY_LIMIT',
  ])
    assert.ok(names.includes(n), n);
});

test('the Swift tables are their Objective-C headers as Swift imports them (V2NIM_ prefix dropped)', () => {
  const derived = tables.filter((t) => t.derivedFrom);
  assert.deepEqual(derived.map((t) => t.table).sort(), [
    'public-ios-early-swift.V2NIMErrorCode',
    'public-ios-swift.V2NIMErrorCode',
  ]);
  for (const t of derived) {
    const source = tables.find((x) => x.table === t.derivedFrom)!;
    assert.deepEqual(
      t.members,
      source.members.map((m) => ({ ...m, name: m.name.replace(/^V2NIM_/, '') })),
      t.table,
    );
  }
});

test('the inferred Android AIErrorCode values are the values of the Dart AIErrorCode of the same UIKit', () => {
  const android = tables.find((t) => t.table === 'public-android-kit.AIErrorCode')!;
  const dart = new Map(tables.find((t) => t.table === 'public-dart-kit.AIErrorCode')!.members.map((m) => [m.name, m]));
  for (const m of android.members) {
    // V2NIM_ERROR_CODE_RATE_LIMIT is errorCodeRateLimit in Dart.
    const camel = m.name
      .replace(/^V2NIM_/, '')
      .toLowerCase()
      .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    assert.equal(dart.get(camel)?.value, m.value, `${m.name} / ${camel}`);
  }
});

test('every built-in entry has a Chinese message that says where it comes from', () => {
  for (const c of catalogues) {
    for (const e of c.entries) {
      const zh = e.translations?.['zh-cn'];
      assert.ok(zh?.message, `${c.provider} ${String(e.code)}: no zh-cn message`);
      assert.ok(zh.origin, `${c.provider} ${String(e.code)}: zh-cn origin`);
      if (zh.origin !== 'ours') assert.ok(zh.source, `${c.provider} ${String(e.code)}: zh-cn source`);
    }
  }
});

test('Chinese messages marked as the SDK text are the SDK text', () => {
  const v9 = tables.find((t) => t.table === 'nim-web-sdk.messages')!;
  const im = catalogues.find((c) => c.provider === 'commsease-im')!;
  for (const m of v9.members) {
    const e = im.entries.find((x) => x.code === m.value);
    if (!e) continue;
    assert.equal(e.translations?.['zh-cn']?.message, m.comment, `${m.name}`);
  }
  const node = tables.find((t) => t.table === 'node-nim.V2NIMErrorCode')!;
  for (const m of node.members) {
    const zh = entryOf(catalogues, 'commsease-nim-v2', m.value as number).translations?.['zh-cn'];
    // node-nim's comments are bilingual, `中文 / English`: the Chinese half is the message.
    if (/[\u4e00-\u9fff]/.test(m.comment ?? '')) {
      assert.equal(zh?.origin, 'sdk', m.name);
      assert.equal(zh?.message, m.comment!.split(' / ')[0]!.trim(), m.name);
    }
  }
});
