// Checks the built-in code catalogues (data/*.json) against the schema, the official
// seed pages and the reference fact tables kept in test/fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const ROOT = path.resolve(__dirname, '../../..');
const DATA = path.join(ROOT, 'data');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

interface Constant {
  name: string;
  container?: string;
  languages?: string[];
}
interface Disagreement {
  meaning: string;
  source?: string;
}
interface Entry {
  code: number | string;
  name: string;
  message: string;
  summary?: string;
  causes?: string[];
  remedies?: string[];
  serverMessages?: { text: string; explanation?: string }[];
  area?: string;
  doc?: string;
  provenance?: 'official-doc' | 'sdk-only' | 'doc-and-sdk';
  sources?: string[];
  constants?: Constant[];
  disagreements?: Disagreement[];
  note?: string;
}
interface Catalogue {
  provider: string;
  name: string;
  description?: string;
  docs?: string;
  fileHints?: string[];
  shapes?: { pattern: string; description: string }[];
  entries: Entry[];
}

const COMMSEASE_URL = 'https://doc.commsease.com/en/docs/TM5MzM5Njk/DUxODAxMTc?platformId=60179';
const ZEGO_SERVER_URL = 'https://www.zegocloud.com/docs/zim-server/return-codes';
const ZIM_SDK_URL = 'https://www.zegocloud.com/docs/zim-android/client-sdk/error-codes';

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
function catalogue(id: string): Catalogue {
  return readJson<Catalogue>(path.join(DATA, `${id}.json`));
}
function byCode(c: Catalogue): Map<number | string, Entry> {
  return new Map(c.entries.map((e) => [e.code, e]));
}
function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}
function readTsv(name: string): Record<string, string>[] {
  const lines = fixture(`reference/${name}`)
    .split('\n')
    .filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      row[h] = cells[i] ?? '';
    });
    return row;
  });
}
function sourceParts(cell: string): string[] {
  return cell.split(' | ').flatMap((s) => s.split('; '));
}
const isUrl = (s: string): boolean => /^https?:\/\//.test(s);

// ---------- seed parsing ----------

interface CommsEaseSeed {
  stringCodes: { code: string; description: string }[];
  headings: { code: number; text: string }[];
  descs: { code: number; text: string }[];
  msgs: { code: number; text: string }[];
  mentions7101: boolean;
}
function parseCommsEaseSeed(): CommsEaseSeed {
  const lines = fixture('seeds/commsease-im-web-status-codes.txt').split('\n');
  const start = lines.indexOf('code Description');
  const details = lines.indexOf('Details for status codes');
  const end = lines.indexOf('Was this topic helpful?');
  assert.ok(start > 0 && details > start && end > details, 'seed sections not found');
  const stringCodes = lines
    .slice(start + 1, details)
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const m = /^(\S+) (.+)$/.exec(l.trim());
      assert.ok(m, `bad Web status code line: ${l}`);
      return { code: m[1], description: m[2] };
    });
  const headings = lines
    .slice(details + 1, end)
    .map((l) => /^(\S.*?) (\d{3})$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ code: Number(m[2]), text: m[1] }));
  const body = lines.slice(details + 1, end).join('\n');
  const descs = [...body.matchAll(/\{\s*"desc"\s*:\s*"([^"]+)"\s*,\s*"code"\s*:\s*(\d+)\s*\}/g)].map((m) => ({
    code: Number(m[2]),
    text: m[1],
  }));
  const msgs = [...body.matchAll(/\{\s*"code"\s*:\s*(\d+)\s*,\s*"msg"\s*:\s*"([^"]+)"\s*\}/g)].map((m) => ({
    code: Number(m[1]),
    text: m[2],
  }));
  return { stringCodes, headings, descs, msgs, mentions7101: /\b7101\b/.test(body) };
}

interface ZegoSeedRow {
  code: number;
  firstSentence: string;
  group: 'public' | 'business';
}
function parseZegoSeed(): ZegoSeedRow[] {
  let group: 'public' | 'business' | undefined;
  const rows: ZegoSeedRow[] = [];
  for (const raw of fixture('seeds/zegocloud-in-app-chat-return-codes.txt').split('\n')) {
    const line = raw.trim();
    if (line === 'Public return codes') group = 'public';
    if (line === 'Business-specific return codes') group = 'business';
    const m = /^(\d+)([A-Z].*)$/.exec(line);
    if (!m) continue;
    assert.ok(group, `code ${m[1]} before any section heading`);
    // First sentence: up to the first period followed by any whitespace (the page uses U+00A0 in places).
    const stop = /\.\s/.exec(m[2]);
    rows.push({ code: Number(m[1]), firstSentence: stop ? m[2].slice(0, stop.index + 1) : m[2].trim(), group });
  }
  return rows;
}

// ---------- schema and shape ----------

test('every catalogue validates against data/catalogue.schema.json', () => {
  const schema = readJson<object>(path.join(DATA, 'catalogue.schema.json'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  const validate = ajv.compile(schema);
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.json') && f !== 'catalogue.schema.json');
  for (const id of ['commsease-im', 'zegocloud-zim', 'zegocloud-zim-sdk']) {
    assert.ok(files.includes(`${id}.json`), `data/${id}.json missing`);
  }
  for (const f of files) {
    const ok = validate(readJson<unknown>(path.join(DATA, f)));
    assert.ok(ok, `${f}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
  // The validator really rejects bad data.
  assert.equal(validate({ provider: 'x', name: 'x', entries: [{ code: -1, name: 'bad name', message: '' }] }), false);
});

test('provider ids, names and file names line up', () => {
  const expected: Record<string, string> = {
    'commsease-im': 'NetEase CommsEase IM',
    'zegocloud-zim': 'ZEGOCLOUD ZIM server API',
    'zegocloud-zim-sdk': 'ZEGOCLOUD ZIM client SDK',
  };
  for (const [id, name] of Object.entries(expected)) {
    const c = catalogue(id);
    assert.equal(c.provider, id);
    assert.equal(c.name, name);
    assert.ok(c.docs && isUrl(c.docs), `${id}: docs`);
    assert.ok(c.fileHints && c.fileHints.length > 0, `${id}: fileHints`);
  }
});

test('codes and constant-style names are unique within each catalogue', () => {
  for (const id of ['commsease-im', 'zegocloud-zim', 'zegocloud-zim-sdk']) {
    const c = catalogue(id);
    const codes = c.entries.map((e) => e.code);
    const names = c.entries.map((e) => e.name);
    assert.deepEqual(
      codes.filter((x, i) => codes.indexOf(x) !== i),
      [],
      `${id}: duplicate codes`,
    );
    assert.deepEqual(
      names.filter((x, i) => names.indexOf(x) !== i),
      [],
      `${id}: duplicate names`,
    );
  }
});

test('shapes are anchored, compile and cover documented codes', () => {
  for (const id of ['commsease-im', 'zegocloud-zim', 'zegocloud-zim-sdk']) {
    const c = catalogue(id);
    assert.ok(c.shapes && c.shapes.length > 0, `${id}: no shapes`);
    const numeric = c.entries.filter((e) => typeof e.code === 'number').map((e) => String(e.code));
    for (const s of c.shapes) {
      assert.ok(s.pattern.startsWith('^') && s.pattern.endsWith('$'), `${id}: unanchored ${s.pattern}`);
      const re = new RegExp(s.pattern);
      assert.ok(
        numeric.some((code) => re.test(code)),
        `${id}: shape ${s.pattern} matches no documented code`,
      );
      assert.ok(!re.test('0') && !re.test('200'), `${id}: shape ${s.pattern} too broad`);
    }
  }
});

// ---------- seeds ----------

test('CommsEase seed: Web string codes, detail headings, 7101 and server desc strings', () => {
  const seed = parseCommsEaseSeed();
  const c = byCode(catalogue('commsease-im'));

  assert.equal(seed.stringCodes.length, 10);
  for (const { code, description } of seed.stringCodes) {
    const e = c.get(code);
    assert.ok(e, `string code ${code} missing`);
    assert.equal(e.message, description, code);
    assert.equal(e.name, code.toUpperCase());
    assert.equal(e.area, 'web-sdk');
    assert.equal(e.doc, COMMSEASE_URL);
  }

  assert.deepEqual(
    seed.headings.map((h) => h.code),
    [302, 403, 404, 408, 414, 417, 802],
  );
  for (const { code, text } of seed.headings) {
    const e = c.get(code);
    assert.ok(e, `${code} missing`);
    assert.equal(e.message, text, String(code));
    assert.equal(e.doc, COMMSEASE_URL, `${code}: doc`);
  }
  assert.equal(c.get(414)?.message, 'Parameter error');
  // The detailed codes carry causes and remedies condensed from the seed.
  for (const code of [302, 403, 404, 408, 414, 802]) {
    const e = c.get(code)!;
    assert.ok((e.causes ?? []).length >= 2, `${code}: causes`);
    assert.ok((e.remedies ?? []).length >= 2, `${code}: remedies`);
  }

  assert.ok(seed.mentions7101);
  assert.ok(c.get(7101), '7101 missing');
  assert.equal(c.get(7101)?.doc, COMMSEASE_URL);

  const expectedDescs = [
    'CurTime is expired',
    'bad http headers',
    'check roomid',
    'forbbiden info',
    'app is forbidden',
    'no support',
    'body not json',
    'retry again',
    'check accid001',
    'parameter roomid should be long',
    'no valid param provided, skip update!',
    'CurTime is illegal',
    'Exceed the maximum account XXX',
  ];
  assert.deepEqual(new Set(seed.descs.map((d) => d.text)), new Set(expectedDescs));
  assert.equal(seed.msgs.length, 1);
  for (const { code, text } of [...seed.descs, ...seed.msgs]) {
    const texts = (c.get(code)?.serverMessages ?? []).map((m) => m.text);
    assert.ok(texts.includes(text), `${code}: serverMessages lacks ${JSON.stringify(text)}`);
  }
  for (const e of c.values()) {
    for (const m of e.serverMessages ?? []) assert.ok(m.explanation, `${e.code}: ${m.text} has no explanation`);
  }
});

test('ZEGOCLOUD seed: all 43 codes with the first sentence as message', () => {
  const seed = parseZegoSeed();
  assert.equal(seed.length, 43);
  assert.equal(seed.filter((r) => r.group === 'public').length, 25);
  const c = byCode(catalogue('zegocloud-zim'));
  for (const { code, firstSentence, group } of seed) {
    const e = c.get(code);
    assert.ok(e, `${code} missing`);
    assert.equal(e.message, firstSentence, String(code));
    assert.equal(e.area, group, `${code}: area`);
    assert.equal(e.doc, ZEGO_SERVER_URL);
    assert.ok(e.sources?.includes(ZEGO_SERVER_URL), `${code}: sources lack the seed page`);
  }
  assert.equal(c.get(660300001)?.message, 'The room does not exist.');
  assert.equal(c.get(660000001)?.message, 'Business related general error.');
  for (const e of c.values()) assert.ok(!/\u00a0/.test(e.message), `${e.code}: no-break space in message`);
  assert.deepEqual(c.get(660300001)?.remedies, ['Check the room ID.']);
});

// ---------- reference tables ----------

test('ZIM server table: 129 codes, all in zegocloud-zim', () => {
  const rows = readTsv('zegocloud-zim-server-return-codes.tsv');
  assert.equal(rows.length, 129);
  const seedCodes = new Set(parseZegoSeed().map((r) => r.code));
  const c = byCode(catalogue('zegocloud-zim'));
  assert.equal(c.size, 129);
  assert.deepEqual(new Set(rows.map((r) => Number(r.code))), new Set(c.keys()));
  for (const r of rows) {
    const code = Number(r.code);
    const e = c.get(code)!;
    assert.equal(e.area, r.group, `${code}: area`);
    assert.equal(e.provenance, 'official-doc');
    for (const s of sourceParts(r.source)) assert.ok(e.sources?.includes(s), `${code}: source ${s}`);
    if (!seedCodes.has(code)) {
      // Seed text wins for the 43 seed codes; the rest take the table's wording.
      assert.equal(e.message, r.short_meaning, `${code}: message`);
      if (r.action) assert.ok(e.remedies?.includes(r.action), `${code}: remedies lack the action`);
    }
  }
});

test('ZIM client table: 160 distinct codes in zegocloud-zim-sdk, enum names as constants', () => {
  const rows = readTsv('zegocloud-zim-client-error-codes.tsv');
  assert.equal(rows.length, 161);
  const codes = new Set(rows.map((r) => Number(r.code)));
  assert.equal(codes.size, 160);
  // Codes the SDK enum has and the English table lacks are `sdk-only` entries (checked against the
  // SDK tables in sdk-tables.test.ts); the documented ones are exactly the table's.
  const all = byCode(catalogue('zegocloud-zim-sdk'));
  const c = new Map([...all].filter(([, e]) => e.provenance !== 'sdk-only'));
  assert.equal(c.size, 160);
  assert.deepEqual(codes, new Set(c.keys()));
  for (const r of rows) {
    const code = Number(r.code);
    const e = c.get(code)!;
    const isMain = e.message === r.short_meaning;
    // A code listed twice becomes one entry; the other row's meaning is a disagreement.
    assert.ok(
      isMain || (e.disagreements ?? []).some((d) => d.meaning === r.short_meaning),
      `${code}: neither message nor disagreement is ${JSON.stringify(r.short_meaning)}`,
    );
    if (isMain) assert.equal(e.area, r.module, `${code}: area`);
    assert.equal(e.doc, ZIM_SDK_URL);
    for (const s of sourceParts(r.source)) assert.ok(e.sources?.includes(s), `${code}: source ${s}`);
    if (r.enum_name_js) {
      const names = (e.constants ?? []).map((k) => k.name);
      assert.ok(names.includes(r.enum_name_js), `${code}: constants lack ${r.enum_name_js}`);
      assert.ok(names.includes(`ZIMErrorCode${r.enum_name_js}`), `${code}: no Objective-C name`);
      assert.ok(names.includes(r.enum_name_js[0].toLowerCase() + r.enum_name_js.slice(1)), `${code}: no Dart name`);
      const js = e.constants!.find((k) => k.name === r.enum_name_js)!;
      assert.equal(js.container, 'ZIMErrorCode');
      assert.ok(js.languages?.includes('typescript'));
    }
  }
  for (const e of c.values()) {
    const hasEnum = rows.some((r) => Number(r.code) === e.code && r.enum_name_js);
    assert.equal(e.provenance, hasEnum ? 'doc-and-sdk' : 'official-doc', `${e.code}: provenance`);
  }
  assert.equal(c.get(6000286)?.area, 'message-edit');
});

// Codes whose `message` deliberately differs from the table's short_meaning.
const COMMSEASE_MESSAGE_EXCEPTIONS: Record<number, string> = {
  302: 'seed heading "Wrong user name or password" is authoritative',
  403: 'seed heading "Invalid operation or no permissions" is authoritative',
  404: 'seed heading "Object cannot be found." is authoritative',
  408: 'seed heading "Client request timeout." is authoritative',
  414: 'seed heading "Parameter error" is authoritative',
  417: 'seed heading "Repeated operation" is authoritative',
  802: 'seed heading "No permission" is authoritative',
  507: 'short_meaning is empty (only the iOS header has the code; its comment just says "insufficient"); the entry explains this in `note`',
};

test('CommsEase table: 101 distinct codes in commsease-im (plus the 10 Web string codes of the doc page and 9 of the v9 bundle only)', () => {
  const rows = readTsv('commsease-im-codes.tsv');
  assert.equal(rows.length, 103);
  const codes = new Set(rows.map((r) => Number(r.code)));
  assert.equal(codes.size, 101);
  assert.ok(codes.has(7101), '7101 expected in the table');
  const cat = catalogue('commsease-im');
  const c = byCode(cat);
  const numeric = cat.entries.filter((e) => typeof e.code === 'number').map((e) => e.code as number);
  const strings = cat.entries.filter((e) => typeof e.code === 'string');
  assert.equal(numeric.length, 101);
  assert.equal(strings.length, 19);
  assert.equal(strings.filter((e) => e.provenance === 'sdk-only').length, 9);
  assert.deepEqual(new Set(numeric), codes);

  const seen = new Set<number>();
  for (const r of rows) {
    const code = Number(r.code);
    const e = c.get(code)!;
    for (const s of sourceParts(r.source)) assert.ok(e.sources?.includes(s), `${code}: source ${s}`);
    if (seen.has(code)) {
      assert.ok(
        (e.disagreements ?? []).some((d) => d.meaning === r.short_meaning),
        `${code}: second meaning ${JSON.stringify(r.short_meaning)} not in disagreements`,
      );
      continue;
    }
    seen.add(code);
    assert.equal(e.area, r.area, `${code}: area`);
    if (code in COMMSEASE_MESSAGE_EXCEPTIONS) {
      assert.notEqual(e.message, r.short_meaning, `${code}: stale exception`);
      if (!r.short_meaning) assert.ok(e.note, `${code}: empty short_meaning needs a note`);
    } else {
      assert.equal(e.message, r.short_meaning, `${code}: message`);
    }
    const parts = e.sources ?? [];
    const doc = parts.some(isUrl);
    const sdk = parts.some((s) => !isUrl(s));
    assert.equal(e.provenance, doc && sdk ? 'doc-and-sdk' : doc ? 'official-doc' : 'sdk-only', `${code}: provenance`);
    if (doc) assert.ok(e.doc && parts.includes(e.doc), `${code}: doc must be one of its source pages`);
  }
  for (const code of [0, 402, 501, 510, 700, 816, 997, 507])
    assert.equal(c.get(code)?.provenance, 'sdk-only', String(code));
  // SDK constants come from the SDK tables (verified in sdk-tables.test.ts); the table's own one stays.
  assert.ok(c.get(0)?.constants?.some((k) => k.name === 'kNIMResError' && k.container === 'NIMResCode'));
});

test('the README row counts match the tables', () => {
  const readme = fixture('reference/README.md');
  const expected: Record<string, number> = {
    'zegocloud-zim-server-return-codes.tsv': 129,
    'zegocloud-zim-client-error-codes.tsv': 161,
    'commsease-im-codes.tsv': 103,
  };
  for (const [file, n] of Object.entries(expected)) {
    assert.match(readme, new RegExp(`\\| ${file.replace(/\./g, '\\.')} \\| ${n}\\b`));
    assert.equal(readTsv(file).length, n);
  }
});

test('disagreements are recorded exactly where sources disagree', () => {
  const expected: Record<string, (number | string)[]> = {
    'commsease-im': [406, 500, 501, 508, 803, 808, 810, 811, 812, 10404, 10417, 20004, 20005],
    'zegocloud-zim': [50014, 660700006],
    'zegocloud-zim-sdk': [6000273, 6000286, 6000803, 6000811],
  };
  for (const [id, codes] of Object.entries(expected)) {
    const c = catalogue(id);
    const withDisagreements = c.entries.filter((e) => (e.disagreements ?? []).length > 0).map((e) => e.code);
    assert.deepEqual(new Set(withDisagreements), new Set(codes), id);
    for (const e of c.entries) {
      for (const d of e.disagreements ?? []) assert.ok(d.source, `${id} ${e.code}: disagreement without source`);
    }
  }
});

test("the README's catalogue table gives each provider's entry count", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const id of ['commsease-im', 'commsease-nim-v2', 'zegocloud-zim', 'zegocloud-zim-sdk']) {
    const row = new RegExp(`^\\| \`${id}\` \\| (\\d+)`, 'm').exec(readme);
    assert.ok(row, `no README row for ${id}`);
    assert.equal(Number(row[1]), catalogue(id).entries.length, id);
  }
});
