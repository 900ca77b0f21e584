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
    tool: { driver: { name: string; rules: { id: string; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
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
    for (const rule of driver.rules) assert.ok(rule.help.text.length > 80, `${rule.id} has help`);
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
