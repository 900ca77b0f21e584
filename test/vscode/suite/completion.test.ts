// Completion after `err.code === ` offers known codes.
import * as assert from 'assert';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, openFixture, waitFor } from './helpers';

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completion', () => {
  it('offers 414 after `err.code === `', async () => {
    await activeExtension();
    const doc = (await openFixture('completion.ts')).document;
    const line = doc.lineAt(
      doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('if (err.code === ')),
    );
    const position = line.range.end;
    const items = await waitFor(
      'completion items containing 414',
      async () =>
        (
          await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            position,
          )
        )?.items ?? [],
      (list) => list.some((i) => label(i) === '414'),
    );
    const item = items.find((i) => label(i) === '414')!;
    const text = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? label(item));
    assert.match(text, /414/);
  });
});

describe('completion rows', () => {
  it('show the short message beside the code and offer the enum member the file imports', async () => {
    await activeExtension();
    const doc = (await openFixture('completionRows.ts')).document;
    const position = doc.lineAt(
      doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('if (err.code === ')),
    ).range.end;
    const items = await waitFor(
      'completion items containing 6000106',
      async () =>
        (
          await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            position,
          )
        )?.items ?? [],
      (list) => list.some((i) => label(i) === '6000106'),
    );
    const row = items.find((i) => label(i) === '6000106')!;
    assert.deepStrictEqual(row.label, {
      label: '6000106',
      detail: ' Token expired',
      description: 'ZEGOCLOUD ZIM client SDK',
    });
    const member = items.find((i) => label(i) === 'ZIMErrorCode.NetworkModuleTokenExpired');
    assert.ok(member, 'the ZIMErrorCode member is offered');
    assert.strictEqual(
      typeof member.label === 'string' ? undefined : member.label.detail,
      ' = 6000106 · Token expired',
    );
  });
});
