// Where our code actions land in VS Code's lightbulb menu: it groups actions by kind (Quick Fix,
// Extract, Inline, Rewrite, Move, Surround With, Source Action) and puts any other kind under
// "More Actions..." at the bottom (vs/editor/contrib/codeAction/browser/codeActionMenu.ts).
import * as assert from 'assert';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, openFixture, positionOf, waitFor } from './helpers';

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
});
