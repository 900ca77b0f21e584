import { positionParams } from '../requestParams';
import type { Feature } from '../serverContext';

/** Hover: explains the code under the cursor. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async (params, token) => {
      const { uri, position } = positionParams('textDocument/hover', params);
      const document = await ctx.analysable(uri);
      if (!document || position.line < 0 || position.line >= document.lineCount || position.character < 0) return null;
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(uri));
      // A huge document is analysed in slices so that other requests are answered meanwhile.
      if (analysis.stale) await analysis.settle();
      if (token.isCancellationRequested || ctx.documents.get(uri) !== document) return null;
      return ctx.service.doHover(document, position, analysis, await ctx.localeFor(uri));
    });
  },
};
