/**
 * What the index writer's worker does (index-writer.worker.ts), apart from the worker so that unit
 * tests can run it. The worker never creates or upgrades the database: that is the page's job
 * (idb.ts, migrations.ts). It opens the version the page has open, so a newer version of the app
 * that upgraded the database meanwhile makes the open fail instead of writing into its schema.
 */
import { openDB } from 'idb';
import type { WegweiserDB } from './schema';
import { writeSearchIndex } from './search-index-records';
import type { StoredSearchIndex } from './types';

/** What the page sends: the database to open (its name and the version the page has open) and the index. */
export interface IndexWrite {
  readonly name: string;
  readonly version: number;
  readonly stored: StoredSearchIndex;
}

/** What the worker answers: written, or the name of the error that stopped it. */
export type IndexWritten = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** Opens the page's database at the page's version, writes the index's two records, closes it. */
export async function writeIndexJob({ name, version, stored }: IndexWrite): Promise<void> {
  const db = await openDB<WegweiserDB>(name, version, {
    // The database is gone (emptied and deleted meanwhile) or older than the page's: not ours to make.
    upgrade: (_db, _old, _new, tx) => {
      tx.done.catch(() => undefined);
      tx.abort();
    },
    // Another tab's upgrade waits for this connection: let it go.
    blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
  });
  try {
    await writeSearchIndex(db, stored);
  } finally {
    db.close();
  }
}

/** The answer for the page: ok, or the error's name (a DOMException's, like QuotaExceededError). */
export function answer(job: Promise<void>): Promise<IndexWritten> {
  return job.then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, error: (error as { name?: string } | null)?.name ?? 'Error' }) as const,
  );
}
