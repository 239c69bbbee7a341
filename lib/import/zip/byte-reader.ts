// Pulls bytes off a stream for the zip reader: small exact reads for headers, and pieces of
// whatever size arrives for entry data, so no more than one chunk (plus a header) is held.

const EMPTY: Uint8Array = new Uint8Array(0);

export class ByteReader {
  private buffer: Uint8Array = EMPTY;
  private position = 0;
  private ended = false;
  /** Bytes taken off the stream so far and passed on or skipped. */
  consumed = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Bytes in hand, not yet taken. */
  get available(): number {
    return this.buffer.length - this.position;
  }

  /** True once the stream has no more chunks: the bytes in hand are the last. */
  get exhausted(): boolean {
    return this.ended;
  }

  private async pull(): Promise<Uint8Array | null> {
    if (this.ended) return null;
    for (;;) {
      const next = await this.source.next();
      if (next.done) {
        this.ended = true;
        return null;
      }
      if (next.value.length > 0) return next.value;
    }
  }

  /** Makes at least `count` bytes available; false when the stream ends first. */
  async fill(count: number): Promise<boolean> {
    while (this.available < count) {
      const chunk = await this.pull();
      if (!chunk) return false;
      const rest = this.buffer.subarray(this.position);
      if (rest.length === 0) {
        this.buffer = chunk;
      } else {
        const joined = new Uint8Array(rest.length + chunk.length);
        joined.set(rest);
        joined.set(chunk, rest.length);
        this.buffer = joined;
      }
      this.position = 0;
    }
    return true;
  }

  /** The bytes in hand, without taking them. */
  peek(): Uint8Array {
    return this.buffer.subarray(this.position);
  }

  /** Takes `count` bytes that are in hand. */
  take(count: number): Uint8Array {
    const out = this.buffer.subarray(this.position, this.position + count);
    this.position += out.length;
    this.consumed += out.length;
    return out;
  }

  /** Takes up to `max` bytes: what is in hand, or the next chunk; null at the end of the stream. */
  async piece(max: number): Promise<Uint8Array | null> {
    if (this.available === 0 && !(await this.fill(1))) return null;
    return this.take(Math.min(max, this.available));
  }

  /** Stops reading the stream (the rest of the zip is not needed). */
  async close(): Promise<void> {
    this.ended = true;
    this.buffer = EMPTY;
    this.position = 0;
    await this.source.return?.();
  }
}
