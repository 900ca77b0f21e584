// "Generate constants file" asks for the language, the providers (several are enabled here) and
// where to put the file; with the defaults accepted it opens an untitled constants module of the
// active editor's language holding every enabled provider.
import * as assert from 'assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, openFixture } from './helpers';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('generate constants file', () => {
  before(async () => {
    await activeExtension();
    await openFixture('sample.ts');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('asks language, providers and place, then opens the module untitled', async () => {
    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand('statusCodes.generateConstants')).finally(() => {
      settled = true;
    });
    let prompts = 0;
    for (let i = 0; i < 100 && !settled; i++) {
      await delay(300);
      // Accepts the open quick pick's default: the active editor's language, every provider, untitled.
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      prompts++;
    }
    await run;
    assert.ok(prompts >= 3, `the command waited for three answers (${prompts} polls)`);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor?.document.isUntitled, 'an untitled document is open');
    assert.strictEqual(editor.document.languageId, 'typescript');
    const text = editor.document.getText();
    assert.match(text, /export const CommseaseIm = \{/);
    assert.match(text, /export const ZegocloudZim = \{/);
    assert.match(text, / {2}PARAMETER_ERROR: 414,/);
  });
});
