import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { ClipStatusBanner } from '@/components/sidepanel/ClipStatusBanner';
import { CompactTimeline } from '@/components/sidepanel/CompactTimeline';
import { RecordList } from '@/components/sidepanel/RecordList';
import { RecordView } from '@/components/record/RecordView';
import { useClipStatus } from '@/components/hooks/use-clip-status';
import { useRecordHeads } from '@/components/hooks/use-records';

export function SidePanelApp() {
  const [openId, setOpenId] = useState<string | null>(null);
  const [panel, setPanel] = useState<'saved' | 'timeline'>('saved');
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const records = useRecordHeads();

  const open = useCallback((id: string) => {
    setPanel('saved');
    setReturnFocusTo(null);
    setOpenId(id);
  }, []);
  const back = useCallback(() => {
    setReturnFocusTo(openId);
    setOpenId(null);
  }, [openId]);

  const [status, dismissStatus] = useClipStatus(open);

  useEffect(() => {
    if (!openId) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openId, back]);

  const openOptions = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  return (
    <div className="app sidepanel">
      <header className="app-header">
        <span className="brand">On Record</span>
        <nav className="panel-switch" aria-label="Side panel">
          <button type="button" aria-current={panel === 'saved' ? 'page' : undefined} onClick={() => setPanel('saved')} data-testid="panel-saved">
            Saved
          </button>
          <button type="button" aria-current={panel === 'timeline' ? 'page' : undefined} onClick={() => setPanel('timeline')} data-testid="panel-timeline">
            Timeline
          </button>
        </nav>
      </header>
      <ClipStatusBanner status={status} openId={openId} onShow={open} onDismiss={dismissStatus} />
      {/* The open record sits above the list, which stays in place so new saves show at once. */}
      {panel === 'timeline' ? (
        <main className="app-main">
          <CompactTimeline />
        </main>
      ) : (
      <main className={openId ? 'app-main has-open-record' : 'app-main'}>
        {openId ? <RecordView recordId={openId} onBack={back} /> : null}
        <RecordList
          records={records}
          onOpen={open}
          focusId={returnFocusTo}
          openId={openId}
          justSaved={status && (status.tone === 'saved' || status.tone === 'duplicate') ? status.recordIds : []}
        />
      </main>
      )}
      <footer className="app-footer">
        <a href={browser.runtime.getURL('/options.html')} onClick={openOptions}>
          Import, backup and settings
        </a>
      </footer>
    </div>
  );
}
