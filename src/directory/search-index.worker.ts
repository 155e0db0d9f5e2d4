/**
 * The worker that builds the search index off the page's thread (started by
 * search-index-worker.ts; the work is in index-build-job.ts). At 10,000 entries the build takes
 * about 2 s of an old phone's CPU: on the page, in slices, it shared the thread with the list being
 * drawn and the keys being answered; here it runs beside them.
 */
import { IndexBuildJob, type IndexBuildMessage, type IndexBuildReply } from './index-build-job';

const job = new IndexBuildJob((reply, transfer) => self.postMessage(reply, { transfer }));
self.onmessage = (event: MessageEvent<IndexBuildMessage>) => job.receive(event.data);
// A message that could not be read here (out of memory, say): the page builds the index itself.
self.onmessageerror = () => self.postMessage({ kind: 'failed', error: 'DataCloneError' } satisfies IndexBuildReply);
// In a task after this script's: the page's messages reach this worker only once the page has heard
// that the script ran, and that news was sent when it ended; told after it, the page knows that
// what it sends from now on comes through (see startWorkerBuild in search-index-worker.ts).
setTimeout(() => self.postMessage({ kind: 'ready' } satisfies IndexBuildReply));
