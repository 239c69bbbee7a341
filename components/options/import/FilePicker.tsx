import { useId, useState, type ChangeEvent } from 'react';
import { ACCEPTED_ENDINGS } from '@/lib/import/files/file-kinds';
import { FILE_SOURCES } from '@/lib/ui/import/file-sources';
import { readableInFolder } from '@/components/options/import/dropped-files';

interface Props {
  onFiles(files: File[]): void;
  /** True while files are dragged over the card: the box says "drop". */
  dragging: boolean;
}

// The input's `accept` only suggests: a file with no ending (Apple Mail's "mbox") can still be
// chosen with the dialog's "All files", and whole folders with the second input.
const ACCEPT = ACCEPTED_ENDINGS.join(',');

// `webkitdirectory` is not in React's typings; every browser On Record runs in supports it.
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

/** The file input ("Choose files to import"), a folder input for Apple Mail, and where to find the files. */
export function FilePicker({ onFiles, dragging }: Props) {
  const filesId = useId();
  const folderId = useId();
  const [folderNote, setFolderNote] = useState('');

  const chosen = (event: ChangeEvent<HTMLInputElement>, fromFolder: boolean) => {
    const all = [...(event.target.files ?? [])];
    // Let the same files be chosen again later.
    event.target.value = '';
    const files = fromFolder ? readableInFolder(all) : all;
    setFolderNote(fromFolder && all.length > 0 && files.length === 0 ? 'That folder holds no emails, letters or plans On Record can read. Choose another folder, or choose the files themselves.' : '');
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className={dragging ? 'import-drop is-dragging' : 'import-drop'} data-testid="import-drop-zone">
      <label className="file-label" htmlFor={filesId}>
        Choose files to import
      </label>
      <input id={filesId} className="file-input" type="file" multiple accept={ACCEPT} onChange={(e) => chosen(e, false)} data-import-focus data-testid="import-files-input" />
      <p className="quiet small import-drop-hint">{dragging ? 'Drop the files to read them.' : 'Or drag files or folders onto this box.'}</p>

      <label className="import-folder-label small" htmlFor={folderId}>
        Choose a folder to import (such as an Apple Mail export)
      </label>
      <input id={folderId} className="file-input import-folder-input" type="file" {...FOLDER_PICKER} onChange={(e) => chosen(e, true)} data-testid="import-folder-input" />
      {folderNote ? (
        <p className="message error" role="alert">
          {folderNote}
        </p>
      ) : null}

      <details className="import-sources">
        <summary>Where do I find these files?</summary>
        <dl>
          {FILE_SOURCES.map((source) => (
            <div key={source.app}>
              <dt>{source.app}</dt>
              <dd>{source.how}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
