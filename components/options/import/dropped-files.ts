// Files from a drop or a folder pick. A dropped folder (Apple Mail exports a mailbox as a folder
// holding a file called just "mbox") is walked; inside folders only the files On Record can read
// are kept, so an export's index files do not each become a "could not be read" line. Files
// chosen or dropped one by one are all passed on: the reader explains any it cannot read.
import { fileKindOf } from '@/lib/import/files/file-kinds';

/** How deep a dropped folder is walked: Takeout and Apple Mail nest three or four levels. */
const MAX_DEPTH = 8;

/** Keeps the files, found inside a folder, whose names say On Record can read them. */
export function readableInFolder(files: readonly File[]): File[] {
  return files.filter((file) => fileKindOf(file.name) !== null);
}

/**
 * The files of a drop. The entries must be taken from the event before anything is awaited
 * (the browser empties the DataTransfer when the drop handler returns).
 */
export function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null)).filter((e): e is FileSystemEntry => !!e);
  const loose = [...data.files];
  if (entries.length === 0 || entries.every((e) => e.isFile)) return Promise.resolve(loose);
  return (async () => {
    const files: File[] = [];
    for (const entry of entries) {
      if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
      else files.push(...readableInFolder(await walk(entry as FileSystemDirectoryEntry, 1)));
    }
    return files;
  })();
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A folder's entries: readEntries answers in batches until it answers with none. */
async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(dir: FileSystemDirectoryEntry, depth: number): Promise<File[]> {
  if (depth > MAX_DEPTH) return [];
  const files: File[] = [];
  for (const entry of await childrenOf(dir)) {
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    else if (entry.isDirectory) files.push(...(await walk(entry as FileSystemDirectoryEntry, depth + 1)));
  }
  return files;
}
