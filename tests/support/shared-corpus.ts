// The one door to ../shared/ (the annotated corpora and their scorer), which lives beside the
// repository, not in it: only the corpus-score check goes through here. ON_RECORD_SHARED points
// elsewhere when the folder is not at ../shared.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.ON_RECORD_SHARED ?? join(process.cwd(), '..', 'shared'));

/** The path of a file under shared/, or an error that says plainly what is missing and why. */
export function sharedFile(...parts: string[]): string {
  const file = join(SHARED_DIR, ...parts);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: the accuracy check reads the shared corpus from ../shared beside this repository (set ON_RECORD_SHARED to its folder).`,
    );
  }
  return file;
}
