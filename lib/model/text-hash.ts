import { normaliseText } from '@/lib/model/normalise-text';

/** SHA-256 of the normalised text as lower-case hex. Web Crypto: same in the worker and in Node. */
export async function textHash(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(normaliseText(text)));
}

/** SHA-256 of some bytes as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
