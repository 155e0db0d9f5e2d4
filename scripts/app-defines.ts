import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { searchBuildHash } from './search-build.ts';

/**
 * Constants built into the app's code, the same for the production build (vite.config.ts) and the
 * unit tests (vitest.config.ts), so the tests run the code as it ships.
 */
export function appDefines(): Record<string, string> {
  // The region's name per language, from the data: the home's title has its final length from the
  // first paint, before the directory is read (a title that grows by a line pushes the screen down).
  const region = parse(readFileSync('data/region.yaml', 'utf8')) as { name: string; names?: Record<string, string> };
  return {
    __REGION_NAMES__: JSON.stringify({ ...region.names, de: region.name }),
    // Part of the stored search index's key: code that folds words differently builds it anew.
    __SEARCH_BUILD__: JSON.stringify(searchBuildHash()),
  };
}
