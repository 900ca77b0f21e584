import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/browser';
import { WebCataloguesNotification } from '../../../server/src/protocol';
import { readWebCatalogues, webCataloguePatterns } from './webCatalogues';
import { openSample } from '../commands/openSample';

/**
 * The extension in the browser (vscode.dev, github.dev, code-server's web worker host): the
 * same language server, built for a web worker, with the built-in catalogues bundled. Hover,
 * diagnostics, quick fixes, completion, inlay hints and definitions work as on the desktop;
 * the commands that write files or need Node say so.
 */
let client: LanguageClient | undefined;

// The extension host of the browser is a web worker: it can start the server in a worker of its own.
declare const Worker: new (url: string) => ServerOptions;

/** Commands that need the desktop extension (they write files on disk or use Node). */
const DESKTOP_ONLY: Readonly<Record<string, () => string>> = {
  'statusCodes.generateConstants': () => vscode.l10n.t('Generate constants file'),
  'statusCodes.newCatalogue': () => vscode.l10n.t('New catalogue file'),
  'statusCodes.searchCodes': () => vscode.l10n.t('Search codes'),
  'statusCodes.ignoreCode': () => vscode.l10n.t('Ignore code in this workspace'),
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Status Codes', { log: true });
  context.subscriptions.push(output);
  for (const [command, title] of Object.entries(DESKTOP_ONLY))
    context.subscriptions.push(
      vscode.commands.registerCommand(command, () =>
        vscode.window.showInformationMessage(
          vscode.l10n.t(
            'Status Codes: "{0}" needs the desktop VS Code; in the browser, hovers, diagnostics, quick fixes, completion and inlay hints work.',
            title(),
          ),
        ),
      ),
    );
  context.subscriptions.push(
    vscode.commands.registerCommand('statusCodes.openSample', openSample()),
    vscode.commands.registerCommand('statusCodes.showOutput', () => output.show()),
    vscode.commands.registerCommand('statusCodes.restartServer', async () => {
      await stop();
      await start(context, output);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statusCodes.catalogues')) void sendCatalogues(output);
      if (e.affectsConfiguration('statusCodes.languages')) void restart(context, output);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void sendCatalogues(output)),
  );
  watchCatalogues(context, output);
  await start(context, output);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const languages = vscode.workspace.getConfiguration('statusCodes').get<string[]>('languages') ?? [];
  const options: LanguageClientOptions = {
    // Any scheme: virtual workspaces (vscode-vfs:, github.dev) are what the web is for.
    documentSelector: languages.map((language) => ({ language })),
    outputChannel: output,
    synchronize: { configurationSection: 'statusCodes' },
    initializationOptions: {
      trusted: vscode.workspace.isTrusted,
      userSettings: { allowAbsoluteCataloguePaths: false },
      web: true,
    },
  };
  const worker = await startWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
  // vscode-languageclient 10+: the worker comes before the client options.
  client = new LanguageClient('statusCodes', 'Status Codes', worker, options);
  await client.start();
  await sendCatalogues(output);
}

/**
 * The server's worker. An extension installed on a remote (code-server) has a vscode-remote: URI,
 * from which the web extension host cannot start workers: the script is read through the
 * workspace file system and started from a blob: URL instead.
 */
async function startWorker(script: vscode.Uri): Promise<ServerOptions> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const blob = new Blob([await vscode.workspace.fs.readFile(script)], { type: 'application/javascript' });
  return new Worker(URL.createObjectURL(blob));
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  await stop();
  await start(context, output);
}

async function sendCatalogues(output: vscode.LogOutputChannel): Promise<void> {
  const params = await readWebCatalogues((m) => output.warn(m));
  await client?.sendNotification(WebCataloguesNotification, params);
}

/** Re-sends the catalogues when one of the files changes (the watchers follow the setting). */
function watchCatalogues(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  let watchers: vscode.Disposable[] = [];
  const rewatch = () => {
    for (const w of watchers) w.dispose();
    watchers = webCataloguePatterns().map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const changed = () => void sendCatalogues(output);
      watcher.onDidChange(changed);
      watcher.onDidCreate(changed);
      watcher.onDidDelete(changed);
      return watcher;
    });
  };
  rewatch();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('statusCodes.catalogues') && rewatch()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      rewatch();
      void sendCatalogues(output);
    }),
    { dispose: () => watchers.forEach((w) => w.dispose()) },
  );
}
