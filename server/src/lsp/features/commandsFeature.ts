import type { Feature } from '../serverContext';

/**
 * `workspace/executeCommand`: dispatches to the commands other features registered in
 * `ctx.commands`. The server announces their identifiers in `executeCommandProvider`
 * once every feature has registered (see server.ts).
 */
export const commandsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onExecuteCommand(async ({ command, arguments: args }) => {
      await ctx.commands.execute(command, args ?? []);
      return null;
    });
  },
};
