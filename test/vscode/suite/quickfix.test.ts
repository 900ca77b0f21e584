// The quick fix on a misspelled code replaces it with the suggestion.
import * as assert from 'assert';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, openFixture, ourDiagnostics, waitFor, waitForDiagnosticOn } from './helpers';

describe('quick fix', () => {
  it("replaces 'Error_Timout' with 'Error_Timeout'", async () => {
    await activeExtension();
    const editor = await openFixture('quickfix.ts');
    const doc = editor.document;
    const diagnostic = await waitForDiagnosticOn(doc, 'Error_Timout');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = (actions ?? []).find((a) => a.edit && a.title.includes('Error_Timeout'));
    assert.ok(fix, `a quick fix mentioning Error_Timeout; got: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(
      fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind),
      `kind is quickfix, got ${fix.kind?.value}`,
    );

    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'edit applied');
    assert.strictEqual(doc.getText(), before.replace("case 'Error_Timout':", "case 'Error_Timeout':"));
    await waitFor(
      'the diagnostic to go away after the fix',
      () => ourDiagnostics(doc.uri),
      (d) => d.length === 0,
    );

    await vscode.commands.executeCommand('workbench.action.files.revert'); // leave the fixture as it was
  });
});
