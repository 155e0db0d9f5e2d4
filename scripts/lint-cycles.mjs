// Fails on an import cycle in src/. Only imports that exist at run time count: relative static
// imports and re-exports; `import type`, type-only specifier lists and dynamic import() are skipped
// (the route table lazily imports the screens, which is not a cycle when the bundle runs).
// Written by hand (~60 lines) rather than adding madge and its many packages.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s+from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** The relative module specifiers `code` imports at run time (type-only imports left out). */
export function runtimeImports(code) {
  const out = [];
  for (const m of code.matchAll(STATIC)) {
    if (m[5]) { out.push(m[5]); continue; }
    if (m[2]) continue;
    const names = /^\{([\s\S]*)\}$/.exec(m[3].trim());
    // `import { type A, type B } from` is erased too; `import { type A, b }` is not.
    if (names && names[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '))) continue;
    out.push(m[4]);
  }
  return out.filter((s) => s.startsWith('.'));
}

/** The .ts/.tsx file a relative specifier of `from` names; undefined for CSS, JSON and the like. */
export function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined; // CSS, JSON, or a file outside TypeScript: no edge that can close a cycle here
}

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** The run-time import graph of every .ts/.tsx file under `root`: file → files it imports. */
export function importGraph(root) {
  const graph = new Map();
  for (const file of sources(resolve(root))) {
    const code = readFileSync(file, 'utf8');
    graph.set(file, runtimeImports(code).map((s) => resolveImport(file, s)).filter(Boolean));
  }
  return graph;
}

/** The first cycle found by depth-first search, as a list of files that ends where it starts; else undefined. */
export function findCycle(graph) {
  const state = new Map(); // 1 = on the current path, 2 = done
  const path = [];
  const visit = (node) => {
    state.set(node, 1);
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 1) return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 2);
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'src';
  const graph = importGraph(root);
  const cycle = findCycle(graph);
  if (cycle) {
    console.error(`Import cycle: ${cycle.map((f) => relative('.', f)).join(' → ')}`);
    process.exit(1);
  }
  console.log(`import cycles: ${graph.size} files, none`);
}
