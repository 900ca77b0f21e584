import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

/** Repository root, from out/test/support. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface Registration {
  id: string;
  method: string;
  registerOptions?: unknown;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: unknown;
    message: string;
    code?: string | number;
    source?: string;
    severity?: number;
    data?: unknown;
  }[];
}

/**
 * A minimal LSP client over stdio for protocol tests: starts `node dist/server.js --stdio`,
 * speaks JSON-RPC, records notifications, and kills the server on `close()`.
 */
export class LspTestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  readonly logs: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly stderr: string[] = [];
  /** Every capability the server registered dynamically (e.g. file watchers), in order. */
  readonly registrations: Registration[] = [];

  private constructor(readonly process: ChildProcess) {
    this.connection = createMessageConnection(
      new StreamMessageReader(process.stdout!),
      new StreamMessageWriter(process.stdin!),
    );
    this.connection.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as PublishedDiagnostics;
        this.diagnostics.set(p.uri, p);
      } else if (method === 'window/logMessage') {
        this.logs.push((params as { message: string }).message);
      }
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
    process.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
  }

  /** Settings answered to `workspace/configuration` (when the client announces that capability). */
  settings: unknown = {};

  static async start(
    options: {
      settings?: unknown;
      pullConfiguration?: boolean;
      initializationOptions?: unknown;
      rootUri?: string;
      env?: NodeJS.ProcessEnv;
      textDocumentCapabilities?: object;
      /** Added to the workspace capabilities (e.g. `didChangeWatchedFiles`, as VS Code announces it). */
      workspaceCapabilities?: object;
      execArgv?: readonly string[];
      /** The server script to run (default dist/server.js); the benchmark runs its baseline server through it. */
      serverPath?: string;
      /** `InitializeParams.locale`: the client's display language (VS Code sends vscode.env.language). */
      locale?: string;
    } = {},
  ): Promise<LspTestClient> {
    // execArgv: Node options for the server process (e.g. --cpu-prof when profiling a benchmark).
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.serverPath ?? SERVER_JS, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const client = new LspTestClient(child);
    client.settings = options.settings ?? {};
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'root' }] : null,
      capabilities: {
        workspace: {
          configuration: options.pullConfiguration ?? true,
          didChangeConfiguration: { dynamicRegistration: false },
          workspaceFolders: true,
          ...options.workspaceCapabilities,
        },
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { relatedInformation: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
          ...options.textDocumentCapabilities,
        },
      },
      initializationOptions: options.initializationOptions,
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, languageId: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Waits until `predicate` holds for the recorded state, checking after every notification. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`Timed out waiting for ${what}. Server log:\n${this.logs.join('\n')}\n${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for diagnostics of `uri` (optionally for a given document version). */
  waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishedDiagnostics> {
    return this.waitFor(
      () => {
        const d = this.diagnostics.get(uri);
        return d && (version === undefined || d.version === undefined || d.version >= version) ? d : undefined;
      },
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) return resolve();
      const t = setTimeout(() => {
        this.process.kill('SIGKILL');
      }, 2000);
      this.process.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

export const fileUri = (p: string): string => pathToFileURL(p).toString();
