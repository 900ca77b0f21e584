import * as fs from 'node:fs';

/** The most a catalogue file may hold: far above any real one (100,000 entries are about 15 MB). */
export const MAX_CATALOGUE_BYTES = 64 * 1024 * 1024;

/** The text of a catalogue file, or why it was not read. */
export type CatalogueFileRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly missing: boolean; readonly message: string };

// Opening without blocking: a FIFO opens at once (no writer needed), and the check below refuses it.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a catalogue file only if it is a regular file of at most `limit` bytes. The checks are
 * made on the opened file, so a FIFO, a device (`/dev/zero`) or a huge file swapped in under
 * the same name is never read: it could block the reader forever or fill the memory.
 */
export async function readCatalogueFile(file: string, limit = MAX_CATALOGUE_BYTES): Promise<CatalogueFileRead> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
    const stats = await handle.stat();
    const refused = refusal(stats, limit);
    if (refused) return refused;
    // Read at most one byte past the limit: a file that grew since the check is still bounded.
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > limit) return tooLarge(length, limit);
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (e) {
    return failed(e as NodeJS.ErrnoException);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The same checks, synchronously (the command line reads its catalogues before it starts checking). */
export function readCatalogueFileSync(file: string, limit = MAX_CATALOGUE_BYTES): CatalogueFileRead {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    const stats = fs.fstatSync(fd);
    const refused = refusal(stats, limit);
    if (refused) return refused;
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > limit) return tooLarge(length, limit);
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (e) {
    return failed(e as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The text of a catalogue open in the editor, held to the same limit as a file (by its UTF-16 length). */
export function openCatalogueText(text: string, limit = MAX_CATALOGUE_BYTES): CatalogueFileRead {
  return text.length > limit ? tooLarge(text.length, limit) : { ok: true, text };
}

/** Why an opened file is not read, if it is not: not a regular file, or too large. */
function refusal(stats: fs.Stats, limit: number): CatalogueFileRead | undefined {
  if (!stats.isFile())
    return {
      ok: false,
      missing: false,
      message: `The catalogue is not a regular file (it is ${kindOf(stats)}), so it is not read.`,
    };
  if (stats.size > limit) return tooLarge(stats.size, limit);
  return undefined;
}

function tooLarge(size: number, limit: number): CatalogueFileRead {
  const [big, most] = [megabytes(size), megabytes(limit)];
  const what = big === most ? `${size.toLocaleString('en')} bytes` : big;
  return {
    ok: false,
    missing: false,
    message: `The catalogue is ${what}, more than the ${most} a catalogue may be, so it is not read.`,
  };
}

function failed(error: NodeJS.ErrnoException): CatalogueFileRead {
  if (error.code === 'ENOENT') return { ok: false, missing: true, message: 'The catalogue file does not exist.' };
  return { ok: false, missing: false, message: `The catalogue cannot be read: ${error.message}` };
}

function kindOf(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}
