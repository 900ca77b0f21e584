import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type Disposable,
} from 'vscode-languageserver/node';
import { watchPatterns } from './watchPatterns';
import { filePath } from './workspaceFolders';

/**
 * Tells when catalogue files are created, changed or deleted. Prefers the client's
 * file watcher (dynamic `workspace/didChangeWatchedFiles` registration); clients
 * without it get `fs.watch` on the parent folders, which also notices a folder
 * that appears later.
 */
export class CatalogueWatcher {
  private readonly useClient: boolean;
  private readonly relativePatterns: boolean;
  private watched = '';
  private registration: Promise<Disposable> | undefined;
  private readonly fsWatchers = new Map<string, fs.FSWatcher>();
  private settle: NodeJS.Timeout | undefined;

  /** `changed` gets a file path, or undefined when something in a watched folder changed. */
  constructor(
    private readonly connection: Connection,
    capabilities: ClientCapabilities | undefined,
    private readonly changed: (file: string | undefined) => void,
    private readonly log: (message: string) => void,
  ) {
    const watched = capabilities?.workspace?.didChangeWatchedFiles;
    this.useClient = watched?.dynamicRegistration === true;
    this.relativePatterns = watched?.relativePatternSupport === true;
    if (this.useClient) {
      connection.onDidChangeWatchedFiles(({ changes }) => {
        for (const change of changes) {
          const file = filePath(change.uri);
          if (file !== undefined) this.changed(file);
        }
      });
    }
  }

  /** Watches exactly these files (replaces what was watched before). */
  watch(files: readonly string[]): void {
    const key = [...new Set(files)].sort().join('\n');
    if (key === this.watched) return;
    this.watched = key;
    if (this.useClient) this.registerWithClient(key ? key.split('\n') : []);
    else this.watchFolders(key ? key.split('\n') : []);
  }

  dispose(): void {
    this.watched = '';
    void this.registration?.then(
      (d) => d.dispose(),
      () => undefined,
    );
    this.registration = undefined;
    for (const w of this.fsWatchers.values()) w.close();
    this.fsWatchers.clear();
    clearTimeout(this.settle);
  }

  private registerWithClient(files: readonly string[]): void {
    const previous = this.registration;
    this.registration = undefined;
    void previous?.then(
      (d) => d.dispose(),
      () => undefined,
    );
    if (files.length === 0) return;
    const watchers = watchPatterns(files, this.relativePatterns);
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    this.registration.catch((e: Error) =>
      this.log(
        `Could not register file watchers for catalogues: ${e.message}. Edits to closed catalogue files are picked up after a restart.`,
      ),
    );
  }

  private watchFolders(files: readonly string[]): void {
    const wanted = new Set([...new Set(files.map((file) => path.dirname(file)))].map(nearestExistingFolder));
    for (const [folder, watcher] of this.fsWatchers) {
      if (!wanted.has(folder)) {
        watcher.close();
        this.fsWatchers.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (this.fsWatchers.has(folder)) continue;
      try {
        const watcher = fs.watch(folder, { persistent: false }, () => this.somethingChanged());
        watcher.on('error', () => {
          watcher.close();
          this.fsWatchers.delete(folder);
          this.somethingChanged();
        });
        this.fsWatchers.set(folder, watcher);
      } catch (e) {
        this.log(`Cannot watch ${folder} for catalogue changes: ${(e as Error).message}`);
      }
    }
  }

  /** Editors save in several steps (truncate, write, rename): act once things settle. */
  private somethingChanged(): void {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      // A folder that was missing may exist now: watch it instead of its parent.
      const files = this.watched ? this.watched.split('\n') : [];
      this.watched = '';
      this.watch(files);
      this.changed(undefined);
    }, 50);
  }
}

function nearestExistingFolder(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      if (fs.statSync(current).isDirectory()) return current;
    } catch {
      /* missing: try the parent */
    }
    if (path.dirname(current) === current) return current;
  }
}
