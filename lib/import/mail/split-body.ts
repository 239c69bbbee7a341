// An imported email's body, split the way a clipped one is: the new text (what analysis reads), the
// quoted history and the signature (kept as evidence, never analysed). The split itself is the
// analysis's own findNewText, so an imported email and the same email clipped agree.
import { findNewText } from '@/lib/analysis/text/new-text';
import { SIGNATURE_DELIMITER } from '@/lib/analysis/text/reply-markers';
import { normaliseLineEnds } from '@/lib/import/text/line-ends';

export interface BodyParts {
  text: string;
  quotedText: string;
  signature: string;
}

/**
 * Splits a plain-text body. findNewText gives the new text's range and the signature; what follows
 * them in the body is the quoted history, as findNewText only ever puts the signature (after its
 * "-- " line or a sign-off) between the new text and the history.
 */
export function splitBody(body: string): BodyParts {
  const plain = normaliseLineEnds(body);
  const region = findNewText(plain);
  let rest = plain.slice(region.end);
  if (region.signature !== '') {
    const at = rest.indexOf(region.signature);
    if (at !== -1) rest = rest.slice(at + region.signature.length);
  } else {
    // A "-- " line with nothing after it but the history.
    const lines = rest.replace(/^\s*\n/, '').split('\n');
    if (lines.length > 0 && SIGNATURE_DELIMITER.test(lines[0]!)) rest = lines.slice(1).join('\n');
  }
  return { text: plain.slice(region.start, region.end), quotedText: rest.trim(), signature: region.signature };
}
