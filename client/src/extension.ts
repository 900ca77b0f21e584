import * as vscode from 'vscode';
import { StatusCodesClient } from './statusCodesClient';
import { registerCommands } from './commands/registerCommands';
import { registerStatusItem } from './statusItem';
import { registerBuiltInCatalogueDocuments } from './builtInCatalogueDocuments';

let client: StatusCodesClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<StatusCodesClient> {
  registerBuiltInCatalogueDocuments(context);
  client = new StatusCodesClient(context);
  registerCommands(context, client);
  registerStatusItem(context, client);
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
