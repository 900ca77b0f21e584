// "New catalogue file" asks for the file name and provider id (the defaults are accepted here),
// writes a starter that adds no live code and carries no machine-specific $schema, and says
// what it changed.
import * as assert from 'assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import { activeExtension, expectHover, fixtureUri, folder } from './helpers';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('new catalogue file', () => {
  const created = () => fixtureUri('status-codes.codes.jsonc');
  let settingsBefore: unknown;
  before(async () => {
    await activeExtension();
    settingsBefore = vscode.workspace
      .getConfiguration('statusCodes', folder().uri)
      .inspect('catalogues')?.workspaceFolderValue;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(created()).then(undefined, () => undefined);
    await vscode.workspace
      .getConfiguration('statusCodes', folder().uri)
      .update('catalogues', settingsBefore, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('asks twice, accepts the defaults, and writes a starter without live entries or $schema', async () => {
    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand('statusCodes.newCatalogue')).finally(() => {
      settled = true;
    });
    let prompts = 0;
    for (let i = 0; i < 100 && !settled; i++) {
      await delay(200);
      // Accepts whatever input box is open with its default value.
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      prompts++;
    }
    await run;
    assert.ok(prompts >= 2, 'the command waited for answers');
    const text = Buffer.from(await vscode.workspace.fs.readFile(created())).toString('utf8');
    const value = parse(text) as { provider: string; entries: unknown[]; $schema?: string };
    assert.strictEqual(
      value.provider,
      folder()
        .name.toLowerCase()
        .replace(/[^a-z0-9]+/g, '-'),
    );
    assert.deepStrictEqual(value.entries, [], 'the sample entry is commented out');
    assert.strictEqual(value.$schema, undefined, 'no $schema path into the installed extension');
    assert.ok(!/file:\/\/|extensions\//.test(text), 'nothing machine-specific in the file');
    const listed = vscode.workspace.getConfiguration('statusCodes', folder().uri).get<string[]>('catalogues') ?? [];
    assert.ok(listed.includes('status-codes.codes.jsonc'), 'listed in statusCodes.catalogues');
    // 40001 keeps its one meaning from team.codes.json: the starter adds no "demo service" meaning.
    const hover = await expectHover('sample.ts', '40001', 'Order not found');
    assert.ok(!hover.includes(`${folder().name} service`), `no second provider in the hover: ${hover}`);
  });
});
