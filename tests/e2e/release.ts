import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Directory } from '../../src/directory/types';
import { distDir } from './chromium';

/** The build under test's own directory file (dist/, not public/: the two can drift). */
export function builtDirectory(dir = distDir()): Directory {
  return JSON.parse(readFileSync(join(dir, 'data', 'directory.json'), 'utf8')) as Directory;
}

/** A second release: its folder, its version label, and the entry whose name it changed. */
export interface NextRelease {
  readonly dir: string;
  readonly appVersion: string;
  readonly dataVersion: string;
  readonly renamed: { readonly id: string; readonly before: string; readonly after: string };
  readonly remove: () => void;
}

/**
 * Builds another release of the app the way a deployer would: every file that mentions the app
 * version changes, the bundled directory is one day newer with one entry renamed, and (built with
 * VITE_TEST_MIGRATION) the schema gains one step, as a real schema change would.
 */
export function buildNextRelease(): NextRelease {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-next-'));
  const publicDir = mkdtempSync(join(tmpdir(), 'wegweiser-next-public-'));
  cpSync('public', publicDir, { recursive: true });
  const data = builtDirectory();
  const first = data.entries[0];
  if (!first) throw new Error('the built directory has no entries');
  const after = `${first.name} (neuer Stand)`;
  const dataVersion = new Date(Date.parse(data.version) + 24 * 60 * 60 * 1000).toISOString().replace('.000Z', 'Z');
  const next: Directory = {
    ...data,
    version: dataVersion,
    entries: data.entries.map((e) => (e.id === first.id ? { ...e, name: after } : e)),
  };
  writeFileSync(join(publicDir, 'data', 'directory.json'), JSON.stringify(next));
  const appVersion = '99.0.0-next';
  const script = `const { build } = await import('vite');
await build({ publicDir: ${JSON.stringify(publicDir)}, logLevel: 'error', build: { outDir: ${JSON.stringify(dir)}, emptyOutDir: true } });`;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      // NODE_ENV: Vitest sets "test", which would make vite build a development bundle.
      env: { ...process.env, NODE_ENV: 'production', VITE_APP_VERSION: appVersion, VITE_TEST_MIGRATION: '1' },
      stdio: 'inherit',
    });
  } finally {
    rmSync(publicDir, { recursive: true, force: true });
  }
  return {
    dir,
    appVersion,
    dataVersion,
    renamed: { id: first.id, before: first.name, after },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
