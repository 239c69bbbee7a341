import type { ClipStatus } from '@/lib/background/clip-status';

interface Props {
  status: ClipStatus | null;
  /** The record on screen, so "Show it" is offered only when it would change something. */
  openId: string | null;
  onShow: (recordId: string) => void;
  onDismiss: () => void;
}

/** The outcome of the latest save. The live region is always present so changes are announced. */
export function ClipStatusBanner({ status, openId, onShow, onDismiss }: Props) {
  const tone = status?.tone ?? 'none';
  const first = status?.recordIds[0];
  const canShow = (tone === 'saved' || tone === 'duplicate') && first !== undefined && first !== openId;
  return (
    <div className={`clip-banner tone-${tone}`}>
      <p className="clip-message" role="status" aria-live="polite" data-testid="clip-status" data-tone={tone}>
        {status ? (
          <>
            <span className="clip-icon" aria-hidden="true">
              {{ saved: '✓', duplicate: '✓', error: '!', working: '…', none: '' }[tone]}
            </span>
            <span>{status.message || (tone === 'working' ? 'Saving…' : '')}</span>
          </>
        ) : null}
      </p>
      {status ? (
        <div className="clip-actions">
          {canShow ? (
            <button type="button" className="button-small" onClick={() => onShow(first)}>
              Show it
            </button>
          ) : null}
          {tone !== 'working' ? (
            <button type="button" className="button-small button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
              Dismiss
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
