import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { StatusCodesClient } from '../statusCodesClient';

/**
 * The language client if the server is running; otherwise says so plainly and offers a
 * restart, since commands that ask the server for catalogue data cannot work without it.
 */
export function runningClient(client: StatusCodesClient, action: string): LanguageClient | undefined {
  const languageClient = client.languageClient;
  if (languageClient && client.isRunning) return languageClient;
  const restart = vscode.l10n.t('Restart server');
  const showOutput = vscode.l10n.t('Show output');
  void vscode.window
    .showWarningMessage(
      vscode.l10n.t('Status Codes: cannot {0} because the language server is not running.', action),
      restart,
      showOutput,
    )
    .then((choice) => {
      if (choice === restart) void vscode.commands.executeCommand('statusCodes.restartServer');
      else if (choice === showOutput) client.output.show();
    });
  return undefined;
}

/** The URI whose settings apply: the active editor's document, else the first workspace folder. */
export function scopeUri(): string {
  return (
    vscode.window.activeTextEditor?.document.uri.toString() ??
    vscode.workspace.workspaceFolders?.[0]?.uri.toString() ??
    ''
  );
}
