import * as net from 'node:net';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FrameGuard } from './frameGuard';

/** How the server talks to its client, from its command line (as vscode-languageserver reads it). */
export type Transport =
  | { readonly kind: 'stdio' }
  | { readonly kind: 'node-ipc' }
  | { readonly kind: 'socket'; readonly port: number }
  | { readonly kind: 'pipe'; readonly name: string }
  | { readonly kind: 'invalid'; readonly message: string };

const USAGE = 'Start it with --stdio, --node-ipc, --socket=PORT or --pipe=NAME.';

/** The first transport argument decides, as in vscode-languageserver; a bad or missing one is refused. */
export function transportFromArgs(argv: readonly string[]): Transport {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--stdio') return { kind: 'stdio' };
    if (arg === '--node-ipc') return { kind: 'node-ipc' };
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (name !== '--socket' && name !== '--pipe') continue;
    const value = inline ?? argv[i + 1] ?? '';
    if (name === '--pipe')
      return value ? { kind: 'pipe', name: value } : { kind: 'invalid', message: `--pipe needs a pipe name. ${USAGE}` };
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    return port >= 1 && port <= 65535
      ? { kind: 'socket', port }
      : { kind: 'invalid', message: `--socket needs a port from 1 to 65535, not ${JSON.stringify(value)}. ${USAGE}` };
  }
  return { kind: 'invalid', message: `No transport given. ${USAGE}` };
}

/**
 * The connection for a transport. Byte streams (stdio, socket, pipe) are watched by a frame
 * guard: after a malformed header the reader can never get back in step, so `malformed` is told
 * (it should exit non-zero, for the editor to restart the server). Node IPC sends whole messages:
 * it has no frames to lose.
 */
export function openConnection(
  transport: Exclude<Transport, { kind: 'invalid' }>,
  malformed: (reason: string, where: string) => void,
  failed: (message: string) => void,
): Connection {
  if (transport.kind === 'node-ipc') return createConnection(ProposedFeatures.all);
  if (transport.kind === 'stdio') {
    const connection = createConnection(ProposedFeatures.all);
    const guard = new FrameGuard((reason) => malformed(reason, 'stdin'));
    process.stdin.on('data', (chunk: Buffer) => guard.push(chunk));
    return connection;
  }
  const where = transport.kind === 'socket' ? `port ${transport.port}` : `pipe ${transport.name}`;
  const socket =
    transport.kind === 'socket'
      ? net.createConnection(transport.port, '127.0.0.1')
      : net.createConnection(transport.name);
  socket.on('error', (e) => failed(`Status Codes server: cannot connect to the client on ${where}: ${e.message}`));
  const guard = new FrameGuard((reason) => malformed(reason, where));
  socket.on('data', (chunk: Buffer) => guard.push(chunk));
  // A stream as input: the connection ends the process when the client closes it, as over stdio.
  return createConnection(ProposedFeatures.all, socket, socket);
}
