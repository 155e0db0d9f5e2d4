/**
 * Long work in time slices: a step generator is run for a few milliseconds, then the main thread
 * is given back (keys, taps and frames go first), then the next slice. Building the search index
 * for 10,000 entries takes about 2 s on an old phone: in one piece it froze the screen.
 */

import { nextTask, SLICE_MS } from '../lib/next-task';

/** What runs the slices: a clock and a way to give the main thread back (both replaced in tests). */
export interface SliceRunner {
  readonly now: () => number;
  readonly pause: () => Promise<void>;
}

const browser: SliceRunner = { now: () => performance.now(), pause: nextTask };

/** Runs the steps to the end, pausing whenever a slice has run SLICE_MS or longer; resolves with the result. */
export async function runInSlices<T>(steps: Generator<void, T>, runner: SliceRunner = browser, sliceMs = SLICE_MS): Promise<T> {
  let start = runner.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (runner.now() - start >= sliceMs) {
      await runner.pause();
      start = runner.now();
    }
  }
}
