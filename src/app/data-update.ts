import type { Directory } from '../directory/types';
import type { Problem } from '../directory/problems';
import { DIRECTORY_URL } from './data';
import { app } from './state';

/** What a data update check found. */
export type UpdateOutcome =
  | { readonly kind: 'updated'; readonly asOf: string }
  | { readonly kind: 'current' }
  | { readonly kind: 'skipped' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'rejected'; readonly problems: readonly Problem[] }
  | { readonly kind: 'failed'; readonly reason: string };

const DAY_MS = 24 * 60 * 60 * 1000;
let running: Promise<UpdateOutcome> | undefined;

/**
 * Asks the server for a newer directory: at most once a day unless `force`. A conditional request
 * (ETag) costs a few hundred bytes when nothing changed. A new file is validated completely and
 * swapped in in one transaction; a bad or cut-off file is rejected and the old data stays.
 */
export function checkForDataUpdate(force = false): Promise<UpdateOutcome> {
  running ??= run(force).finally(() => (running = undefined));
  return running;
}

async function run(force: boolean): Promise<UpdateOutcome> {
  const { storage, directory } = app.get();
  const last = await storage.getMeta<number>('lastCheck').catch(() => undefined);
  if (!force && last && Date.now() - last < DAY_MS) return { kind: 'skipped' };
  if (!navigator.onLine) return { kind: 'offline' };
  const etag = await storage.getMeta<string>('etag').catch(() => undefined);
  let res: Response;
  try {
    // The query keeps the service worker's precache from answering: this must ask the server.
    const url = new URL(`${DIRECTORY_URL}?check=1`, document.baseURI);
    res = await fetch(url, { cache: 'no-store', headers: etag ? { 'If-None-Match': etag } : {} });
  } catch {
    return { kind: 'offline' };
  }
  await storage.setMeta('lastCheck', Date.now()).catch(() => undefined);
  if (res.status === 304) return { kind: 'current' };
  if (!res.ok) return { kind: 'failed', reason: `HTTP ${res.status}` };
  const { validateDirectoryText } = await import('../directory/validate');
  const checked = validateDirectoryText(await res.text());
  if (!checked.ok) return { kind: 'rejected', problems: checked.problems.filter((p) => !p.warning) };
  const next: Directory = checked.value;
  const newEtag = res.headers.get('ETag');
  if (directory && !isNewer(next, directory)) {
    if (newEtag) await storage.setMeta('etag', newEtag).catch(() => undefined);
    return { kind: 'current' };
  }
  try {
    await storage.saveDirectory(next);
  } catch (error) {
    return { kind: 'failed', reason: (error as Error).message };
  }
  if (newEtag) await storage.setMeta('etag', newEtag).catch(() => undefined);
  app.set({ directory: next });
  return { kind: 'updated', asOf: next.asOf };
}

/**
 * A newer version wins. The same version with other content counts too: office staff may edit
 * an entry without changing its "checked" date. An older version (a stale copy) never replaces data.
 */
function isNewer(next: Directory, current: Directory): boolean {
  if (next.version !== current.version) return next.version > current.version;
  // The device returns entries ordered by id, the file has them by category: compare in one order.
  const content = (d: Directory) => JSON.stringify([d.region, [...d.entries].sort((a, b) => (a.id < b.id ? -1 : 1))]);
  return content(next) !== content(current);
}
