import { BackupSection } from '@/components/options/BackupSection';
import { ImportSection } from '@/components/options/import/ImportSection';
import { WebmailAccess } from '@/components/options/WebmailAccess';

export function OptionsApp() {
  return (
    <div className="app options">
      <header className="app-header">
        <span className="brand">On Record</span>
      </header>
      <main className="options-main">
        <h1 className="page-title">On Record settings</h1>
        <WebmailAccess />
        <ImportSection />
        <BackupSection />
        <section className="card" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">Your privacy</h2>
          <p>
            Everything you save stays in this browser, on this computer. On Record sends no data
            anywhere: no accounts, no tracking, nothing uploaded.
          </p>
          <p className="quiet">
            Because of this, removing On Record or clearing your browser’s data deletes your record.
            Download a backup first.
          </p>
        </section>
      </main>
    </div>
  );
}
