// The same letter often comes many times: a newsletter's PDF sent to every parent, a report
// attached again to each reply. Within one import each distinct file is read once, by the SHA-256
// of its bytes; the copies then count as already saved, as they are.
import type { ImportLimits } from '@/lib/import/limits';
import type { AttachedDocument, DocumentText } from '@/lib/import/types';
import { readDocument } from '@/lib/import/pipeline/heavy-readers';
import { sha256Hex } from '@/lib/model/text-hash';

/** Distinct documents remembered; past this the oldest are forgotten (a letter's text is small). */
const MAX_REMEMBERED = 500;

export class DocumentCache {
  private readonly read_ = new Map<string, Promise<DocumentText>>();

  constructor(private readonly limits?: ImportLimits) {}

  async read(kind: AttachedDocument['kind'], bytes: Uint8Array): Promise<DocumentText> {
    const key = `${kind}:${await sha256Hex(bytes)}`;
    let text = this.read_.get(key);
    if (!text) {
      // A failure is remembered too: the same damaged file gives the same sentence, read once.
      text = readDocument(kind, bytes, this.limits);
      this.read_.set(key, text);
      if (this.read_.size > MAX_REMEMBERED) this.read_.delete(this.read_.keys().next().value!);
    }
    return text;
  }
}
