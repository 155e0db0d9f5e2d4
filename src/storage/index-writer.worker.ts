/**
 * The worker that writes the search index into IndexedDB off the page's thread (started by
 * index-writer.ts; the work is in index-writer-job.ts). At 10,000 entries the two puts took tasks
 * of 170–185 ms on the page at 4× CPU (the megabytes copied and wrapped for the database), right
 * while the list was first searched; here they cost the page nothing.
 */
import { answer, writeIndexJob, type IndexWrite, type IndexWritten } from './index-writer-job';

self.onmessage = (event: MessageEvent<IndexWrite>) => {
  void answer(writeIndexJob(event.data)).then((reply) => self.postMessage(reply));
};
// The message could not be read here (out of memory, say): the page writes the index itself.
self.onmessageerror = () => self.postMessage({ ok: false, error: 'DataCloneError' } satisfies IndexWritten);
