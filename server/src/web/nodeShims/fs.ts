// `node:fs` in the web worker server (scripts/build.mjs aliases it here). A web worker has no file
// system: the Node-only paths of the LSP layer (user catalogues and their watchers for file:
// folders) are never reached there, because the web client sends catalogue texts instead; if one
// is reached anyway, it sees "no such file" and degrades as for a missing file.
const noFileSystem = (): never => {
  const error = new Error('No file system in the web worker: user catalogues come from the client.') as Error & {
    code: string;
  };
  error.code = 'ENOENT';
  throw error;
};

export const readFileSync = noFileSystem;
export const statSync = noFileSystem;
export const realpathSync = noFileSystem;
export const existsSync = (): boolean => false;
export const watch = (): { close(): void } => ({ close: () => undefined });
export const openSync = noFileSystem;
export const fstatSync = noFileSystem;
export const readSync = noFileSystem;
export const closeSync = noFileSystem;
export const constants = { O_RDONLY: 0 };
export const promises = { open: async (): Promise<never> => noFileSystem() };
