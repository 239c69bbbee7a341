/** Random ids: stable across backup and restore, and never guessable from what they name. */
export function newId(): string {
  return crypto.randomUUID();
}
