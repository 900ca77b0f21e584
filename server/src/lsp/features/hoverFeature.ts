import type { Feature } from '../serverContext';

/** Hover: explains the code under the cursor. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async ({ textDocument, position }) => {
      const document = await ctx.analysable(textDocument.uri);
      if (!document || position.line < 0 || position.line >= document.lineCount) return null;
      return ctx.service.hover(document, position, await ctx.indexFor(textDocument.uri));
    });
  },
};
