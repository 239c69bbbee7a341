import { oddSenders, splitSenders } from '@/lib/ui/forms/lists';

/** Says which school senders do not look like an address or a domain; they are saved as typed all the same. */
export function OddSendersNote({ senders }: { senders: string }) {
  const odd = oddSenders(splitSenders(senders));
  if (!odd.length) return null;
  return (
    <p className="field-note" data-testid="child-senders-odd">
      <span aria-hidden="true">ⓘ </span>
      {odd.length === 1 ? `“${odd[0]}” does not look like` : `${odd.map((s) => `“${s}”`).join(', ')} do not look like`} an email address or a
      domain such as stmarys.sch.uk. It will be saved as you typed it.
    </p>
  );
}
