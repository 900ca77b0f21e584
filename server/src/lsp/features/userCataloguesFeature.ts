import type { Feature, ServerContext } from '../serverContext';
import type { UserCatalogues } from '../userCatalogues';
import {
  CatalogueStatusRequest,
  CataloguesChangedNotification,
  TrustChangedNotification,
  UserSettingsNotification,
  type CatalogueStatus,
  type CatalogueStatusResult,
} from '../../protocol';

/**
 * User catalogues (`statusCodes.catalogues`): the context's `UserCatalogues` loads them per
 * workspace folder; this feature reloads them when they change in the editor or the folders
 * change, answers the status request and follows workspace trust and the user-only settings.
 */
export const userCataloguesFeature: Feature = {
  capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
  register(ctx) {
    const catalogues = ctx.userCatalogues;
    ctx.listeners.onRefresh.push(() => {
      catalogues.invalidate();
      void ctx.connection.sendNotification(CataloguesChangedNotification, {});
    });
    ctx.listeners.onDocumentChanged.push((document) => {
      if (catalogues.isCatalogue(document.uri)) catalogues.edited(document.uri);
    });
    ctx.listeners.onDocumentClosed.push((uri) => {
      // The editor may have discarded unsaved edits: the file on disk is the truth again.
      if (catalogues.isCatalogue(uri)) catalogues.closed(uri);
    });
    ctx.connection.onNotification(TrustChangedNotification, (params) => {
      if (typeof params?.trusted === 'boolean') catalogues.setTrusted(params.trusted);
    });
    ctx.connection.onNotification(UserSettingsNotification, (params) => {
      catalogues.setAllowOutsidePaths(params?.allowAbsoluteCataloguePaths === true);
    });
    ctx.connection.onRequest(CatalogueStatusRequest, (params) =>
      catalogueStatus(ctx, catalogues, typeof params?.uri === 'string' ? params.uri : undefined),
    );
  },
  initialized(ctx) {
    // Registering for folder changes may send a registration request: not before `initialized`.
    if (!ctx.initializeParams.capabilities.workspace?.workspaceFolders) return;
    ctx.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      ctx.userCatalogues.folders.change(added, removed);
      ctx.userCatalogues.invalidate();
      ctx.refreshAll();
      void ctx.userCatalogues.reload();
    });
  },
};

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
