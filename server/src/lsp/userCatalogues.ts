import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogueDiagnostics } from './catalogueDiagnostics';
import { openCatalogueText, readCatalogueFile, type CatalogueFileRead } from './catalogueFile';
import { resolveCataloguePath } from './cataloguePaths';
import { filePath, WorkspaceFolders, type WorkspaceFolderInfo } from './workspaceFolders';
import { inBatches, lineOf, nextTurn, plural } from './catalogueLoading';
import { CATALOGUE_EDIT_DELAY_MS, type UserCatalogueState, type UserCataloguesHost } from './userCatalogueTypes';

export {
  CATALOGUE_EDIT_DELAY_MS,
  type LogLevel,
  type UserCatalogueState,
  type UserCataloguesHost,
} from './userCatalogueTypes';

/**
 * The catalogue files named by `statusCodes.catalogues`, per workspace folder: resolved
 * against the folder, loaded into the store (the last good version keeps serving when a
 * file breaks), reported as diagnostics on the file, and reloaded when they change.
 */
export class UserCatalogues {
  readonly folders = new WorkspaceFolders();
  private trustedWorkspace: boolean;
  private allowOutside: boolean;
  private readonly files = new Map<string, UserCatalogueState>();
  private readonly perFolder = new Map<string, Promise<readonly string[]>>();
  /** The last resolution of each folder's setting: a refresh with the same setting reuses it. */
  private readonly resolutions = new Map<string, { readonly key: string; readonly uris: readonly string[] }>();
  private readonly noticed = new Set<string>();
  /** Reloads waiting for the typing in an open catalogue to pause, by URI. */
  private readonly editTimers = new Map<string, NodeJS.Timeout>();
  /** The load in progress or last finished per file: loads of one file run one after another. */
  private readonly loads = new Map<string, Promise<boolean>>();
  /** Files to watch changed: the watcher follows. */
  onWatchedFilesChanged: (paths: readonly string[]) => void = () => undefined;

  constructor(
    private readonly host: UserCataloguesHost,
    options: { trusted: boolean; allowOutsidePaths: boolean },
  ) {
    this.trustedWorkspace = options.trusted;
    this.allowOutside = options.allowOutsidePaths;
  }

  get trusted(): boolean {
    return this.trustedWorkspace;
  }

  /** The user catalogue URIs that apply to a document (its folder's setting, in order). */
  async forDocument(documentUri: string): Promise<readonly string[]> {
    const folder = this.folders.folderFor(documentUri);
    if (!folder) return [];
    let uris = this.perFolder.get(folder.uri);
    if (!uris) {
      uris = this.resolveFolder(folder);
      this.perFolder.set(folder.uri, uris);
    }
    return uris;
  }

  /** Every configured catalogue of every folder, for the status display. */
  async all(): Promise<UserCatalogueState[]> {
    const uris = new Set((await Promise.all(this.folders.all.map((f) => this.forDocument(f.uri)))).flat());
    return [...uris].flatMap((uri) => this.files.get(uri) ?? []);
  }

  state(uri: string): UserCatalogueState | undefined {
    return this.files.get(uri);
  }

  /** Whether a document is one of the configured catalogue files. */
  isCatalogue(uri: string): boolean {
    return this.stateFor(uri) !== undefined;
  }

  /** Settings, folders or trust changed: resolve the settings again when next asked. */
  invalidate(): void {
    this.perFolder.clear();
  }

  setTrusted(trusted: boolean): void {
    if (trusted === this.trustedWorkspace) return;
    this.trustedWorkspace = trusted;
    this.accessChanged();
  }

  setAllowOutsidePaths(allow: boolean): void {
    if (allow === this.allowOutside) return;
    this.allowOutside = allow;
    this.accessChanged();
  }

  /** Which files may be read changed: notices may apply anew, and every folder resolves again. */
  private accessChanged(): void {
    this.noticed.clear();
    this.invalidate();
    this.host.refresh();
  }

  /**
   * Reloads one catalogue file (from the editor if it is open, else from disk), or all
   * known files when `uriOrPath` is undefined. Refreshes open documents if anything changed.
   */
  async reload(uriOrPath?: string): Promise<void> {
    const states =
      uriOrPath === undefined ? [...this.files.values()] : [this.stateFor(uriOrPath)].flatMap((s) => s ?? []);
    const changed = await inBatches(states, (state) =>
      this.load(state).catch((e: Error) => {
        // Never an unhandled rejection: the file keeps what it served, and the output says why.
        this.host.log(`Catalogue ${state.path} could not be reloaded: ${e.message}`, 'error');
        return false;
      }),
    );
    if (!changed.some(Boolean)) return;
    // Requests that arrived during the parse are answered before every open document is refreshed.
    await nextTurn();
    this.host.refresh();
  }

  /**
   * The text of an open catalogue changed: reload it once the typing pauses, not on every
   * keystroke (each reload parses, validates and re-indexes the whole file).
   */
  edited(uri: string, delayMs = CATALOGUE_EDIT_DELAY_MS): void {
    clearTimeout(this.editTimers.get(uri));
    const timer = setTimeout(() => {
      this.editTimers.delete(uri);
      void this.reload(uri);
    }, delayMs);
    this.editTimers.set(uri, timer);
  }

  /** An open catalogue was closed: the file on disk is the truth again, at once. */
  closed(uri: string): void {
    clearTimeout(this.editTimers.get(uri));
    this.editTimers.delete(uri);
    void this.reload(uri);
  }

  private stateFor(uriOrPath: string): UserCatalogueState | undefined {
    const file = uriOrPath.includes(':') && !path.isAbsolute(uriOrPath) ? filePath(uriOrPath) : uriOrPath;
    return file === undefined ? undefined : this.files.get(pathToFileURL(file).toString());
  }

  private async resolveFolder(folder: WorkspaceFolderInfo): Promise<readonly string[]> {
    const settings = await this.host.settingsFor(folder.uri);
    if (settings.catalogues.length === 0) return [];
    if (!this.trustedWorkspace) {
      this.noticeOnce(
        `untrusted:${folder.uri}`,
        `Status Codes: this workspace is not trusted, so statusCodes.catalogues of folder "${folder.name}" is ignored and only the built-in catalogues are used. Trust the workspace to load them.`,
      );
      return [];
    }
    // Resolved once per setting: thousands of entries are not resolved again on every refresh.
    const key = JSON.stringify([this.allowOutside, settings.catalogues]);
    const known = this.resolutions.get(folder.uri);
    if (known?.key === key) {
      await Promise.all(known.uris.map((uri) => this.loads.get(uri)));
      return known.uris;
    }
    // Each entry once, each file once, the watcher told once at the end.
    const uris = new Set<string>();
    const added: UserCatalogueState[] = [];
    for (const entry of settings.catalogues) {
      const resolved = resolveCataloguePath(folder.path, entry, this.allowOutside);
      if (!resolved.ok) {
        this.noticeOnce(`refused:${folder.uri}:${entry}`, resolved.message);
        continue;
      }
      const uri = pathToFileURL(resolved.path).toString();
      if (!this.files.has(uri)) {
        const state: UserCatalogueState = {
          uri,
          path: resolved.path,
          folder: folder.path,
          text: undefined,
          ok: false,
          problems: [],
          servingLastGood: false,
          missing: false,
        };
        this.files.set(uri, state);
        added.push(state);
      }
      uris.add(uri);
    }
    await inBatches(added, (state) => this.load(state));
    if (added.length) this.onWatchedFilesChanged([...this.files.values()].map((s) => s.path));
    // Files another resolution started loading are served once loaded, not before.
    await Promise.all([...uris].map((uri) => this.loads.get(uri)));
    const resolved = [...uris];
    this.resolutions.set(folder.uri, { key, uris: resolved });
    return resolved;
  }

  /** Reads and applies one file, after any load of it in progress; true if what it serves (or its problems) changed. */
  private load(state: UserCatalogueState): Promise<boolean> {
    const previous = this.loads.get(state.uri) ?? Promise.resolve(false);
    const next = previous.then(
      () => this.loadNow(state),
      () => this.loadNow(state),
    );
    this.loads.set(state.uri, next);
    return next;
  }

  private async loadNow(state: UserCatalogueState): Promise<boolean> {
    const live = this.host.openText(state.uri);
    // Checked at every read, not only when the setting is resolved: a link may be swapped in later.
    const inside = live !== undefined || resolveCataloguePath(state.folder, state.path, this.allowOutside);
    if (inside !== true && !inside.ok)
      return this.unreadable(state, { ok: false, missing: false, message: inside.message });
    const read = live === undefined ? await readCatalogueFile(state.path) : openCatalogueText(live);
    if (!read.ok) return this.unreadable(state, read);
    const text = read.text;
    if (text === state.text && !state.missing) return false;
    if (live !== undefined) {
      // Let waiting requests run first; a text typed over meanwhile is not worth parsing (its reload is due).
      await nextTurn();
      if (this.editTimers.has(state.uri) && this.host.openText(state.uri) !== live) return false;
    }
    const wasOk = state.ok;
    state.text = text;
    state.missing = false;
    const report = this.host.store.setUser(state.uri, text);
    state.ok = report.ok;
    state.problems = report.problems;
    state.servingLastGood = report.servingLastGood;
    this.host.publishDiagnostics(state.uri, catalogueDiagnostics(text, report.problems));
    if (!report.ok) {
      const first = report.problems[0];
      const where = first ? `line ${lineOf(text, first.offset) + 1}: ${first.message}` : '';
      const count = report.problems.length;
      this.host.log(
        `Catalogue ${state.path} has ${count} problem${count === 1 ? '' : 's'} (${where}${count > 1 ? ` and ${count - 1} more` : ''}); ` +
          (report.servingLastGood
            ? 'the last good version keeps serving until it is fixed.'
            : 'it is not used until it is fixed.'),
        report.servingLastGood ? 'warning' : 'error',
      );
    } else if (!wasOk && state.problems.length === 0) {
      this.host.log(`Catalogue ${state.path} loaded: ${plural(report.entryCount, 'entry', 'entries')}.`);
    }
    return true;
  }

  private unreadable(state: UserCatalogueState, read: Extract<CatalogueFileRead, { ok: false }>): boolean {
    if (read.missing) {
      // A deleted file stops serving; it comes back when the file is created again.
      if (state.missing) return false;
      const served = state.text !== undefined;
      state.missing = true;
      state.text = undefined;
      state.ok = false;
      state.problems = [];
      state.servingLastGood = false;
      this.host.store.removeUser(state.uri);
      this.host.publishDiagnostics(state.uri, []);
      this.host.log(
        `Catalogue ${state.path} ${served ? 'was deleted; its codes are no longer served' : 'does not exist (listed in statusCodes.catalogues)'}.`,
        'warning',
      );
      return true;
    }
    const problem = { message: read.message, offset: 0, length: 0 };
    const servingLastGood = this.host.store.userCatalogue(state.uri) !== undefined;
    if (!state.ok && state.problems[0]?.message === problem.message) return false;
    state.ok = false;
    state.problems = [problem];
    state.servingLastGood = servingLastGood;
    state.text = undefined;
    this.host.publishDiagnostics(state.uri, catalogueDiagnostics('', [problem]));
    state.missing = false;
    this.host.log(
      `Catalogue ${state.path}: ${read.message} ${servingLastGood ? 'The last good version keeps serving.' : 'It is not used.'}`,
      servingLastGood ? 'warning' : 'error',
    );
    return true;
  }

  private noticeOnce(key: string, message: string): void {
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    this.host.log(message, 'warning');
    this.host.notify(message);
  }
}
