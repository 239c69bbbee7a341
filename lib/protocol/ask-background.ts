// The one way a page of ours asks the background something (docs/automation.md). Kept apart from
// the message files because it needs the extension API, and the highlighter content script, which
// must not, imports those.
import { browser } from 'wxt/browser';
import type { BackgroundFailure } from '@/lib/protocol/message-type';
import type { ExtensionRequest, RequestOf, RequestType, ResponseFor } from '@/lib/protocol/messages';

/** Hands a request to the background and resolves with its answer: browser.runtime.sendMessage, or a test's stand-in. */
export type SendToBackground = (request: ExtensionRequest) => Promise<unknown>;

/**
 * What may come back instead of the answer: the background's handler failed (`{ ok: false, error }`
 * whatever was asked), or nothing answered at all.
 */
export type NoAnswer = BackgroundFailure | undefined;

const sendMessage: SendToBackground = (request) => browser.runtime.sendMessage(request);

/**
 * Asks the background and resolves with its answer, typed by the request. Rejects, never throws,
 * when the message cannot be sent (outside the extension, or no background to receive it).
 */
export async function askBackground<T extends RequestType>(request: RequestOf<T>, send: SendToBackground = sendMessage): Promise<ResponseFor[T] | NoAnswer> {
  // The one place an answer is given its type: the background's listener answers each request
  // with ResponseFor[T] (lib/background/handle-message.ts), or with a NoAnswer.
  return (await send(request)) as ResponseFor[T] | NoAnswer;
}
