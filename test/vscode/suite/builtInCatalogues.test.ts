// The built-in catalogues are the extension's own files: go to definition opens them read-only,
// and a damaged one is reported while the other providers keep serving (no crash loop).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeExtension, expectHover, hoverText, openFixture, positionOf, waitFor } from './helpers';

const CATALOGUE_STATUS = 'statusCodes/catalogueStatus';
interface Status {
  catalogues: { uri: string; builtIn: boolean; ok: boolean }[];
}

describe('built-in catalogues', () => {
  let ext: vscode.Extension<unknown>;
  before(async () => {
    ext = await activeExtension();
  });

  it('go to definition on 414 opens its entry read-only, not the installed file', async () => {
    const doc = (await openFixture('sample.ts')).document;
    const locations = await waitFor(
      'a definition of 414',
      async () =>
        (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          doc.uri,
          positionOf(doc, '414'),
        )) ?? [],
      (l) => l.length > 0,
    );
    const target = locations.map((l) => ('targetUri' in l ? l.targetUri : l.uri));
    assert.deepStrictEqual(
      target.map((u) => u.scheme),
      target.map(() => 'status-codes-catalogue'),
      `built-in entries open in the read-only scheme (got ${target.join(', ')})`,
    );
    const range = 'targetUri' in locations[0]! ? locations[0].targetRange : locations[0]!.range;
    const entry = await vscode.workspace.openTextDocument(target[0]!);
    await vscode.window.showTextDocument(entry);
    assert.match(entry.lineAt(range.start.line).text, /"code": 414\b/);
    assert.strictEqual(entry.languageId, 'json');
    const installed = path.join(ext.extensionPath, 'data', path.posix.basename(target[0]!.path));
    const before = fs.readFileSync(installed, 'utf8');
    // One keystroke (with autosave on, this used to corrupt the installed data).
    const text = entry.getText();
    await vscode.commands.executeCommand('type', { text: 'x' });
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    assert.strictEqual(entry.getText(), text, 'a keystroke does not change the read-only document');
    assert.strictEqual(entry.isDirty, false);
    assert.strictEqual(fs.readFileSync(installed, 'utf8'), before, 'the installed file is unchanged');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the hover of 414 puts what to do first and links the other causes to the read-only entry', async () => {
    const text = await expectHover('sample.ts', '414', 'Parameter error');
    assert.ok(text.indexOf('What to do') < text.indexOf('Causes'), 'what to do first');
    assert.match(text, /\[and \d+ more\]\(status-codes-catalogue:\/commsease-im\.json#L\d+\)/);
    assert.ok(!text.includes('file://'), 'no link to the installed file');
  });

  it('the server runs with source maps (readable stack traces in the output)', async () => {
    const api = ext.exports as { languageClient: LanguageClient | undefined };
    const info = await waitFor(
      'serverInfo',
      async () =>
        api.languageClient?.isRunning()
          ? await api.languageClient.sendRequest<{ sourceMaps?: boolean }>('statusCodes/serverInfo')
          : undefined,
      (i) => i !== undefined,
    );
    assert.strictEqual(info?.sourceMaps, true);
  });

  it('a damaged built-in catalogue is reported and the other providers keep serving', async () => {
    const api = ext.exports as { languageClient: LanguageClient | undefined };
    const damaged = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-damaged-'));
    fs.cpSync(path.join(ext.extensionPath, 'data'), damaged, { recursive: true });
    fs.truncateSync(path.join(damaged, 'commsease-im.json'), 3000); // as a crashed write would leave it
    process.env.STATUS_CODES_DATA_DIR = damaged; // the server inherits the extension host's environment
    try {
      await vscode.commands.executeCommand('statusCodes.restartServer');
      await expectHover('sample.ts', '6000121', 'User not logged in');
      const status = await waitFor(
        'the catalogue status to show the damaged file',
        async () => {
          const client = api.languageClient;
          return client?.isRunning() ? await client.sendRequest<Status>(CATALOGUE_STATUS, {}) : undefined;
        },
        (s) => s?.catalogues.some((c) => c.builtIn && !c.ok && c.uri.endsWith('/commsease-im.json')) === true,
      );
      assert.ok(status);
      const doc = (await openFixture('sample.ts')).document;
      assert.doesNotMatch(await hoverText(doc.uri, positionOf(doc, '414')), /Parameter error/);
      assert.ok(api.languageClient?.isRunning(), 'the server is still running');
    } finally {
      delete process.env.STATUS_CODES_DATA_DIR;
      fs.rmSync(damaged, { recursive: true, force: true });
      await vscode.commands.executeCommand('statusCodes.restartServer');
    }
    await expectHover('sample.ts', '414', 'Parameter error');
  });
});
