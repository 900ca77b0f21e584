// A language server that dies is restarted by the client, and hovers work again.
import * as assert from 'assert';
import { describe, it } from 'mocha';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeExtension, expectHover, waitFor } from './helpers';

/** The request the server answers with its process id (server/src/protocol.ts ServerInfoRequest). */
const SERVER_INFO = 'statusCodes/serverInfo';

describe('server recovery', () => {
  it('restarts a killed server and serves hovers again', async () => {
    const ext = await activeExtension();
    const api = ext.exports as { languageClient: LanguageClient | undefined };
    const pidNow = async (): Promise<number | undefined> => {
      try {
        const client = api.languageClient;
        return client?.isRunning() ? (await client.sendRequest<{ pid: number }>(SERVER_INFO)).pid : undefined;
      } catch {
        return undefined; // restarting
      }
    };
    const before = await waitFor('the server to answer serverInfo', pidNow, (pid) => pid !== undefined);
    await expectHover('sample.ts', '414', 'Parameter error');
    process.kill(before!, 'SIGKILL');
    const after = await waitFor('a new server process', pidNow, (pid) => pid !== undefined && pid !== before, 30_000);
    assert.notStrictEqual(after, before);
    await expectHover('sample.ts', '414', 'Parameter error');
  });
});
