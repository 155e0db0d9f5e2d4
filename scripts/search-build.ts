import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { resolveImport, runtimeImports } from './lint-cycles.mjs';

/**
 * The code whose output is stored as the search index: the build (search-index.ts, with the
 * folding and transliteration rules it imports) and the records it is written to and read from.
 */
const INDEX_CODE = ['src/directory/search-index.ts', 'src/storage/search-index-records.ts'];

/** The files `roots` run: the roots and every file they import at run time, directly or not (type-only imports left out), sorted. */
export function runtimeClosure(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = roots.map((r) => resolve(r));
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const next = resolveImport(file, spec);
      if (next) todo.push(next);
    }
  }
  return [...seen].sort();
}

/**
 * A short hash of the code that builds and stores the search index: each file of its run-time
 * closure, by path and content. The app stores its index under a key with this value
 * (src/finder/search-store.ts), so a changed folding rule or record layout builds the index once
 * again instead of reading one made by the old code, and a release that changes other code
 * (opening hours, validation) keeps the stored index: at 10,000 entries its build is seconds of an
 * old phone's start. (Until 2026-12 every file of src/directory counted.)
 */
export function searchBuildHash(roots: readonly string[] = INDEX_CODE, base = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of runtimeClosure(roots.map((r) => resolve(base, r)))) {
    hash.update(`${relative(base, file)}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex').slice(0, 12);
}
