/**
 * Starts a worker for a job whose failure the page handles itself (it then does the work on its
 * own thread). `make` is the `new Worker(new URL('…', import.meta.url), …)` call: Vite finds a
 * worker's file only in that literal form, so each caller writes it out.
 *
 * `failed` hears, once at most per cause: the error when the worker cannot be made (no module
 * workers, say; told in a microtask, so the caller already holds the undefined result), 'WorkerError' when it failed (its file missing from an old cache, an uncaught
 * error; not reported as the page's own error) or 'DataCloneError' when a message from it could
 * not be read. The worker is terminated in the last two cases. Undefined when it could not start.
 */
export function startWorker(make: () => Worker, failed: (reason: unknown) => void): Worker | undefined {
  let worker: Worker;
  try {
    worker = make();
  } catch (error) {
    queueMicrotask(() => failed(error));
    return undefined;
  }
  worker.onerror = (event) => {
    event.preventDefault();
    failed('WorkerError');
  };
  worker.onmessageerror = () => failed('DataCloneError');
  return worker;
}
