import { rangeParams } from '../requestParams';
import type { Feature } from '../serverContext';

/** Inlay hints: the short message after each recognised code, when `statusCodes.inlayHints.enable` is on. */
export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register(ctx) {
    ctx.connection.languages.inlayHint.on(async (params) => {
      const { uri, range } = rangeParams('textDocument/inlayHint', params);
      const document = await ctx.analysable(uri);
      if (!document) return [];
      const settings = await ctx.settingsFor(uri);
      if (!settings.inlayHints.enable) return [];
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(uri));
      return ctx.service.getInlayHints(document, range, analysis, settings, await ctx.localeFor(uri));
    });
    // Settings or catalogues changed: hints already shown may be stale, and only the client can ask again.
    ctx.listeners.onRefresh.push(() => {
      if (ctx.initializeParams.capabilities.workspace?.inlayHint?.refreshSupport !== true) return;
      ctx.connection.languages.inlayHint
        .refresh()
        .catch((e: unknown) => ctx.log(`Could not refresh inlay hints: ${(e as Error).message}`));
    });
  },
};
