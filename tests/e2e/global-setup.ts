import { existsSync } from 'node:fs';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';
import { freePort } from '../../scripts/lib/free-port';
import type { TestProject } from 'vitest/node';
import { distDir, findTestChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromium: string;
  }
}

let server: PreviewServer | undefined;

/** Finds the browser (or fails: a browser test never skips) and serves dist/ on 127.0.0.1. */
export async function setup(project: TestProject): Promise<void> {
  const chromium = findTestChromium();
  const dist = distDir();
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests.`);
  const port = await freePort();
  server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  project.provide('chromium', chromium);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
}
