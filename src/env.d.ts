/** The app's version, set at build time from package.json (see vite.config.ts). */
declare const __APP_VERSION__: string;
/** The region's name per language (German under de), set at build time from data/region.yaml. */
declare const __REGION_NAMES__: Readonly<Record<string, string>>;
/** A short hash of the code that builds the search index (scripts/search-build.ts): part of the stored index's key. */
declare const __SEARCH_BUILD__: string;
/** The bundled data/directory.json's SHA-256 (scripts/app-defines.ts); null where the build had none. */
declare const __BUNDLED_DIRECTORY__: string | null;
