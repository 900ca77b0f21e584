import { IGNORE_CODE_COMMAND, IgnoreCodeRequest } from '../../protocol';
import type { ServerContext } from '../serverContext';

/**
 * Registers `IGNORE_CODE_COMMAND` (the "Ignore ... in this workspace" quick fix). It asks the client
 * to add the code to its `statusCodes.ignore` setting; the settings change then revalidates. A client
 * without that request (Neovim, Helix...) gets the code ignored for this session (`ignoreForSession`)
 * instead, and is told how to make it last.
 */
export function ignoreCodeCommand(ctx: ServerContext, ignoreForSession: (code: string) => void): void {
  ctx.commands.register(IGNORE_CODE_COMMAND, async (args) => {
    const [code, uri] = args;
    if (typeof code !== 'string' || code.length === 0) return;
    try {
      await ctx.connection.sendRequest(IgnoreCodeRequest, { code, uri: typeof uri === 'string' ? uri : undefined });
      return;
    } catch {
      // The client does not persist settings for us: fall back to a session-wide ignore.
    }
    ctx.log(`Ignoring ${code} until the server restarts; add it to statusCodes.ignore to keep ignoring it.`);
    ignoreForSession(code);
  });
}
