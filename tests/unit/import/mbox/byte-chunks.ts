// Test helpers: a file's bytes as a stream cut into chunks, the way File.stream() delivers it.
import { readFileSync } from 'node:fs';

export const MAIL_FIXTURES = 'tests/fixtures/import/mail';

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(`${MAIL_FIXTURES}/${path}`));
}

export const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
export const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** The bytes in chunks of the given sizes, used in turn (a single size gives equal chunks). */
export async function* inChunks(bytes: Uint8Array, sizes: number | readonly number[]): AsyncGenerator<Uint8Array> {
  const list = typeof sizes === 'number' ? [sizes] : sizes;
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, list[i % list.length]!);
    yield bytes.slice(at, at + size);
    at += size;
  }
}

/** A ReadableStream over the bytes, recording whether the reader cancelled it. */
export function readableStream(bytes: Uint8Array, size: number): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let at = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
