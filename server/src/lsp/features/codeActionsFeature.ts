import { CodeActionKind } from 'vscode-languageserver/node';
import type { Feature } from '../serverContext';

/**
 * Code actions: quick fixes for the diagnostics the client sends back in the request
 * context (their `code` and `data` say everything), and "Add comment with meaning".
 */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] } },
  register(ctx) {
    ctx.connection.onCodeAction(async ({ textDocument, range, context }) => {
      const document = await ctx.analysable(textDocument.uri);
      if (!document) return [];
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(textDocument.uri));
      return ctx.service.doCodeActions(document, range, context, analysis);
    });
  },
};
