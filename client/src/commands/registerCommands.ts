import * as vscode from 'vscode';
import type { StatusCodesClient } from '../statusCodesClient';
import { ignoreCode } from './ignoreCode';
import { searchCodes } from './searchCodes';
import { generateConstants } from './generateConstants';
import { newCatalogue } from './newCatalogue';
import { openSample } from './openSample';

/** Registers every contributed command. Each command lives in its own file. */
export function registerCommands(context: vscode.ExtensionContext, client: StatusCodesClient): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register('statusCodes.ignoreCode', ignoreCode(context, client));
  register('statusCodes.searchCodes', searchCodes(context, client));
  register('statusCodes.generateConstants', generateConstants(client));
  register('statusCodes.newCatalogue', newCatalogue());
  register('statusCodes.openSample', openSample());
  register('statusCodes.showOutput', () => client.output.show());
  register('statusCodes.restartServer', async () => {
    await client.restart();
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Status Codes: server restarted'), 3000);
  });
}
