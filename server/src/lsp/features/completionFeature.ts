import { completions } from '../../service/completion';
import type { Feature } from '../serverContext';

/**
 * Completion of codes where a code belongs, and of SDK error enum members after `ZIMErrorCode.`.
 * Triggers are few: quotes and `.` open the places we complete in; a space after `===` or `case`
 * is where a code is typed next. Everything else is left to the editor's word-based invocation.
 */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ["'", '"', '.', ' '], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCompletion(async ({ textDocument, position }) => {
      const document = await ctx.analysable(textDocument.uri);
      if (!document || position.line < 0 || position.line >= document.lineCount) return null;
      const index = await ctx.indexFor(textDocument.uri);
      return completions(document, position, index, ctx.service.analysis(document, index));
    });
  },
};
