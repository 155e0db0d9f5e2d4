// Size budget of the production build (dist/), printed every run and enforced:
// - first screen, gzip ≤ 30 KB in every language: everything loaded before it is drawn, that is
//   index.html's scripts and CSS (the boot script and style sheet written into it too), every chunk they import statically, and the
//   locale chunks that src/i18n awaits before main.tsx renders; on a first visit instead of those
//   texts the language picker's chunk and CSS (see scripts/size-count.mjs)
// - no map code on the first screen; Leaflet in a chunk of its own
// - everything precached for offline use, gzip ≤ 700 KB
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GZIP_LEVEL, firstScreenByLanguage, gzipSize, storeCode } from './size-count.mjs';

const DIST = process.argv[2] ?? 'dist';
const BUDGET_FIRST = 30 * 1024;
const BUDGET_PRECACHE = 700 * 1024;

const read = (file) => readFileSync(join(DIST, file), 'utf8');
const gz = (file) => gzipSize(readFileSync(join(DIST, file)));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`size: ${DIST}/index.html is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const assets = readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`);
const byLang = firstScreenByLanguage(read('index.html'), read, assets);
const heaviest = byLang.reduce((a, b) => (b.total > a.total ? b : a));
const firstScreen = [...new Set(byLang.flatMap((l) => l.files.map((f) => f.file)))];

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]))];
const precacheBytes = precached.reduce((sum, f) => sum + (existsSync(join(DIST, f)) ? gz(f) : 0), 0) + gz('sw.js');

// The library chunk (vite.config.ts names it "leaflet"), not src/map's own "leaflet-map" module.
const leafletChunk = precached.find((f) => /^assets\/leaflet-[\w-]{8}\.js$/.test(f));
const mapCode = precached.filter((f) => /^assets\/(leaflet|Map|map)[\w-]*\.js$/.test(f));
// The inline boot script and style sheet are counted above but are no files of their own.
const mapInFirst = firstScreen.filter((f) => existsSync(join(DIST, f)) && (/leaflet/i.test(f) || readFileSync(join(DIST, f), 'utf8').includes('leaflet-container')));

console.log(`size budget (gzip level ${GZIP_LEVEL}, as a web server sends it)`);
console.log('  first screen: index.html\'s scripts and CSS (inline ones too), their static imports, and the texts awaited before render');
console.log('  (de, uk, ar, fa-AF: a returning visit in that language; picker: a first visit, which awaits the picker, not texts)');
const shared = heaviest.files.filter((f) => byLang.every((l) => l.files.some((g) => g.file === f.file)));
for (const f of shared) console.log(`  every case     ${kb(f.bytes).padStart(9)}  ${f.file}`);
for (const l of byLang) {
  const own = l.files.filter((f) => !shared.some((g) => g.file === f.file));
  console.log(`  ${l.lang.padEnd(14)} ${kb(own.reduce((sum, f) => sum + f.bytes, 0)).padStart(9)}  ${own.map((f) => f.file).join(', ')}`);
}
for (const l of byLang) console.log(`  first screen ${l.lang.padEnd(6)} ${kb(l.total)}${l === heaviest ? '  (heaviest)' : ''}`);
console.log(`  first screen, heaviest case: ${kb(heaviest.total)} (budget ${kb(BUDGET_FIRST)})`);
// Not in the budget (the screen is drawn without it when it is late), but waited for: said here.
const store = storeCode(read('index.html'), read, assets);
console.log(`  returning start    +${kb(store.total)}  the store's code (${store.files.map((f) => f.file).join(', ')}), from the phone: the home waits for it and the stored summary, at most SUMMARY_WAIT_MS (main.tsx) after its texts`);
console.log(`  Leaflet chunk      ${leafletChunk ? `${kb(gz(leafletChunk))}  ${leafletChunk}` : 'not found'}`);
console.log(`  map code, lazy     ${kb(mapCode.reduce((sum, f) => sum + gz(f), 0))} in ${mapCode.length} files`);
console.log(`  precached          ${kb(precacheBytes)} in ${precached.length} files (budget ${kb(BUDGET_PRECACHE)})`);

const failures = [];
for (const l of byLang) {
  if (l.total > BUDGET_FIRST) failures.push(`the first screen in ${l.lang} is ${kb(l.total)}, over its ${kb(BUDGET_FIRST)} budget: load more of it lazily`);
  // Without its texts the count would flatter: the build must name every chunk the start awaits.
  for (const key of l.missing) failures.push(`${l.lang}: no file found for ${key}, which the first screen awaits`);
}
for (const key of store.missing) failures.push(`no file found for ${key}, which a returning start waits for`);
if (mapInFirst.length) failures.push(`map code is on the first screen: ${mapInFirst.join(', ')}`);
if (!leafletChunk) failures.push('no Leaflet chunk of its own was found among the precached files');
if (precacheBytes > BUDGET_PRECACHE) failures.push(`the offline download is ${kb(precacheBytes)}, over its ${kb(BUDGET_PRECACHE)} budget`);
// The service worker leaves out files over its size limit (maximumFileSizeToCacheInBytes in
// vite.config.ts) with only a build warning: a directory of about 1,300 real-sized entries would.
for (const f of ['index.html', 'data/directory.json', 'data/guide.json', 'data/boundaries.geojson']) {
  if (!precached.includes(f)) failures.push(`${f} is not precached (over the service worker's size limit in vite.config.ts?): it would be missing offline`);
}
if (failures.length) {
  for (const f of failures) console.error(`size: ${f}`);
  process.exit(1);
}
console.log('size: within budget');
