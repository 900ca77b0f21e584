import type { Feature, ServerContext } from '../serverContext';
import { pathToFileURL } from 'node:url';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { SharedDiagnostics } from '../catalogueDiagnostics';
import { CatalogueWatcher } from '../catalogueWatcher';
import { UserCatalogues } from '../userCatalogues';
import { filePath } from '../workspaceFolders';
import {
  CatalogueStatusRequest,
  CataloguesChangedNotification,
  TrustChangedNotification,
  UserSettingsNotification,
  type CatalogueStatus,
  type CatalogueStatusResult,
} from '../../protocol';

interface InitializationOptions {
  readonly trusted?: unknown;
  readonly userSettings?: { readonly allowAbsoluteCataloguePaths?: unknown };
}

/**
 * User catalogues (`statusCodes.catalogues`): loads them per workspace folder, reloads them
 * when they change on disk or in the editor, reports their problems, honours workspace trust.
 */
export const userCataloguesFeature: Feature = {
  capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
  register(ctx) {
    let catalogues: UserCatalogues | undefined;
    const diagnostics = new SharedDiagnostics(ctx.connection, sameFileKey);
    // initialize has run by the time any document or request arrives; start on first use.
    const started = () => (catalogues ??= start(ctx, diagnostics));

    ctx.userCatalogues = (documentUri) => started().forDocument(documentUri);
    ctx.listeners.onRefresh.push(() => {
      if (!catalogues) return;
      catalogues.invalidate();
      void ctx.connection.sendNotification(CataloguesChangedNotification, {});
    });
    ctx.listeners.onDocumentChanged.push((document) => {
      const c = started();
      if (c.isCatalogue(document.uri)) c.reload(document.uri);
    });
    ctx.listeners.onDocumentClosed.push((uri) => {
      // The editor may have discarded unsaved edits: the file on disk is the truth again.
      if (catalogues?.isCatalogue(uri)) catalogues.reload(uri);
    });
    ctx.connection.onNotification(TrustChangedNotification, (params) => {
      if (typeof params?.trusted === 'boolean') started().setTrusted(params.trusted);
    });
    ctx.connection.onNotification(UserSettingsNotification, (params) => {
      started().setAllowOutsidePaths(params?.allowAbsoluteCataloguePaths === true);
    });
    ctx.connection.onRequest(CatalogueStatusRequest, (params) =>
      catalogueStatus(ctx, started(), typeof params?.uri === 'string' ? params.uri : undefined),
    );
  },
};

/** URIs of one file can differ in encoding (`%3A`, `%20`): compare file paths. */
function sameFileKey(uri: string): string {
  const file = filePath(uri);
  return file === undefined ? uri : pathToFileURL(file).toString();
}

function start(ctx: ServerContext, diagnostics: SharedDiagnostics): UserCatalogues {
  const params = ctx.initializeParams;
  const options = (params?.initializationOptions ?? {}) as InitializationOptions;
  const catalogues = new UserCatalogues(
    {
      store: ctx.service.store,
      settingsFor: (uri) => ctx.settingsFor(uri),
      openText: (uri) => ctx.documents.get(uri)?.getText(),
      publishDiagnostics: (uri, problems) => diagnostics.publishCatalogue(uri, problems),
      log: ctx.log,
      // A notification, not a request: nothing waits for the user to dismiss it.
      notify: (message) =>
        void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
      refresh: () => ctx.refreshAll(),
    },
    {
      // Editors without a notion of trust do not send it: the user started the server on their files.
      trusted: options.trusted !== false,
      allowOutsidePaths: options.userSettings?.allowAbsoluteCataloguePaths === true,
    },
  );
  catalogues.folders.set(params?.workspaceFolders ?? (params?.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
  const watcher = new CatalogueWatcher(
    ctx.connection,
    params?.capabilities,
    (file) => catalogues.reload(file),
    ctx.log,
  );
  catalogues.onWatchedFilesChanged = (files) => watcher.watch(files);
  if (params?.capabilities.workspace?.workspaceFolders) {
    ctx.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      catalogues.folders.change(added, removed);
      catalogues.invalidate();
      catalogues.reload();
      ctx.refreshAll();
    });
  }
  return catalogues;
}

async function catalogueStatus(
  ctx: ServerContext,
  catalogues: UserCatalogues,
  uri: string | undefined,
): Promise<CatalogueStatusResult> {
  const settings = uri ? await ctx.settingsFor(uri) : undefined;
  const enabled = (provider: string) => settings?.providers[provider] !== false;
  const builtIn: CatalogueStatus[] = ctx.service.store.builtInCatalogues.map((c) => ({
    uri: c.origin.uri,
    provider: c.provider.id,
    name: c.provider.name,
    builtIn: true,
    entries: c.entries.length,
    ok: true,
    problems: 0,
    servingLastGood: false,
    enabled: enabled(c.provider.id),
  }));
  // A damaged built-in file: not serving, shown as a problem (its provider id is unknown: it did not parse).
  for (const f of ctx.service.store.builtInFailures) {
    builtIn.push({
      uri: f.uri,
      provider: '',
      name: '',
      builtIn: true,
      entries: 0,
      ok: false,
      problems: 1,
      servingLastGood: false,
      enabled: true,
    });
  }
  const states = uri
    ? (await catalogues.forDocument(uri)).flatMap((u) => catalogues.state(u) ?? [])
    : await catalogues.all();
  const user: CatalogueStatus[] = states.map((state) => {
    const loaded = ctx.service.store.userCatalogue(state.uri);
    return {
      uri: state.uri,
      provider: loaded?.provider.id ?? '',
      name: loaded?.provider.name ?? '',
      builtIn: false,
      entries: loaded?.entries.length ?? 0,
      ok: state.ok,
      problems: state.missing ? 1 : state.problems.length,
      servingLastGood: state.servingLastGood,
      enabled: loaded ? enabled(loaded.provider.id) : true,
    };
  });
  return { trusted: catalogues.trusted, catalogues: [...builtIn, ...user] };
}
