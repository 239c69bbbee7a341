// One import, as the worker runs it: scan the files, wait for the parent's choice, import it. The
// state between the two steps (where each email is) stays here, never on the page.
import type { OnRecordDatabase } from '@/lib/db/database';
import { allChildren } from '@/lib/db/repositories/children';
import { childForImport } from '@/lib/plan/assign/child-for-import';
import { scanFiles } from '@/lib/import/pipeline/scan';
import { importChosen } from '@/lib/import/pipeline/import-chosen';
import { preloadLetterReaders } from '@/lib/import/pipeline/heavy-readers';
import type { ScanResult } from '@/lib/import/pipeline/found';
import type { ImportLimits } from '@/lib/import/limits';
import { stoppedSentence } from '@/lib/import/worker/stopped-sentence';
import type { FromImportWorker, ImportProgress, ToImportWorker } from '@/lib/import/worker/protocol';

export class ImportSession {
  private files: File[] = [];
  private scan: ScanResult | null = null;
  private cancelled = false;
  private busy = false;
  /** The import's last counts, so a stop part-way can say what was saved before it. */
  private progress: ImportProgress | null = null;

  constructor(
    private readonly db: OnRecordDatabase,
    private readonly post: (message: FromImportWorker) => void,
    private readonly limits?: ImportLimits,
  ) {}

  async handle(message: ToImportWorker): Promise<void> {
    switch (message.type) {
      case 'scan':
        return this.guard(() => this.runScan(message.files));
      case 'import':
        return this.guard(() => this.runImport(message.choice));
      case 'cancel':
        this.cancelled = true;
        return;
    }
  }

  /** One step at a time; anything unexpected ends in one sentence and nothing half-done. */
  private async guard(step: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await step();
    } catch (error) {
      console.error('On Record: import stopped', error);
      this.post({ type: 'failed', error: stoppedSentence(error instanceof Error ? error.message : String(error), this.progress?.saved ?? null) });
    } finally {
      this.progress = null;
      this.busy = false;
    }
  }

  private async runScan(files: File[]): Promise<void> {
    this.files = files;
    const children = await allChildren(this.db);
    this.scan = await scanFiles(files, {
      children,
      limits: this.limits,
      onProgress: (progress) => this.post({ type: 'scan-progress', progress }),
    });
    this.post({ type: 'scanned', report: this.scan.report });
    preloadLetterReaders();
  }

  private async runImport(choice: Parameters<typeof importChosen>[2]): Promise<void> {
    if (!this.scan) throw new Error('the files were not read yet');
    this.cancelled = false;
    this.progress = { done: 0, total: 0, saved: 0, alreadySaved: 0, skipped: 0, unreadable: 0 };
    const children = await allChildren(this.db);
    const summary = await importChosen(this.files, this.scan, choice, {
      db: this.db,
      limits: this.limits,
      childFor: (record) => childForImport(record, children),
      isCancelled: () => this.cancelled,
      onProgress: (progress) => {
        this.progress = progress;
        this.post({ type: 'import-progress', progress });
      },
    });
    // The files the scan could not read belong in the summary too: the parent reads it last.
    const notRead = this.scan.report.unreadable;
    this.post({ type: 'imported', summary: { ...summary, unreadable: summary.unreadable + notRead.length, problems: [...notRead, ...summary.problems] } });
    // Done: the emails kept in memory for the import, and where each one was, are let go.
    this.scan = null;
    this.files = [];
  }
}
