import { useRef, useState, type ChangeEvent } from 'react';
import { backupFileName } from '@/lib/backup/export-backup';
import { parseBackupText } from '@/lib/backup/validate-backup';
import { askBackground } from '@/lib/protocol/ask-background';
import { isBackup } from '@/lib/protocol/backup';
import { importMessage, withNothingChanged, type ImportMessage } from '@/lib/backup/backup-messages';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function BackupSection() {
  const [exportState, setExportState] = useState<{ ok: boolean; message: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportMessage | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    setExporting(true);
    setExportState(null);
    try {
      const backup = await askBackground({ type: 'export-backup' });
      if (!isBackup(backup)) throw new Error(backup?.error || 'On Record did not answer');
      const name = backupFileName();
      const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const n = backup.records.length;
      setExportState({
        ok: true,
        message: `Your backup (${n === 1 ? '1 item' : `${n} items`}) was saved to your Downloads as ${name}.`,
      });
    } catch (error) {
      setExportState({ ok: false, message: `The backup could not be made: ${errorText(error)}.` });
    } finally {
      setExporting(false);
    }
  };

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setImporting(true);
    setResult(null);
    try {
      const check = parseBackupText(await file.text());
      if (!check.ok) {
        setResult({ ok: false, message: withNothingChanged(check.error) });
        return;
      }
      setResult(importMessage(await askBackground({ type: 'import-backup', backup: check.backup })));
    } catch (error) {
      setResult({ ok: false, message: withNothingChanged(`The backup could not be restored: ${errorText(error)}`) });
    } finally {
      setImporting(false);
      // Let the same file be chosen again.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p>
        Your record is kept only in this browser. Download a backup now and then, and keep the file
        somewhere safe, such as a USB stick. It holds your saved emails, so keep it private.
      </p>
      <button type="button" className="button-primary" data-testid="export-backup" onClick={() => void download()} disabled={exporting}>
        {exporting ? 'Preparing your backup…' : 'Download a backup'}
      </button>
      <p className={exportState && !exportState.ok ? 'message error' : 'message'} role="status" aria-live="polite">
        {exportState?.message ?? ''}
      </p>

      <h3 className="subheading">Restore from a backup</h3>
      <p>
        Choose a backup file you downloaded before. Its items are added to your record; anything
        already here is kept and not doubled. A damaged file is refused and nothing is changed.
      </p>
      <label className="file-label" htmlFor="import-backup-input">
        Choose a backup file to restore
      </label>
      <input
        id="import-backup-input"
        ref={fileInput}
        className="file-input"
        type="file"
        accept=".json,application/json"
        data-testid="import-backup-input"
        onChange={(event) => void restore(event)}
        disabled={importing}
      />
      {importing ? (
        <p className="quiet" role="status">
          Restoring…
        </p>
      ) : null}
      {result ? (
        <div className={result.ok ? 'message success' : 'message error'} role="alert" data-testid="import-result" data-ok={result.ok}>
          {result.message}
        </div>
      ) : null}
    </section>
  );
}
