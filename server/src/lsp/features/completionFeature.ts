import type { CompletionItem } from 'vscode-languageserver/node';
import type { CompletionSettings, Locale } from '../../service/languageServiceTypes';
import { positionParams } from '../requestParams';
import type { Feature } from '../serverContext';

/**
 * Completion of codes where a code belongs, and of SDK error enum members after `ZIMErrorCode.`.
 * Triggers are few: quotes and `.` open the places we complete in; a space after `===` or `case`
 * is where a code is typed next. Everything else is left to the editor's word-based invocation.
 *
 * A list offers every code (hundreds of items); clients that can resolve items get each
 * item's documentation only when it is shown, and clients that take item defaults get the
 * range every item replaces once, which keeps responses small.
 */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ["'", '"', '.', ' '], resolveProvider: true } },
  register(ctx) {
    const completionSettings = (locale: Locale): CompletionSettings => {
      const completion = ctx.initializeParams.capabilities.textDocument?.completion;
      return {
        resolveDocumentation: completion?.completionItem?.resolveSupport?.properties.includes('documentation') ?? false,
        itemDefaultsEditRange: completion?.completionList?.itemDefaults?.includes('editRange') ?? false,
        locale,
      };
    };
    ctx.connection.onCompletion(async (params) => {
      const { uri, position } = positionParams('textDocument/completion', params);
      const document = await ctx.analysable(uri);
      if (!document || position.line < 0 || position.line >= document.lineCount) return null;
      const analysis = ctx.service.doAnalysis(document, await ctx.indexFor(uri));
      return ctx.service.doComplete(document, position, analysis, completionSettings(await ctx.localeFor(uri)));
    });
    ctx.connection.onCompletionResolve((item: CompletionItem) => ctx.service.doResolve(item));
  },
};
