import * as vscode from 'vscode';
import type { StatusCodesClient } from '../statusCodesClient';
import { IgnoreCodeRequest } from '../../../server/src/protocol';

/**
 * `statusCodes.ignoreCode(code, documentUri?)`: adds a code to `statusCodes.ignore` for the
 * workspace folder of the document (or the workspace; user settings when no folder is open).
 * The quick fix reaches it through the server, which sends `statusCodes/ignoreCode`: this
 * file answers that request too, for every (re)started language client.
 */
export function ignoreCode(
  context: vscode.ExtensionContext,
  client: StatusCodesClient,
): (...args: unknown[]) => Promise<boolean> {
  context.subscriptions.push(
    client.onDidChangeClient((languageClient) => {
      if (!languageClient) return;
      context.subscriptions.push(
        languageClient.onRequest(IgnoreCodeRequest, (params) => addIgnoredCode(params.code, params.uri)),
      );
    }),
  );
  return async (code?: unknown, uri?: unknown) => {
    if (typeof code !== 'string' || code.trim() === '') {
      // Run without arguments (it is hidden from the palette, but keybindings can call it): ask.
      code = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Code to ignore in this workspace'),
        placeHolder: vscode.l10n.t('e.g. 66030001 or Error_Custom'),
      });
      if (typeof code !== 'string' || code.trim() === '') return false;
      code = code.trim();
    }
    return addIgnoredCode(code, uri ?? vscode.window.activeTextEditor?.document.uri.toString());
  };
}

/** Adds `code` to the most specific `statusCodes.ignore` that applies to `uri`; true when the setting holds it
 * afterwards. */
async function addIgnoredCode(code: unknown, uri: unknown): Promise<boolean> {
  if (typeof code !== 'string' || code === '') return false;
  const resource = typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : undefined;
  const target = folder
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration('statusCodes', folder?.uri ?? resource);
  // Arrays do not merge across levels: start from what is in force, so user-level entries keep working here.
  const current = config.get<string[]>('ignore') ?? [];
  if (current.includes(code)) return true;
  await config.update('ignore', [...current, code], target);
  void vscode.window.setStatusBarMessage(
    target === vscode.ConfigurationTarget.Global
      ? vscode.l10n.t('Status Codes: ignoring {0} (user settings: no folder is open)', code)
      : vscode.l10n.t('Status Codes: ignoring {0}', code),
    3000,
  );
  return true;
}
