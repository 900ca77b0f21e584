import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver/node';
import { completions } from '../../service/features/completion';
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
    let generation = 0;
    let lastDocumentation: (string | MarkupContent | undefined)[] = [];
    const lazyDocumentation = () =>
      ctx.initializeParams?.capabilities.textDocument?.completion?.completionItem?.resolveSupport?.properties.includes(
        'documentation',
      ) ?? false;
    const editRangeDefault = () =>
      ctx.initializeParams?.capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes(
        'editRange',
      ) ?? false;
    ctx.connection.onCompletion(async ({ textDocument, position }) => {
      const document = await ctx.analysable(textDocument.uri);
      if (!document || position.line < 0 || position.line >= document.lineCount) return null;
      const index = await ctx.indexFor(textDocument.uri);
      const found = completions(document, position, index, ctx.service.analysis(document, index));
      const list = found && editRangeDefault() ? withEditRangeDefault(found) : found;
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

/** Items that all replace one range carry only their new text; the range goes once into `itemDefaults`. */
function withEditRangeDefault(list: CompletionList): CompletionList {
  const first = list.items[0]?.textEdit;
  if (!first || !('range' in first)) return list;
  const same = (r: typeof first.range) =>
    r.start.line === first.range.start.line &&
    r.start.character === first.range.start.character &&
    r.end.line === first.range.end.line &&
    r.end.character === first.range.end.character;
  if (!list.items.every((item) => item.textEdit && 'range' in item.textEdit && same(item.textEdit.range))) return list;
  return {
    ...list,
    itemDefaults: { ...list.itemDefaults, editRange: first.range },
    items: list.items.map(({ textEdit, ...item }) => ({ ...item, textEditText: textEdit!.newText })),
  };
}
