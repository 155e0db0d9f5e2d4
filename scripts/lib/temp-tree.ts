import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A folder of its own in the system's temporary folder, for tests that write small source trees into it. */
export interface TempTree {
  readonly root: string;
  /** Writes (or overwrites) files, by path relative to the root, making their folders. */
  plant(files: Readonly<Record<string, string>>): void;
  remove(): void;
}

export function tempTree(prefix: string): TempTree {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    plant(files) {
      for (const [name, code] of Object.entries(files)) {
        mkdirSync(dirname(join(root, name)), { recursive: true });
        writeFileSync(join(root, name), code);
      }
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
