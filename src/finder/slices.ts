/**
 * Long work in time slices: a step generator is run for a few milliseconds, then the main thread
 * is given back (keys, taps and frames go first), then the next slice. Building the search index
 * for 10,000 entries takes about 2 s on an old phone: in one piece it froze the screen.
 */

/** How long one slice may run: well under a frame, so a key pressed meanwhile is answered at once. */
export const SLICE_MS = 8;

/** What runs the slices: a clock and a way to give the main thread back (both replaced in tests). */
export interface SliceRunner {
  readonly now: () => number;
  readonly pause: () => Promise<void>;
}

interface Scheduler {
  postTask(task: () => void, options: { priority: 'user-visible' }): Promise<void>;
}

/**
 * Gives the main thread back: the next slice is a task of ordinary priority (scheduler.postTask
 * where the browser has it, else a message: no 4 ms timer clamp), so it queues behind the tasks
 * already waiting (a screen's code and texts arriving, a timer), not in front of them.
 * scheduler.yield was used before: its continuations go first, so while an index was built for
 * 10,000 entries (about 2 s at 4× CPU) a screen opened meanwhile was drawn only after the build.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

const browser: SliceRunner = { now: () => performance.now(), pause: yieldToMain };

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
