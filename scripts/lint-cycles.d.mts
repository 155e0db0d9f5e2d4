// Types of lint-cycles.mjs (plain JS, so `npm run lint` runs it without a build step).
export function runtimeImports(code: string): string[];
export function resolveImport(from: string, spec: string): string | undefined;
export function importGraph(root: string): Map<string, string[]>;
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined;
