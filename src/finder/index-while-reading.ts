/**
 * The search index built while the stored entries are read, for a start whose stored index
 * cannot fit them (a data update whose index could not be stored, a release with new search
 * code). At 10,000 entries the read takes most of a second on an old phone, and so does the
 * builder's first pass over names, keywords, topics and towns; one after the other, the search
 * waited for both. Here the builder's worker gets each chunk of entries as it is read; it is
 * asked for as soon as the key says it will be needed, because its thread starts late otherwise.
 * (Until 2026-12-03 it was asked for at the first chunk, and at 10,000 entries its thread started
 * only once the read was over: the first pass ran after the read, not beside it.)
 *
 * Kept out of the search's own chunk (use-search.ts), which may still be loading when the first
 * chunks come: this needs only the stored index's key (one small read, made before the entries'
 * read) and the worker's small page side.
 */
import { startWorkerBuild, type WorkerBuild } from '../directory/search-index-worker';
import type { DirectorySummary } from '../directory/summary';
import type { Directory, Region } from '../directory/types';
import type { AppStorage, ChunkListener } from '../storage';
import { within } from '../lib/within';
import { mayFit } from './search-store';

/** How long the entries' read waits at most for the builder's worker to run. */
export const WORKER_WAIT_MS = 300;

/** The read's side of a build fed while the entries are read. */
export interface IndexWhileReading {
  readonly onChunk: ChunkListener;
  /**
   * Resolves when the entries may be read: once the stored key has answered, and when a build will
   * run, once its worker runs (WorkerBuild.running), or after WORKER_WAIT_MS. Chunks read while the
   * worker starts would hold up its first message until the read is over (startWorkerBuild says
   * why), so the read waits instead, on these starts only. Never rejects.
   */
  readonly readable: Promise<void>;
  /**
   * The read is over (`directory`: what it returned, or undefined). When the build was fed exactly
   * these entries it is kept for prepareIndex to finish (takeBuildBegun); else its worker is ended.
   * Called before the directory is shown, so that no screen asks for its index before.
   */
  read(directory: Directory | undefined): void;
}

// Builds begun while a directory was read, until prepareIndex takes them. Whoever asks first for a
// directory's index (the start, or a list screen drawn with it) must find the build under way.
const begun = new WeakMap<Directory, WorkerBuild>();

/** The build begun while the directory was read, if any; it is then the caller's to finish or cancel. */
export function takeBuildBegun(directory: Directory): WorkerBuild | undefined {
  const build = begun.get(directory);
  begun.delete(directory);
  return build;
}

/**
 * Asks for the stored key at once and, when no stored index can fit, for the builder's worker as
 * soon as it answers. The entries are to be read once `readable` resolves: chunks heard before
 * (a caller that did not wait) are not sent, and the search builds after the read. Without workers
 * it does nothing: the search builds on the page after the read, as before.
 */
export function indexWhileReading(storage: AppStorage, summary: DirectorySummary): IndexWhileReading {
  let build: WorkerBuild | undefined;
  // The region of the chunks sent, from the first of them.
  let fedRegion: Region | undefined;
  let over = false;
  const decided =
    typeof Worker === 'undefined'
      ? Promise.resolve()
      : storage.loadSearchIndexKey().then(
          (key) => {
            // The read was over first: the search reads or builds after it, as before.
            if (over || mayFit(key, summary)) return;
            // The worker now, before the first chunk: asked for later, it would start only once
            // the read is over (startWorkerBuild says why).
            build = startWorkerBuild();
            return within(build.running, WORKER_WAIT_MS);
          },
          () => undefined,
        );
  return {
    onChunk(entries, region) {
      if (over || !build) return;
      if (!fedRegion) build.begin((fedRegion = region));
      build.add(entries);
    },
    readable: decided.then(() => undefined),
    read(directory) {
      over = true;
      if (!build) return;
      // The same region and entries as read (objects, not copies): the build is theirs.
      if (directory && directory.region === fedRegion && build.builds(directory.entries)) begun.set(directory, build);
      else build.cancel();
    },
  };
}
