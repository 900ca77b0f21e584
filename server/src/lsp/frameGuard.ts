/** More than any real message; a larger Content-Length is a broken client, not a message to wait for. */
export const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;
/** A header block is a line or two; one that never ends is not one. */
const MAX_HEADER_BYTES = 8192;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/**
 * Watches the framing of the byte stream an LSP server reads (`Content-Length: n`, a blank
 * line, n bytes) beside the real reader. A malformed header (no Content-Length, a length that
 * is not a whole number or is out of range, a line that is not a header) means the stream can
 * never be read in step again: the JSON-RPC reader would wait forever while the process keeps
 * running, so the editor would never restart it. `malformed` is told once, and should end the
 * process with a non-zero code.
 */
export class FrameGuard {
  private header: Buffer = Buffer.alloc(0);
  private bodyLeft = 0;
  private failed = false;

  constructor(private readonly malformed: (reason: string) => void) {}

  push(chunk: Buffer): void {
    let rest = chunk;
    while (!this.failed && rest.length > 0) {
      if (this.bodyLeft > 0) {
        const taken = Math.min(this.bodyLeft, rest.length);
        this.bodyLeft -= taken;
        rest = rest.subarray(taken);
        continue;
      }
      const header = this.header.length ? Buffer.concat([this.header, rest]) : rest;
      const end = header.indexOf(HEADER_END);
      if (end < 0) {
        if (header.length > MAX_HEADER_BYTES) return this.fail('a header block without an end');
        this.header = Buffer.from(header);
        return;
      }
      this.header = Buffer.alloc(0);
      const length = contentLength(header.subarray(0, end).toString('ascii'));
      if (typeof length === 'string') return this.fail(length);
      this.bodyLeft = length;
      rest = header.subarray(end + HEADER_END.length);
    }
  }

  private fail(reason: string): void {
    this.failed = true;
    this.malformed(reason);
  }
}

/** The Content-Length of a header block, or what is wrong with the block. */
function contentLength(block: string): number | string {
  let length: number | string = 'a header block without Content-Length';
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return `a header line that is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_CONTENT_LENGTH)
      return `Content-Length ${JSON.stringify(value.slice(0, 40))} is not a length from 0 to ${MAX_CONTENT_LENGTH}`;
    length = Number(value);
  }
  return length;
}
