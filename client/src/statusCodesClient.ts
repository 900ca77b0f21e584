import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  TrustChangedNotification,
  UserSettingsNotification,
  type InitializationOptions,
  type UserSettingsParams,
} from '../../server/src/protocol';
import { builtInDefinitionMiddleware } from './builtInCatalogueDocuments';

/** Owns the language client: starts, restarts and stops the server, and the output channel. */
export class StatusCodesClient {
  readonly output: vscode.LogOutputChannel;
  private client: LanguageClient | undefined;
  private readonly emitter = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires when the server (re)starts or stops. */
  readonly onDidChangeClient = this.emitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Status Codes', { log: true });
    context.subscriptions.push(this.output, this.emitter);
    context.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        // The document selector is fixed when the client starts: a new language list needs a restart.
        if (e.affectsConfiguration('statusCodes.languages')) void this.restart();
        else if (e.affectsConfiguration('statusCodes.allowAbsoluteCataloguePaths'))
          void this.client?.sendNotification(UserSettingsNotification, userSettings());
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(
        () => void this.client?.sendNotification(TrustChangedNotification, { trusted: true }),
      ),
    );
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }
  get isRunning(): boolean {
    return this.client?.isRunning() ?? false;
  }

  async start(): Promise<void> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      // Source maps: a stack trace in the output names our files and lines, not minified columns.
      run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps'] } },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6010', '--enable-source-maps'] },
      },
    };
    const languages = vscode.workspace.getConfiguration('statusCodes').get<string[]>('languages') ?? [];
    const clientOptions: LanguageClientOptions = {
      documentSelector: languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      outputChannel: this.output,
      traceOutputChannel: this.output,
      synchronize: { configurationSection: 'statusCodes' },
      initializationOptions: {
        trusted: vscode.workspace.isTrusted,
        userSettings: userSettings(),
      } satisfies InitializationOptions,
      middleware: builtInDefinitionMiddleware(this.context),
    };
    this.client = new LanguageClient('statusCodes', 'Status Codes', serverOptions, clientOptions);
    try {
      await this.client.start();
    } catch (e) {
      this.output.error(vscode.l10n.t('The Status Codes server failed to start: {0}', (e as Error).message));
      void vscode.window
        .showErrorMessage(
          vscode.l10n.t(
            'Status Codes: the language server failed to start ({0}). See the output for details.',
            (e as Error).message,
          ),
          vscode.l10n.t('Show output'),
        )
        .then((choice) => {
          if (choice) this.output.show();
        });
      throw e;
    } finally {
      this.emitter.fire(this.client);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
    this.emitter.fire(undefined);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}

/**
 * Settings the server may only take from USER settings: it cannot tell scopes apart, and a
 * repository's own settings must not widen what the server reads.
 */
function userSettings(): UserSettingsParams {
  const inspected = vscode.workspace.getConfiguration('statusCodes').inspect<boolean>('allowAbsoluteCataloguePaths');
  return { allowAbsoluteCataloguePaths: inspected?.globalValue === true };
}
