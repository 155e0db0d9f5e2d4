// Size budget of the production build (dist/), printed every run and enforced:
// - first screen (entry JS + CSS + the chunks it imports statically), gzip ≤ 30 KB
// - no map code on the first screen; Leaflet in a chunk of its own
// - everything precached for offline use, gzip ≤ 700 KB
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const BUDGET_FIRST = 30 * 1024;
const BUDGET_PRECACHE = 700 * 1024;

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`size: ${DIST}/index.html is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);

// The first screen is what index.html loads plus every chunk those import statically
// (dynamic import() chunks are loaded later and do not count).
function staticImports(file) {
  const code = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => dir + m[1].slice(2));
}
const firstScreen = [...new Set(refs)];
for (let i = 0; i < firstScreen.length; i++) {
  if (!firstScreen[i].endsWith('.js')) continue;
  for (const dep of staticImports(firstScreen[i])) if (!firstScreen.includes(dep)) firstScreen.push(dep);
}
const firstBytes = firstScreen.reduce((sum, f) => sum + gz(f), 0);

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]))];
const precacheBytes = precached.reduce((sum, f) => sum + (existsSync(join(DIST, f)) ? gz(f) : 0), 0) + gz('sw.js');

// The library chunk (vite.config.ts names it "leaflet"), not src/map's own "leaflet-map" module.
const leafletChunk = precached.find((f) => /^assets\/leaflet-[\w-]{8}\.js$/.test(f));
const mapCode = precached.filter((f) => /^assets\/(leaflet|Map|map)[\w-]*\.js$/.test(f));
const mapInFirst = firstScreen.filter((f) => /leaflet/i.test(f) || readFileSync(join(DIST, f), 'utf8').includes('leaflet-container'));

console.log('size budget (gzip -9)');
for (const f of firstScreen) console.log(`  first screen  ${kb(gz(f)).padStart(9)}  ${f}`);
console.log(`  first screen total ${kb(firstBytes)} (budget ${kb(BUDGET_FIRST)})`);
console.log(`  Leaflet chunk      ${leafletChunk ? `${kb(gz(leafletChunk))}  ${leafletChunk}` : 'not found'}`);
console.log(`  map code, lazy     ${kb(mapCode.reduce((sum, f) => sum + gz(f), 0))} in ${mapCode.length} files`);
console.log(`  precached          ${kb(precacheBytes)} in ${precached.length} files (budget ${kb(BUDGET_PRECACHE)})`);

const failures = [];
if (firstBytes > BUDGET_FIRST) failures.push(`the first screen is ${kb(firstBytes)}, over its ${kb(BUDGET_FIRST)} budget: load more of it lazily`);
if (mapInFirst.length) failures.push(`map code is on the first screen: ${mapInFirst.join(', ')}`);
if (!leafletChunk) failures.push('no Leaflet chunk of its own was found among the precached files');
if (precacheBytes > BUDGET_PRECACHE) failures.push(`the offline download is ${kb(precacheBytes)}, over its ${kb(BUDGET_PRECACHE)} budget`);
for (const f of ['index.html', 'data/directory.json', 'data/boundaries.geojson']) {
  if (!precached.includes(f)) failures.push(`${f} is not precached: it would be missing offline`);
}
if (failures.length) {
  for (const f of failures) console.error(`size: ${f}`);
  process.exit(1);
}
console.log('size: within budget');
