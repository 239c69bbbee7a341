import { describe, expect, it } from 'vitest';
import { isBackup, isExportBackupRequest, isImportBackupRequest } from '@/lib/protocol/backup';

describe('the backup messages', () => {
  it('export needs nothing but its type', () => {
    expect(isExportBackupRequest({ type: 'export-backup' })).toBe(true);
    expect(isExportBackupRequest({ type: 'import-backup' })).toBe(false);
    expect(isExportBackupRequest(null)).toBe(false);
  });

  it('import carries any backup: the background checks it and says what is wrong', () => {
    expect(isImportBackupRequest({ type: 'import-backup', backup: { records: [] } })).toBe(true);
    expect(isImportBackupRequest({ type: 'import-backup', backup: 'not a backup' })).toBe(true);
    expect(isImportBackupRequest({ type: 'export-backup' })).toBe(false);
    expect(isImportBackupRequest('import-backup')).toBe(false);
  });
});

describe('isBackup', () => {
  it('tells a backup from a failure or no answer', () => {
    expect(isBackup({ format: 'on-record-backup', version: 2, records: [] })).toBe(true);
    expect(isBackup({ ok: false, error: 'The database is closed' })).toBe(false);
    expect(isBackup(undefined)).toBe(false);
    expect(isBackup({ records: 'none' })).toBe(false);
  });
});
