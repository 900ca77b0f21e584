// Every contributed command runs without error; UI they open (quick picks, input boxes) is dismissed.
import * as assert from 'assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, activeExtension, expectHover, hoverText, openFixture, ourDiagnostics, waitFor } from './helpers';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command and keeps closing quick input until the command settles (no fixed sleep). */
async function runAndDismiss(command: string, timeoutMs = 20_000): Promise<unknown> {
  let settled = false;
  const result = Promise.resolve(vscode.commands.executeCommand(command));
  result.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  const deadline = Date.now() + timeoutMs;
  while (!settled) {
    assert.ok(Date.now() < deadline, `${command} did not finish within ${timeoutMs} ms after dismissing its UI`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await delay(100);
  }
  return result; // rejects if the command threw
}

/** Closes editors the commands opened, discarding untitled content (no save prompts). */
async function closeScratchEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// Built at load time from package.json, so a newly contributed command is run without editing this file.
const contributed: string[] = (
  vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.commands ?? []
).map((c: { command: string }) => c.command);

describe('commands', () => {
  before(activeExtension);
  after(closeScratchEditors);

  it('package.json contributes the documented commands', () => {
    for (const command of [
      'statusCodes.searchCodes',
      'statusCodes.generateConstants',
      'statusCodes.newCatalogue',
      'statusCodes.showOutput',
      'statusCodes.restartServer',
    ]) {
      assert.ok(contributed.includes(command), `${command} is contributed`);
    }
  });

  for (const command of contributed) {
    it(`${command} runs without error (its UI dismissed)`, async () => {
      await openFixture('sample.ts'); // commands that act on the active editor get one
      await runAndDismiss(command);
    });
  }

  it('statusCodes.openSample opens an untitled TypeScript sample that is served (hover, diagnostic)', async () => {
    await vscode.commands.executeCommand('statusCodes.openSample');
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc?.isUntitled, 'an untitled document');
    assert.strictEqual(doc.languageId, 'typescript');
    const position = doc.positionAt(doc.getText().indexOf('414'));
    await waitFor(
      'the hover of 414 in the sample',
      () => hoverText(doc.uri, position),
      (text) => text.includes('Parameter error'),
    );
    await waitFor(
      'the misspelled code of the sample to be reported',
      async () => ourDiagnostics(doc.uri).map((d) => d.message),
      (messages) => messages.some((m) => m.includes('Error_Timout')),
    );
  });

  it('hovers still work after statusCodes.restartServer', () => expectHover('sample.ts', '414', 'Parameter error'));
});
