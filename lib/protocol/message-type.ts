// Every message is a plain object with a `type`: the first thing each guard checks.

/** True when `value` is an object whose `type` is `type`. */
export function hasType<T extends string>(value: unknown, type: T): value is { type: T } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

/** The background's answer when its handler failed (handle-message.ts), whatever was asked. */
export interface BackgroundFailure {
  ok: false;
  error: string;
}
