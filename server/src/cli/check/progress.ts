/** How often the progress line is redrawn. */
const INTERVAL_MS = 100;

/**
 * `checked 1200/5000 files, 850 files/s, 12.3 MB/s` on stderr, redrawn in place: only when
 * stderr is a terminal (never in CI logs or redirected output), and erased when done.
 */
export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number,
  ) {}

  update(done: number, chars: number): void {
    if (this.stream.isTTY !== true) return;
    const now = performance.now();
    if (now - this.last < INTERVAL_MS && done < this.total) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = `${Math.round(done / seconds)} files/s, ${(chars / seconds / (1 << 20)).toFixed(1)} MB/s`;
    this.stream.write(`\r\u001b[2Kchecked ${done}/${this.total} files, ${rate}`);
    this.shown = true;
  }

  end(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
  }
}
