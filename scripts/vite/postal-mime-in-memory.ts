// postal-mime gathers each decoded MIME part in a Blob and reads it straight back. In a browser a
// Blob lives in the browser's blob store, so every part of every email makes a round trip out of
// the import worker and back: about two thirds of the time an import spent per school email
// (profiled with `npm run bench`, bench-import.ts --profile). This build step makes the three
// decoders join their chunks in memory instead, with the same result. Node (unit tests, the command
// line) keeps postal-mime as published: its Blob is in-process.
//
// The build fails if postal-mime's code no longer has the expected call, so an upgrade cannot
// silently undo this.

/** The part of a Vite plugin used here, written out: WXT and Vitest each bring their own Vite. */
interface TransformContext {
  error(message: string): never;
}

const DECODERS = /postal-mime[\\/]dist[\\/]esm[\\/](base64|qp|pass-through)-decoder\.js$/;
const BLOB_ROUND_TRIP = "blobToArrayBuffer(new Blob(this.chunks, { type: 'application/octet-stream' }))";

/** Same bytes as `new Blob(chunks).arrayBuffer()`: strings as UTF-8, byte arrays as they are. */
export function joinChunks(chunks: ReadonlyArray<string | Uint8Array | ArrayBuffer>): ArrayBuffer {
  const encoder = new TextEncoder();
  const parts = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c instanceof ArrayBuffer ? new Uint8Array(c) : c));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out.buffer;
}

export function postalMimeInMemory() {
  return {
    name: 'on-record:postal-mime-in-memory',
    enforce: 'pre' as const,
    transform(this: TransformContext, code: string, id: string): string | null {
      if (!DECODERS.test(id)) return null;
      if (!code.includes(BLOB_ROUND_TRIP)) this.error(`postal-mime changed: ${id} no longer has ${BLOB_ROUND_TRIP}; update scripts/vite/postal-mime-in-memory.ts`);
      return `${code.replace(BLOB_ROUND_TRIP, 'Promise.resolve(__joinChunks(this.chunks))')}\nconst __joinChunks = ${joinChunks.toString()};\n`;
    },
  };
}
