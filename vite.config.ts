import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHintsPlugin } from './scripts/vite-compile-hints.ts';
import { cspPlugin } from './scripts/vite-csp.ts';
import { headLinksPlugin } from './scripts/vite-head-links.ts';
import { openingHoursPlugin } from './scripts/vite-opening-hours.ts';
import { preloadOnly, preloadPlugin } from './scripts/vite-preload.ts';
import { MANIFEST_FILE } from './src/app/manifest-link.ts';
import { appDefines, fileSha256 } from './scripts/app-defines.ts';

// Relative base: the built folder works at the root of a host or under any sub-path
// (https://example.org/wegweiser/), because routing lives in the URL hash.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The build's output folder as resolved (a test or benchmark may build into another one).
let outDir = 'dist';
/** The directory's precache revision: its SHA-256, which the service worker can check (src/sw.ts). */
const directoryRevision = (url: string) => fileSha256(resolve(outDir, url));

export default defineConfig({
  base: './',
  // Shown on the About screen; a test build can set its own (VITE_APP_VERSION) to tell builds apart.
  define: { __APP_VERSION__: JSON.stringify(process.env.VITE_APP_VERSION ?? pkg.version) },
  plugins: [
    // The other constants from the public folder this build copies (a test's release may use its own).
    {
      name: 'app-defines',
      config: (config) => ({
        define: appDefines(resolve(config.root ?? '.', typeof config.publicDir === 'string' ? config.publicDir : 'public')),
      }),
    },
    { name: 'out-dir', configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)) },
    preact(),
    openingHoursPlugin(),
    cspPlugin(),
    preloadPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      // The app registers the worker itself (src/app/sw-bridge.ts), after the first screen is drawn.
      injectRegister: false,
      manifestFilename: MANIFEST_FILE,
      manifest: {
        name: 'Wegweiser Werra-Meißner',
        short_name: 'Wegweiser',
        description:
          'Ämter, Beratung und Hilfe im Werra-Meißner-Kreis – offline, auf Deutsch, Українська, العربية und دری.',
        lang: 'de',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b5a55',
        background_color: '#ffffff',
        categories: ['government', 'navigation', 'utilities'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The app shell, every locale chunk, the directory and the boundaries: all of it offline.
        globPatterns: ['**/*.{js,css,html,json,geojson,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // A first visit's page hands its download of the directory to the worker's install, which
        // checks it against this revision instead of downloading the file a second time.
        manifestTransforms: [
          (entries) => ({
            manifest: entries.map((e) => (e.url === 'data/directory.json' ? { ...e, revision: directoryRevision(e.url) } : e)),
            warnings: [],
          }),
        ],
      },
      devOptions: { enabled: false },
    }),
    // After VitePWA: takes its manifest link out of index.html again (see the plugin).
    headLinksPlugin(),
    // The code loaded after the first screen compiled when it loads, not function by function.
    compileHintsPlugin(),
  ],
  build: {
    target: 'es2022',
    // Preload lists only for the store's chunk, which loads while the first screen renders (see
    // preloadOnly); the home's data waits for it. The lists are written into the entry: the list
    // screen's alone would add 0.2 KB gzip to the first screen, whose budget has 0.4 KB left.
    // (A lazy chunk's CSS is loaded with it either way.)
    modulePreload: { polyfill: false, resolveDependencies: preloadOnly(['start-data']) },
    // Leaflet and the opening_hours library (353 KB with only the region's holidays, see
    // scripts/vite-opening-hours.ts) are big; keeping them in their own chunks keeps the
    // first screen small and lets the service worker update them separately.
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/leaflet')) return 'leaflet';
          // The libraries the first screen needs, in one file: one request and one gzip dictionary.
          // Not idb: the device store opens after the first screen is drawn, in its own chunk.
          if (/node_modules\/(preact|i18next)\//.test(id)) return 'vendor';
          if (id.includes('node_modules/opening_hours') || id.includes('node_modules/suncalc')) return 'opening-hours';
          return undefined;
        },
      },
    },
  },
});
