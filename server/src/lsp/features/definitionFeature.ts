import { positionParams } from '../requestParams';
import type { Feature } from '../serverContext';

/** Go to definition: a code opens its entry in the catalogue file that defines it. */
export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(ctx) {
    ctx.connection.onDefinition(async (params) => {
      const { uri, position } = positionParams('textDocument/definition', params);
      const document = await ctx.analysable(uri);
      if (!document || position.line < 0 || position.line >= document.lineCount) return null;
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(uri));
      const locations = ctx.service.findDefinition(document, position, analysis);
      return locations.length ? locations : null;
    });
  },
};
