/**
 * The search index built while the stored entries are read, for a start whose stored index
 * cannot fit them (a data update whose index could not be stored, a release with new search
 * code). At 10,000 entries the read takes most of a second on an old phone, and so does the
 * builder's first pass over names, keywords, topics and towns; one after the other, the search
 * waited for both. Here the builder's worker gets each chunk of entries as it is read.
 *
 * Kept out of the search's own chunk (use-search.ts), which may still be loading when the first
 * chunks come: this needs only the stored index's key (one small read, made before the entries'
 * read) and the worker's small page side.
 */
import { startWorkerBuild, type WorkerBuild } from '../directory/search-index-worker';
import type { DirectorySummary } from '../directory/summary';
import type { Directory, Entry, Region } from '../directory/types';
import type { AppStorage, ChunkListener } from '../storage';
import { mayFit } from './search-store';

/** The read's side of a build fed while the entries are read. */
export interface IndexWhileReading {
  readonly onChunk: ChunkListener;
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
 * Starts deciding at once; the chunks read before the stored key's answer (never expected: its
 * read is made first) are held, then handed on. Without workers it does nothing: the search
 * builds on the page after the read, as before.
 */
export function indexWhileReading(storage: AppStorage, summary: DirectorySummary): IndexWhileReading {
  const held: [readonly Entry[], Region][] = [];
  let decision: 'build' | 'skip' | undefined = typeof Worker === 'undefined' ? 'skip' : undefined;
  let fed: { build: WorkerBuild; region: Region } | undefined;
  let over = false;
  const feed = (entries: readonly Entry[], region: Region) => {
    if (decision === undefined) return void held.push([entries, region]);
    if (decision === 'skip') return;
    fed ??= { build: startWorkerBuild(region), region };
    fed.build.add(entries);
  };
  if (decision === undefined) {
    storage.loadSearchIndexKey().then(
      (key) => {
        // Decided after the read was over: the search reads or builds after it, as before.
        if (over) return;
        decision = mayFit(key, summary) ? 'skip' : 'build';
        for (const [entries, region] of held.splice(0)) feed(entries, region);
      },
      () => {
        decision = 'skip';
        held.length = 0;
      },
    );
  }
  return {
    onChunk: (entries, region) => !over && feed(entries, region),
    read(directory) {
      over = true;
      held.length = 0;
      if (!fed) return;
      // The same region and entries as read (objects, not copies): the build is theirs.
      if (directory && directory.region === fed.region && fed.build.builds(directory.entries)) begun.set(directory, fed.build);
      else fed.build.cancel();
    },
  };
}
