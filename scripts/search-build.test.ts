import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTree } from './lib/temp-tree';
import { runtimeClosure, searchBuildHash } from './search-build';

// A tiny tree: the root imports b at run time, b imports c, the root names t only as a type; d is unrelated.
const tree = tempTree('search-build-');
const { root: base, plant } = tree;
afterAll(() => tree.remove());
plant({
  'dir/root.ts': "import { b } from './b';\nimport type { T } from '../t';\nexport const root: T = b;",
  'dir/b.ts': "import { c } from '../lib/c';\nexport const b = c;",
  'lib/c.ts': "import { b } from '../dir/b';\nexport const c = 1; export const again = () => b;",
  't.ts': 'export type T = number;',
  'dir/d.ts': 'export const d = 2;',
});
const hash = () => searchBuildHash(['dir/root.ts'], base);

describe('searchBuildHash', () => {
  it("follows the roots' run-time imports, through a cycle, and leaves out type-only imports and other files", () => {
    expect(runtimeClosure([join(base, 'dir/root.ts')]).map((f) => relative(base, f))).toEqual(['dir/b.ts', 'dir/root.ts', 'lib/c.ts']);
  });

  it('changes when a file of the closure changes, and not for a file outside it', () => {
    const before = hash();
    expect(hash()).toBe(before);
    plant({ 'dir/d.ts': 'export const d = 3;', 't.ts': 'export type T = 1 | 2;' });
    expect(hash()).toBe(before);
    plant({ 'lib/c.ts': "import { b } from '../dir/b';\nexport const c = 2; export const again = () => b;" });
    expect(hash()).not.toBe(before);
  });

  it("covers the app's index build and its stored records, and not the opening hours", () => {
    const files = runtimeClosure(['src/directory/search-index.ts', 'src/storage/search-index-records.ts']).map((f) => relative(process.cwd(), f));
    for (const file of ['src/directory/search-index.ts', 'src/directory/search-builder.ts', 'src/directory/normalize.ts', 'src/directory/transliterate.ts', 'src/storage/search-index-records.ts']) {
      expect(files).toContain(file);
    }
    expect(files).not.toContain('src/directory/hours.ts');
    expect(searchBuildHash()).toMatch(/^[0-9a-f]{12}$/);
  });
});
