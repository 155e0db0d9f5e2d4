/**
 * One way to wait for the next task, for every layer (storage, finder): long work done in pieces,
 * and work put after what is already queued (a screen's code and texts arriving, its render).
 */

/**
 * How long one piece of long work may run before the main thread is given back (the index build's
 * slices, the hours parsed in idle time): well under a frame, so a key pressed meanwhile is
 * answered at once. Here, beside nextTask, so that both users share one small chunk.
 */
export const SLICE_MS = 8;

/**
 * Runs `step` while the page is idle, until `more()` says there is no more: in each idle period
 * for a slice's time at most, and only while more than `spare` ms of it are left. An idle period
 * may be 50 ms long, and filling it made tasks of 52–80 ms at 4× CPU (traced), in which a typed
 * key waited. Nothing without requestIdleCallback, or when there is nothing to do.
 */
export function inIdleSlices(more: () => boolean, step: () => void, spare: number): void {
  if (typeof requestIdleCallback !== 'function' || !more()) return;
  const tick = (idle: IdleDeadline): void => {
    const start = performance.now();
    while (more() && idle.timeRemaining() > spare && performance.now() - start < SLICE_MS) step();
    if (more()) requestIdleCallback(tick);
  };
  requestIdleCallback(tick);
}

interface Scheduler {
  postTask(task: () => void, options: { priority: 'user-visible' }): Promise<void>;
}

/**
 * Resolves in a task of ordinary priority (scheduler.postTask where the browser has it, else a
 * message: no 4 ms timer clamp), so it queues behind the tasks already waiting, not in front of
 * them. scheduler.yield was used before: its continuations go first, so while an index was built
 * for 10,000 entries (about 2 s at 4× CPU) a screen opened meanwhile was drawn only after the build.
 */
export function nextTask(): Promise<void> {
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
