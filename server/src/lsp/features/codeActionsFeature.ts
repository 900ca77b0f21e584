import { CodeActionKind } from 'vscode-languageserver/node';
import { rangeParams } from '../requestParams';
import type { Feature } from '../serverContext';

/**
 * Code actions: quick fixes for the diagnostics the client sends back in the request
 * context (their `code` and `data` say everything), and "Add comment with meaning".
 */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] } },
  register(ctx) {
    ctx.connection.onCodeAction(async (params) => {
      const { uri, range } = rangeParams('textDocument/codeAction', params);
      // A context without a diagnostics list still gets the actions that need no diagnostic.
      const context = Array.isArray(params.context?.diagnostics) ? params.context : { diagnostics: [] };
      const document = await ctx.analysable(uri);
      if (!document) return [];
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(uri));
      return ctx.service.doCodeActions(document, range, context, analysis, await ctx.localeFor(uri));
    });
  },
};
