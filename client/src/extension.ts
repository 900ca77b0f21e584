import * as vscode from 'vscode';
import { StatusCodesClient } from './statusCodesClient';
import { registerCommands } from './commands/registerCommands';
import { registerStatusItem } from './statusItem';
import { registerBuiltInCatalogueDocuments } from './builtInCatalogueDocuments';

let client: StatusCodesClient | undefined;

/**
 * Registers everything and starts the server without waiting for it: the workbench shows
 * "Activating Extensions..." until activate returns, and the server's start (a Node process and the
 * initialize handshake: about 0.5 s, seconds on a busy machine) is no reason to keep it spinning.
 * Hovers and diagnostics arrive when the server is up; commands that need it say so until then.
 */
export function activate(context: vscode.ExtensionContext): StatusCodesClient {
  const started = Date.now();
  registerBuiltInCatalogueDocuments(context);
  client = new StatusCodesClient(context);
  registerCommands(context, client);
  registerStatusItem(context, client);
  const running = client;
  running.start().then(
    () => running.output.info(vscode.l10n.t('Server ready {0} ms after activation', Date.now() - started)),
    () => {
      /* start() has told the user and logged the cause */
    },
  );
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
