import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
 * function in a file that begins with it is compiled when the file is, not when it is first
 * called, and so goes into the code cache that Chromium keeps for the service worker's copy.
 * Without it, each start compiled the functions it called on the main thread again: in traces of
 * a start at 4× CPU, 96–137 ms of lazy compiling in the 2.5 s after the list was opened, 1–2 ms
 * with it (docs/performance.md). It must be the file's first line.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Chunks left to compile lazily: large code of which a visit runs a small part, and which most
 * visits never load (the map's Leaflet and screen, the QR code, the check of a data update).
 */
export const LAZY_CHUNKS: readonly string[] = ['leaflet', 'MapScreen', 'qr', 'validate'];

/** The part of a bundled chunk the rule reads. */
export interface HintedChunk {
  readonly name: string;
  readonly moduleIds: readonly string[];
}

/**
 * Whether a chunk gets the hint: code the app runs on a start or on the screens it opens. Not a
 * chunk of data only (the language texts, JSON modules: no functions to compile, and the
 * comment would cost the first screen bytes), nor the lazy ones above.
 */
export function wantsHint(chunk: HintedChunk): boolean {
  if (LAZY_CHUNKS.includes(chunk.name)) return false;
  return chunk.moduleIds.some((id) => !id.split('?')[0]?.endsWith('.json'));
}

/** The code with the hint as its first line (once). */
export function withHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/**
 * Adds the hint once the bundle is complete, after Vite's own changes to each chunk (its
 * preload map is written at the top of the entry, and the hint must stay first). The file
 * names' hashes were made before: the hint depends only on the chunk's name, so a file's name
 * still changes exactly when its code does. Built without source maps, so none to shift.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'wegweiser-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own hook, which writes the entry's preload map at its top.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue;
          if (wantsHint({ name: file.name, moduleIds: file.moduleIds })) file.code = withHint(file.code);
        }
      },
    },
  };
}
