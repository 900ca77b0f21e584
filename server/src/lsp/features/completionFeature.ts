import type { CompletionItem, MarkupContent } from 'vscode-languageserver/node';
import { completions } from '../../service/completion';
import type { Feature } from '../serverContext';

/**
 * Completion of codes where a code belongs, and of SDK error enum members after `ZIMErrorCode.`.
 * Triggers are few: quotes and `.` open the places we complete in; a space after `===` or `case`
 * is where a code is typed next. Everything else is left to the editor's word-based invocation.
 *
 * A list offers every code (hundreds of items); clients that can resolve items get each
 * item's documentation only when it is shown, which keeps responses small.
 */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ["'", '"', '.', ' '], resolveProvider: true } },
  register(ctx) {
    let generation = 0;
    let lastDocumentation: (string | MarkupContent | undefined)[] = [];
    const lazyDocumentation = () =>
      ctx.initializeParams?.capabilities.textDocument?.completion?.completionItem?.resolveSupport?.properties.includes('documentation') ?? false;
    ctx.connection.onCompletion(async ({ textDocument, position }) => {
      const document = await ctx.analysable(textDocument.uri);
      if (!document || position.line < 0 || position.line >= document.lineCount) return null;
      const index = await ctx.indexFor(textDocument.uri);
      const list = completions(document, position, index, ctx.service.analysis(document, index));
      if (!list || !lazyDocumentation()) return list;
      const id = ++generation;
      lastDocumentation = list.items.map((item) => item.documentation);
      return { ...list, items: list.items.map((item, i) => ({ ...item, documentation: undefined, data: { id, i } })) };
    });
    ctx.connection.onCompletionResolve((item: CompletionItem) => {
      const data = item.data as { id?: unknown; i?: unknown } | undefined;
      if (data?.id === generation && typeof data.i === 'number') item.documentation = lastDocumentation[data.i];
      return item;
    });
  },
};
