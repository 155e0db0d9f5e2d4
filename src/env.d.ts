/** The app's version, set at build time from package.json (see vite.config.ts). */
declare const __APP_VERSION__: string;
