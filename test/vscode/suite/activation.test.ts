// The extension activates on a TypeScript file and registers every contributed command.
import * as assert from 'assert';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension } from './helpers';

describe('activation', () => {
  it('activates when a supported file opens', async () => {
    const ext = await activeExtension();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers every contributed command', async () => {
    const ext = await activeExtension();
    const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
      'unregistered commands',
    );
  });
});
