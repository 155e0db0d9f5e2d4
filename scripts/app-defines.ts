import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchBuildHash } from './search-build.ts';

/** A file's SHA-256, in hex. */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Constants built into the app's code, the same for the production build (vite.config.ts) and the
 * unit tests (vitest.config.ts), so the tests run the code as it ships. `publicDir`: the folder
 * whose files the build copies (a test may build a release from another one).
 */
export function appDefines(publicDir = 'public'): Record<string, string> {
  const directoryFile = join(publicDir, 'data', 'directory.json');
  // The region's name per language, from the data: the home's title has its final length from the
  // first paint, before the directory is read (a title that grows by a line pushes the screen down).
  const region = parse(readFileSync('data/region.yaml', 'utf8')) as { name: string; names?: Record<string, string> };
  return {
    __REGION_NAMES__: JSON.stringify({ ...region.names, de: region.name }),
    // Part of the stored search index's key: code that folds words differently builds it anew.
    __SEARCH_BUILD__: JSON.stringify(searchBuildHash()),
    // The bundled directory file's SHA-256 (also its precache revision, vite.config.ts): a start
    // that already compared this very file with the stored data does not read it again
    // (src/app/bundled-data.ts). Null before `npm run data:build` wrote it (the unit tests of a
    // fresh clone): then every start compares, as the tests pass their own value.
    __BUNDLED_DIRECTORY__: JSON.stringify(existsSync(directoryFile) ? fileSha256(directoryFile) : null),
  };
}
