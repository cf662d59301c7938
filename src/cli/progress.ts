// A one-line progress bar on stderr: articles, MB/s and, when the total size is known, ETA.

export class Progress {
  private articles = 0;
  private bytes = 0;
  private last = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly enabled: boolean,
    private readonly totalBytes: number | undefined,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(articles: number, bytes: number): void {
    this.articles += articles;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.bytes / 1e6 / secs;
    let line = `${this.articles} articles  ${(this.bytes / 1e6).toFixed(1)} MB  ${rate.toFixed(2)} MB/s`;
    if (this.totalBytes && this.totalBytes > 0) {
      const frac = Math.min(1, this.bytes / this.totalBytes);
      const width = 24;
      const full = Math.round(frac * width);
      const eta = rate > 0 ? Math.max(0, (this.totalBytes - this.bytes) / 1e6 / rate) : 0;
      line = `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${clock(eta)}`;
    }
    this.stream.write(`\r${line}\u001b[K`);
    this.shown = true;
  }

  /** Removes the bar so the next stderr line starts clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  get totals(): { articles: number; bytes: number; seconds: number } {
    return { articles: this.articles, bytes: this.bytes, seconds: (Date.now() - this.started) / 1000 };
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
