import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { StatusCodesClient } from './statusCodesClient';
import {
  CatalogueStatusRequest,
  CataloguesChangedNotification,
  type CatalogueStatusResult,
} from '../../server/src/protocol';

/**
 * The language status item: which catalogues serve the active document, with entry
 * counts; a warning when a user catalogue failed to load.
 */
export function registerStatusItem(context: vscode.ExtensionContext, client: StatusCodesClient): void {
  const languages = vscode.workspace.getConfiguration('statusCodes').get<string[]>('languages') ?? [];
  const item = vscode.languages.createLanguageStatusItem(
    'statusCodes.catalogues',
    languages.map((language) => ({ language })),
  );
  item.name = 'Status Codes catalogues';
  item.command = { title: 'Show output', command: 'statusCodes.showOutput' };
  context.subscriptions.push(item);

  let generation = 0;
  const update = async () => {
    const current = ++generation;
    const languageClient = client.languageClient;
    if (!languageClient?.isRunning()) {
      item.text = 'Status Codes: server not running';
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.detail = undefined;
      return;
    }
    try {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      const status = await languageClient.sendRequest(CatalogueStatusRequest, { uri });
      if (current === generation) show(item, status);
    } catch (e) {
      if (current === generation) client.output.warn(`Could not read the catalogue status: ${(e as Error).message}`);
    }
  };

  let notification: vscode.Disposable | undefined;
  const follow = (languageClient: LanguageClient | undefined) => {
    notification?.dispose();
    notification = languageClient?.onNotification(CataloguesChangedNotification, () => void update());
    void update();
  };
  context.subscriptions.push(
    client.onDidChangeClient(follow),
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    { dispose: () => notification?.dispose() },
  );
  follow(client.languageClient);
}

function show(item: vscode.LanguageStatusItem, status: CatalogueStatusResult): void {
  const active = status.catalogues.filter((c) => c.enabled);
  const failed = status.catalogues.filter((c) => !c.builtIn && !c.ok);
  const codes = active.reduce((n, c) => n + c.entries, 0);
  item.text = `$(book) ${active.length} catalogue${active.length === 1 ? '' : 's'}, ${codes} codes`;
  const lines = active.map(
    (c) => `${c.name || fileName(c.uri)} (${c.provider || '?'}): ${c.entries}${c.builtIn ? '' : ' · yours'}`,
  );
  for (const c of failed) {
    lines.push(
      `${fileName(c.uri)}: ${c.problems} problem${c.problems === 1 ? '' : 's'}${c.servingLastGood ? ', last good version serving' : ', not loaded'}`,
    );
  }
  if (!status.trusted) lines.push('Untrusted workspace: statusCodes.catalogues is ignored');
  item.detail = lines.join('; ');
  item.severity = failed.length ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

function fileName(uri: string): string {
  return vscode.Uri.parse(uri).path.split('/').pop() ?? uri;
}
