import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Feature } from '../serverContext';

/** Hover: explains the code under the cursor. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async (params, token) => {
      const { textDocument, position } = (params ?? {}) as Partial<typeof params>;
      if (typeof textDocument?.uri !== 'string' || !isPosition(position)) {
        throw new ResponseError(
          ErrorCodes.InvalidParams,
          'textDocument/hover needs a textDocument uri and a position of two integers.',
        );
      }
      const document = await ctx.analysable(textDocument.uri);
      if (!document || position.line < 0 || position.line >= document.lineCount || position.character < 0) return null;
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(textDocument.uri));
      // A huge document is analysed in slices so that other requests are answered meanwhile.
      if (analysis.stale) await analysis.settle();
      if (token.isCancellationRequested || ctx.documents.get(textDocument.uri) !== document) return null;
      return ctx.service.doHover(document, position, analysis);
    });
  },
};

const isPosition = (p: unknown): p is { line: number; character: number } =>
  typeof p === 'object' &&
  p !== null &&
  Number.isInteger((p as { line: unknown }).line) &&
  Number.isInteger((p as { character: unknown }).character);
