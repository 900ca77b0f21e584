// statusCodes.language in the extension host: "zh-cn" turns hovers, diagnostics and quick fix titles
// into Chinese without a reload, and removing it brings English back. VS Code itself stays English
// here: without a language pack (none can be installed offline) `--locale zh-cn` loads only the English
// nls.messages.js and vscode.env.language stays "en", so `auto` with a Chinese display language is
// checked through the protocol (test/protocol/language.test.ts, InitializeParams.locale).
import * as assert from 'assert';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  activeExtension,
  hoverText,
  openFixture,
  ourDiagnostics,
  positionOf,
  waitFor,
  waitForDiagnosticOn,
} from './helpers';

describe('statusCodes.language', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activeExtension();
    doc = (await openFixture('sample.ts')).document;
    await waitForDiagnosticOn(doc, 'Error_Timout');
  });

  it('"zh-cn": hover, diagnostic and quick fix in Chinese; removing the setting restores English', async () => {
    const config = () => vscode.workspace.getConfiguration('statusCodes');
    await config().update('language', 'zh-cn', vscode.ConfigurationTarget.Workspace);
    try {
      const position = positionOf(doc, '414');
      await waitFor(
        'a Chinese hover on 414',
        () => hoverText(doc.uri, position),
        (t) => t.includes('参数错误'),
      );
      const diagnostic = await waitFor(
        'a Chinese diagnostic on Error_Timout',
        () => ourDiagnostics(doc.uri).find((d) => doc.getText(d.range).includes('Error_Timout')),
        (d) => d !== undefined && d.message.startsWith('未知状态码'),
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diagnostic!.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      assert.ok(
        actions.some((a) => a.title === "替换为 'Error_Timeout'"),
        actions.map((a) => a.title).join(', '),
      );
    } finally {
      await config().update('language', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const position = positionOf(doc, '414');
    await waitFor(
      'an English hover again',
      () => hoverText(doc.uri, position),
      (t) => t.includes('Parameter error'),
    );
  });
});
