import { useMemo } from 'react';
import { buildMessageSrcdoc } from '@/lib/ui/message-html';
import { estimateFrameHeight } from '@/lib/ui/format';

interface Props {
  html: string;
  /** The message's plain text, used only to guess a sensible starting height. */
  text: string;
  title: string;
}

/**
 * The saved message as it looked, in a sandboxed frame: no scripts, no forms, no popups, no
 * same-origin access, and a CSP that lets nothing load from the network.
 */
export function MessageFrame({ html, text, title }: Props) {
  const srcdoc = useMemo(() => buildMessageSrcdoc(html, { title }), [html, title]);
  return (
    <iframe
      className="message-frame"
      sandbox=""
      srcDoc={srcdoc}
      title={`The message as it looked: ${title}`}
      referrerPolicy="no-referrer"
      style={{ height: `${estimateFrameHeight(text)}px` }}
    />
  );
}
