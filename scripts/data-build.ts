/**
 * Builds the app's data files: `npm run data:build` (runs before every vite build).
 * Refuses to build when the data check finds an error. Writes public/data/directory.json,
 * public/data/boundaries.geojson and, when guide files exist, public/data/guide.json.
 * The output depends only on the input (no build time inside), so the service worker's
 * revision of these files changes only when the data does.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadData } from './lib/load-data';

const OUT = join('public', 'data');

const data = await loadData();
const errors = data.problems.filter((p) => !p.warning);
if (errors.length > 0 || !data.directory) {
  for (const p of errors) console.error(`FEHLER  ${formatProblem(p)}`);
  console.error(`data build: ${errors.length} errors, nothing written. Details: npm run data:check`);
  process.exit(1);
}
if (data.guideFiles.length > 0 && data.guide === undefined) {
  console.error('data build: the guide files exist but could not be checked (is src/guide/validate.ts there?)');
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
const written: string[] = [];
const write = (name: string, text: string) => {
  writeFileSync(join(OUT, name), text);
  written.push(`${name} (${Buffer.byteLength(text)} bytes)`);
};
write('directory.json', JSON.stringify(data.directory) + '\n');
copyFileSync(data.boundariesFile, join(OUT, 'boundaries.geojson'));
written.push('boundaries.geojson (copied)');
if (data.guide !== undefined) write('guide.json', JSON.stringify(data.guide) + '\n');

const { directory } = data;
console.log(`data build: ${directory.entries.length} entries, version ${directory.version}, as of ${directory.asOf}`);
console.log(`wrote ${OUT}/: ${written.join(', ')}`);
