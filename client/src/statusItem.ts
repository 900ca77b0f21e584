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

/**
 * Short text and detail (the language status hover shows both on one line that is cut off at its
 * edge, taking the command link with it); everything else in the command's tooltip.
 */
function show(item: vscode.LanguageStatusItem, status: CatalogueStatusResult): void {
  const active = status.catalogues.filter((c) => c.enabled);
  const failed = status.catalogues.filter((c) => !c.builtIn && !c.ok);
  const codes = active.reduce((n, c) => n + c.entries, 0);
  const lines = active.map(
    (c) =>
      `${c.name || fileName(c.uri)} (${c.provider || '?'}): ${c.entries}${c.builtIn ? '' : ` · ${vscode.l10n.t('yours')}`}`,
  );
  const problems = failed.map((c) => {
    const count = c.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', c.problems);
    const state = c.servingLastGood ? vscode.l10n.t('last good version serving') : vscode.l10n.t('not loaded');
    return { file: fileName(c.uri), count, state };
  });
  lines.push(...problems.map((p) => `${p.file}: ${p.count}, ${p.state}`));
  if (!status.trusted) lines.push(vscode.l10n.t('Untrusted workspace: statusCodes.catalogues is ignored'));

  const first = problems[0];
  if (first && problems.length === 1) {
    item.text = `$(warning) ${first.file}: ${first.count}`;
    item.detail = first.state;
  } else if (first) {
    item.text = `$(warning) ${vscode.l10n.t('{0} catalogues have problems', problems.length)}`;
    item.detail = undefined;
  } else {
    item.text =
      active.length === 1
        ? vscode.l10n.t('$(book) 1 catalogue')
        : vscode.l10n.t('$(book) {0} catalogues', active.length);
    item.detail = status.trusted ? vscode.l10n.t('{0} codes', codes) : vscode.l10n.t('built-in only (untrusted)');
  }
  item.command = {
    title: vscode.l10n.t('Show output'),
    command: 'statusCodes.showOutput',
    tooltip: lines.join('\n'),
  };
  item.accessibilityInformation = { label: [item.text.replace(/\$\([\w-]+\)\s*/g, ''), ...lines].join('. ') };
  item.severity = failed.length ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

function fileName(uri: string): string {
  return vscode.Uri.parse(uri).path.split('/').pop() ?? uri;
}
