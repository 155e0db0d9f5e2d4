import { basename, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTree } from './lib/temp-tree';
import { findCycle, importGraph, runtimeImports } from './lint-cycles.mjs';

// A tiny source tree with one planted run-time cycle (a → b → c → a) and one type-only loop (t ↔ u).
const tree = tempTree('cycles-');
const { root, plant } = tree;
afterAll(() => tree.remove());

describe('lint-cycles', () => {
  it('keeps run-time imports and drops type-only and dynamic ones', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      "import { type E, e } from './e';",
      "export { f } from '../f';",
      "import './side-effect';",
      "import { h } from 'preact';",
      "const g = () => import('./g');",
    ].join('\n');
    expect(runtimeImports(code)).toEqual(['./a', './e', '../f', './side-effect']);
  });

  it('finds a planted cycle and prints it from where it starts', () => {
    plant({
      'a.ts': "import { b } from './dir/b';\nexport const a = b;",
      'dir/b.tsx': "import { c } from '../c';\nexport const b = c;",
      'c.ts': "import { a } from './a';\nexport const c = 1;",
    });
    const cycle = findCycle(importGraph(root))?.map((f) => basename(f));
    expect(cycle).toEqual(['a.ts', 'b.tsx', 'c.ts', 'a.ts']);
    // npm run lint passes a relative folder ('src'): the same cycle must show from there.
    expect(findCycle(importGraph(relative(process.cwd(), root)))?.map((f) => basename(f))).toEqual(cycle);
  });

  it('finds nothing once the cycle is broken, and ignores a loop made of type imports', () => {
    plant({
      'c.ts': "import type { A } from './a';\nexport const c = 1;",
      't.ts': "import type { U } from './u';\nexport type T = U;",
      'u.ts': "import type { T } from './t';\nexport type U = T | 1;",
    });
    expect(findCycle(importGraph(root))).toBeUndefined();
  });
});
