import manifest from '../../../../package.json';
import { ServerInfoRequest, type ServerInfo } from '../../protocol';
import type { Feature } from '../serverContext';

/** `statusCodes/serverInfo`: which process serves, and with how many built-in codes. */
export const serverInfoFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      ServerInfoRequest,
      (): ServerInfo => ({
        // A web worker server has no process (0).
        pid: typeof process === 'undefined' ? 0 : process.pid,
        version: SERVER_VERSION,
        builtInCodes: ctx.service.store.builtInCatalogues.reduce((n, c) => n + c.entries.length, 0),
        sourceMaps: typeof process !== 'undefined' && process.execArgv.includes('--enable-source-maps'),
      }),
    );
  },
};

/** The server's version is the extension's. */
export const SERVER_VERSION: string = manifest.version;
