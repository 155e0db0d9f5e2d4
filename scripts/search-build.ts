import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder whose code shapes the search index (search-index.ts and everything it imports live there). */
const DIRECTORY_CODE = 'src/directory';

/**
 * A short hash of the code that builds the search index: every .ts file of src/directory except
 * tests and test samples, by name and content. The app stores its index under a key with this
 * value (src/finder/search-store.ts), so a changed folding rule builds the index once again
 * instead of reading one made by the old code. Other files of the folder change it too; that only
 * costs one more build.
 */
export function searchBuildHash(folder = DIRECTORY_CODE): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.samples.ts'))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(folder, file))).update('\n');
  return hash.digest('hex').slice(0, 12);
}
