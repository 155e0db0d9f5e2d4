import type { Plugin } from 'vite';
import { PICKER, STORE } from './size-count.mjs';

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
 * function in a file that begins with it is compiled when the file is, not when it is first
 * called, and so goes into the code cache Chromium keeps for the file. It must be the first line.
 *
 * Only the code loaded after the first screen gets it (the list, the search, the opening hours,
 * the other screens). A trace of the start that builds the search index (real directory, list
 * opened at once, 4× CPU) had its long tasks after the list was drawn in V8 compiling the
 * opening-hours library's functions at their first call (40–50 ms of one task) and the list's
 * functions at its first render. Hinting every chunk (tried on 2026-12-03 and taken out again)
 * also hinted the first screen's code: the home's start did not get faster beyond this machine's
 * spread, and the first start after an install paid twice as long for its code caches.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Chunks left to compile lazily: large code of which a visit runs a small part, and which most
 * visits never load (the map's Leaflet and screen, the QR code, the check of a data update).
 */
export const LAZY_CHUNKS: readonly string[] = ['leaflet', 'MapScreen', 'qr', 'validate'];

/**
 * Chunks whose static imports a start loads before or with its first screen, beside the entry:
 * the language picker (a first visit's first screen, preloaded) and the store's code (asked
 * for while a returning start's first screen is drawn). The size check counts the same files
 * by the same patterns (size-count.mjs), so both change together.
 */
const FIRST_SCREEN_ROOTS: readonly RegExp[] = [PICKER, STORE];

/** The part of a bundled chunk the rules read. */
export interface HintedChunk {
  readonly fileName: string;
  readonly name: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly moduleIds: readonly string[];
}

/** File names of the chunks a start loads for its first screen: the roots and their static imports. */
export function firstScreenFiles(chunks: readonly HintedChunk[]): Set<string> {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    byFile.get(file)?.imports.forEach(visit);
  };
  chunks.filter((c) => c.isEntry || FIRST_SCREEN_ROOTS.some((root) => root.test(c.fileName))).forEach((c) => visit(c.fileName));
  return seen;
}

/**
 * Whether a chunk gets the hint: code loaded after the first screen, not the first screen's,
 * not the lazy ones above, and not data only (the language texts: no functions to compile).
 */
export function wantsHint(chunk: HintedChunk, firstScreen: ReadonlySet<string>): boolean {
  if (firstScreen.has(chunk.fileName) || LAZY_CHUNKS.includes(chunk.name)) return false;
  return chunk.moduleIds.some((id) => !id.split('?')[0]?.endsWith('.json'));
}

/** The code with the hint as its first line (once). */
export function withHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/**
 * Adds the hint once the bundle is complete, after Vite's own changes to each chunk. The file
 * names' hashes were made before: the hint depends only on where a chunk stands in the import
 * graph, so a file's name still changes exactly when its code does. Built without source maps,
 * so none to shift.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'wegweiser-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own hook, which writes its preload map at the top of a chunk that imports
      // others lazily (today only the entry and the map screen, neither hinted; a hinted chunk
      // may become one): the hint must stay first.
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
        const first = firstScreenFiles(chunks);
        for (const chunk of chunks) if (wantsHint(chunk, first)) chunk.code = withHint(chunk.code);
      },
    },
  };
}
