// Small helpers over byte streams, so every reader takes the same input whether it comes from a
// chosen File or from inside a zip.
import { Unreadable } from '@/lib/import/unreadable';

/** Calls `onBytes` with the running total as chunks are pulled through, for the progress bar. */
export async function* counted(source: AsyncIterable<Uint8Array>, onBytes: (total: number) => void): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    onBytes(total);
    yield chunk;
  }
}

/** Every byte of a small file or zip entry, refusing past `max` without holding more than that. */
export async function collect(source: AsyncIterable<Uint8Array>, max: number, tooBig: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > max) throw new Unreadable(tooBig);
    parts.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** The first bytes of a file, enough to tell its kind. */
export async function headOf(file: Blob, n = 8): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, n).arrayBuffer());
}
