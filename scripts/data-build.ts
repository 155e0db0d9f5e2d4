/**
 * Builds the app's data files: `npm run data:build` (runs before every vite build).
 * Refuses to build when the data check finds an error. Writes public/data/directory.json,
 * public/data/boundaries.geojson and, when guide files exist, public/data/guide.json.
 * The output depends only on the input (no build time inside), so the service worker's
 * revision of these files changes only when the data does.
 */
import { join } from 'node:path';
import { buildData } from './lib/build';
import { formatProblem } from './lib/load-data';

const OUT = join('public', 'data');
const result = await buildData('data', OUT);
if (!result.ok) {
  for (const p of result.errors) console.error(`FEHLER  ${formatProblem(p)}`);
  console.error(`data build: ${result.errors.length} errors, nothing written. Details: npm run data:check`);
  process.exit(1);
}
console.log(`data build: ${result.entries} entries, version ${result.version}, as of ${result.asOf}, ${result.warnings} warnings`);
console.log(`wrote ${OUT}/: ${result.written.join(', ')}`);
