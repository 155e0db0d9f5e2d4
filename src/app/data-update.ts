import type { Directory } from '../directory/types';
import type { Problem } from '../directory/problems';
import { DIRECTORY_SOURCE, DIRECTORY_URL, ETAG, LAST_CHECK, showDirectory, showWithNextScreen } from './data';
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
  const last = await storage.getMeta<number>(LAST_CHECK).catch(() => undefined);
  if (!force && last && Date.now() - last < DAY_MS) return { kind: 'skipped' };
  if (!navigator.onLine) return { kind: 'offline' };
  const etag = await storage.getMeta<string>(ETAG).catch(() => undefined);
  let res: Response;
  try {
    // The query keeps the service worker's precache from answering: this must ask the server.
    const url = new URL(`${DIRECTORY_URL}?check=1`, document.baseURI);
    res = await fetch(url, { cache: 'no-store', headers: etag ? { 'If-None-Match': etag } : {} });
  } catch {
    return { kind: 'offline' };
  }
  await storage.setMeta(LAST_CHECK, Date.now()).catch(() => undefined);
  if (res.status === 304) return { kind: 'current' };
  if (!res.ok) return { kind: 'failed', reason: `HTTP ${res.status}` };
  const text = await res.text();
  const newEtag = res.headers.get('ETag');
  const keep = async (): Promise<UpdateOutcome> => {
    if (newEtag) await storage.setMeta(ETAG, newEtag).catch(() => undefined);
    return { kind: 'current' };
  };
  // Most checks find the same data: see that cheaply before loading the validator (and with it
  // the opening-hours library), which costs an old phone a second.
  if (directory && !mayBeNewer(text, directory)) return keep();
  const { validateDirectoryText } = await import('../directory/validate');
  const checked = validateDirectoryText(text);
  if (!checked.ok) return { kind: 'rejected', problems: checked.problems.filter((p) => !p.warning) };
  const next: Directory = checked.value;
  if (directory && !isNewer(next, directory)) return keep();
  try {
    await storage.saveDirectory(next);
  } catch (error) {
    return { kind: 'failed', reason: (error as Error).message };
  }
  // A later app version must not put its bundled copy of the same version over this one.
  await storage.setMeta(DIRECTORY_SOURCE, 'update').catch(() => undefined);
  if (newEtag) await storage.setMeta(ETAG, newEtag).catch(() => undefined);
  // Asked for, it shows at once; found by the daily check, with the next screen.
  if (force) showDirectory(next);
  else showWithNextScreen(next);
  return { kind: 'updated', asOf: next.asOf };
}

/** False when the text is surely not newer: an older version, or the same content. */
function mayBeNewer(text: string, current: Directory): boolean {
  let raw: Partial<Directory>;
  try {
    raw = JSON.parse(text) as Partial<Directory>;
  } catch {
    return true; // Broken: let the validator say what is wrong.
  }
  if (typeof raw?.version !== 'string' || raw.format !== current.format || !Array.isArray(raw.entries) || !raw.region) return true;
  return isNewer(raw as Directory, current);
}

/**
 * True when `next` should replace `current`. A newer version wins. The same version with other content counts too: office staff may edit
 * an entry without changing its "checked" date. An older version (a stale copy) never replaces data.
 */
export function isNewer(next: Directory, current: Directory): boolean {
  if (next.version !== current.version) return next.version > current.version;
  // The device returns entries ordered by id, the file has them by category: compare in one order.
  const content = (d: Directory) => JSON.stringify([d.region, [...d.entries].sort((a, b) => (a.id < b.id ? -1 : 1))]);
  return content(next) !== content(current);
}
