import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../support/service';
import { copyFixture, runCli } from './runCli';

/** The official SARIF 2.1.0 schema (test/fixtures/sarif/PROVENANCE.md). */
const schema = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  runs: {
    tool: {
      driver: {
        name: string;
        informationUri?: string;
        rules: { id: string; help: { text: string; markdown: string }; helpUri?: string }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string; markdown?: string };
      properties?: { documentation?: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
    }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    automationDetails?: { id: string };
  }[];
}

/** The `doc` page of a built-in entry, read from the catalogue itself. */
function builtInDoc(file: string, code: string | number): string {
  const catalogue = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', file), 'utf8')) as {
    entries: { code: string | number; doc?: string }[];
  };
  const doc = catalogue.entries.find((e) => e.code === code)?.doc;
  assert.ok(doc, `${file} ${code} has a doc page`);
  return doc;
}

function assertValid(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  assert.ok(validate(log), `SARIF does not validate: ${ajv.errorsText(validate.errors)}`);
  return log;
}

const summary = (log: SarifLog) =>
  log.runs[0]!.results.map((r) => {
    const { artifactLocation, region } = r.locations[0]!.physicalLocation;
    return `${artifactLocation.uri}:${region.startLine}:${region.startColumn} ${r.level} ${r.ruleId}`;
  });

test('the schema validator rejects what SARIF 2.1.0 forbids (so passing means something)', () => {
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'a driver needs a name');
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  assert.equal(
    validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] }),
    false,
  );
});

test('check --format sarif validates against the official schema; rules are our diagnostic codes', () => {
  const tree = copyFixture('tree');
  try {
    const run = runCli(['check', '--format', 'sarif'], { cwd: tree.dir });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '', 'nothing but SARIF on stdout, nothing on stderr');
    const log = assertValid(run.stdout);
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, 'status-codes');
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      ['unknown-string-code', 'near-miss-code', 'undocumented-code'],
    );
    for (const rule of driver.rules) {
      assert.ok(rule.help.text.length > 80, `${rule.id} has help`);
      assert.doesNotMatch(rule.help.text, /`/, `${rule.id}: help.text is plain text`);
      assert.match(rule.help.markdown, /```ts\n[^`]+\n```/, `${rule.id}: help.markdown shows an example`);
      assert.match(rule.help.markdown, new RegExp(`"statusCodes.diagnostics.severity": \\{ "${rule.id}"`));
      assert.equal(rule.helpUri, undefined, 'no home page to link: no made-up helpUri');
    }
    assert.equal(driver.informationUri, undefined);
    const results = log.runs[0]!.results;
    // The likeliest code's entry names its vendor page (data/*.json `doc`): the result links it.
    const timeoutDoc = builtInDoc('commsease-im.json', 'Error_Timeout');
    assert.equal(results[0]!.properties?.documentation, timeoutDoc);
    assert.ok(results[0]!.message.markdown?.endsWith(`[Vendor documentation](${timeoutDoc})`));
    assert.match(results[0]!.message.markdown!, /Did you mean 'Error\\_Timeout'\?/, 'markdown escaped');
    assert.equal(results[2]!.properties?.documentation, builtInDoc('zegocloud-zim.json', 660300001));
    // A user catalogue entry without a page, and an undocumented code, have no link.
    assert.equal(results[1]!.properties, undefined);
    assert.equal(results[1]!.message.markdown, undefined);
    assert.equal(results[3]!.properties, undefined);
    assert.deepEqual(summary(log), [
      'src/chat.ts:5:10 error unknown-string-code',
      'src/chat.ts:9:10 error unknown-string-code',
      'src/chat.ts:12:20 warning near-miss-code',
      'src/chat.ts:13:20 note undocumented-code',
    ]);
    for (const r of log.runs[0]!.results) assert.equal(driver.rules[r.ruleIndex]!.id, r.ruleId);
    assert.equal(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri, `file://${tree.dir}/`);
    const demo = runCli(['check', '-f', 'sarif'], { cwd: path.join(REPO_ROOT, 'demo') });
    assert.deepEqual(summary(assertValid(demo.stdout)), ['chat.ts:29:10 warning unknown-string-code']);
  } finally {
    tree.dispose();
  }
});

test('the SARIF logs of shards merge into one valid log with every result once', () => {
  const tree = copyFixture('tree');
  try {
    for (let i = 0; i < 12; i++)
      fs.writeFileSync(
        path.join(tree.dir, 'src', `m${i}.ts`),
        `export const m = (c: string) => c === 'Error_Timout';\n`,
      );
    const whole = summary(assertValid(runCli(['check', '-f', 'sarif'], { cwd: tree.dir }).stdout));
    const files = [1, 2, 3].map((k) => {
      const file = path.join(tree.dir, `shard-${k}.sarif`);
      const run = runCli(['check', '--shard', `${k}/3`, '-f', 'sarif', '-o', file], { cwd: tree.dir });
      assert.equal(run.stdout, '', '-o writes the log to the file');
      assert.equal(
        assertValid(fs.readFileSync(file, 'utf8')).runs[0]!.automationDetails!.id,
        `status-codes/shard-${k}-of-3`,
      );
      return file;
    });
    const merged = runCli(['merge-sarif', ...files], { cwd: tree.dir });
    assert.equal(merged.status, 0, merged.stderr);
    const log = assertValid(merged.stdout);
    assert.equal(log.runs.length, 1);
    assert.deepEqual(summary(log).sort(), [...whole].sort());
    const rules = log.runs[0]!.tool.driver.rules;
    for (const r of log.runs[0]!.results) assert.equal(rules[r.ruleIndex]!.id, r.ruleId);
    const notSarif = runCli(['merge-sarif', path.join(tree.dir, 'src', 'chat.ts')], { cwd: tree.dir });
    assert.equal(notSarif.status, 2);
  } finally {
    tree.dispose();
  }
});
