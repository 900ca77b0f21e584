// Where our code actions land in VS Code's lightbulb menu: it groups actions by kind (Quick Fix,
// Extract, Inline, Rewrite, Move, Surround With, Source Action) and puts any other kind under
// "More Actions..." at the bottom (vs/editor/contrib/codeAction/browser/codeActionMenu.ts).
import * as assert from 'assert';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, openFixture, ourDiagnostics, positionOf, waitFor, waitForDiagnosticOn } from './helpers';

/** The menu's groups in their order (VS Code 1.100's codeActionMenu.ts); undefined: "More Actions...". */
const MENU_GROUPS = [
  vscode.CodeActionKind.QuickFix,
  vscode.CodeActionKind.RefactorExtract,
  vscode.CodeActionKind.RefactorInline,
  vscode.CodeActionKind.RefactorRewrite,
  vscode.CodeActionKind.RefactorMove,
  vscode.CodeActionKind.Empty.append('surround'), // SurroundWith (not in @types/vscode 1.91)
  vscode.CodeActionKind.Source,
];
const menuGroupOf = (kind: vscode.CodeActionKind | undefined) =>
  kind ? MENU_GROUPS.find((group) => group.contains(kind))?.value : undefined;

describe('code action kinds', () => {
  it('"Add comment with meaning" is a rewrite, in the Rewrite group, not under "More Actions..."', async () => {
    await activeExtension();
    const doc = (await openFixture('sample.ts')).document;
    const at = positionOf(doc, '414');
    const actions = await waitFor(
      'the refactorings on 414',
      () =>
        vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          new vscode.Range(at, at),
          vscode.CodeActionKind.Refactor.value,
        ),
      (list) => (list ?? []).some((a) => a.title === 'Add comment with meaning'),
    );
    const comment = actions.find((a) => a.title === 'Add comment with meaning')!;
    assert.strictEqual(comment.kind?.value, vscode.CodeActionKind.RefactorRewrite.value);
    assert.strictEqual(menuGroupOf(comment.kind), 'refactor.rewrite');
  });

  it('"Replace 6000106 with ZIMErrorCode.NetworkModuleTokenExpired" in a file that imports the enum', async () => {
    await activeExtension();
    const doc = (await openFixture('zim-login.ts')).document;
    const at = positionOf(doc, '6000106');
    const title = 'Replace 6000106 with ZIMErrorCode.NetworkModuleTokenExpired';
    const actions = await waitFor(
      'the replacement on 6000106',
      () =>
        vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          new vscode.Range(at, at),
          vscode.CodeActionKind.Refactor.value,
        ),
      (list) => (list ?? []).some((a) => a.title === title),
    );
    const replace = actions.find((a) => a.title === title)!;
    assert.strictEqual(menuGroupOf(replace.kind), 'refactor.rewrite');
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(replace.edit!), 'edit applied');
    assert.strictEqual(
      doc.getText(),
      before.replace('err.code === 6000106', 'err.code === ZIMErrorCode.NetworkModuleTokenExpired'),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert'); // leave the fixture as it was
  });

  it('"Ignore \'Error_Timout\' on this line" writes the comment above, indented, and the warning goes', async () => {
    await activeExtension();
    const doc = (await openFixture('quickfix.ts')).document;
    const diagnostic = await waitForDiagnosticOn(doc, 'Error_Timout');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = (actions ?? []).map((a) => a.title);
    const at = titles.indexOf("Ignore 'Error_Timout' in this workspace");
    assert.deepStrictEqual(titles.slice(at - 2, at + 1), [
      "Ignore 'Error_Timout' on this line",
      "Ignore 'Error_Timout' in this file",
      "Ignore 'Error_Timout' in this workspace",
    ]);
    const onLine = actions.find((a) => a.title === "Ignore 'Error_Timout' on this line")!;
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(onLine.edit!), 'edit applied');
    assert.strictEqual(
      doc.getText(),
      before.replace(
        "    case 'Error_Timout':",
        "    // status-codes-ignore-next-line Error_Timout\n    case 'Error_Timout':",
      ),
    );
    await waitFor(
      'the warning to go after the comment',
      () => ourDiagnostics(doc.uri),
      (d) => d.length === 0,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert'); // leave the fixture as it was
  });
});
