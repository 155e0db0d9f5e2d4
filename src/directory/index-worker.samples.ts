/**
 * The index builder's worker for unit tests (Node and happy-dom have no Worker): it runs the real
 * job (index-build-job.ts) in this process, with messages copied as postMessage copies them
 * (structuredClone) and answered in later tasks, or fails in one of the ways a worker can.
 */
import { IndexBuildJob, type IndexBuildMessage, type IndexBuildReply } from './index-build-job';

/**
 * What the workers did, in order: the page's messages (by kind) and the replies ("reply:…"); how
 * many said they run; and how they behave ('quiet': does the job but never says it runs, as a
 * worker whose start is slow).
 */
export interface WorkerLog {
  events: string[];
  started: number;
  readied: number;
  terminated: number;
  mode: 'job' | 'quiet' | 'failed' | 'error' | 'throws';
}

export const freshLog = (): WorkerLog => ({ events: [], started: 0, readied: 0, terminated: 0, mode: 'job' });

/** A Worker class whose instances write to `log`; stub it as the global Worker. */
export function inProcessWorker(log: WorkerLog) {
  return class InProcessWorker {
    onmessage: ((event: MessageEvent<IndexBuildReply>) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    private ended = false;
    private readonly job = new IndexBuildJob((reply) => {
      log.events.push(`reply:${reply.kind}`);
      const copy = structuredClone(reply);
      setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<IndexBuildReply>));
    });

    constructor(url: URL, options: WorkerOptions) {
      log.started++;
      if (log.mode === 'throws') throw new TypeError('no module workers here');
      if (!url.pathname.endsWith('search-index.worker.ts') || options.type !== 'module') throw new Error(`not the index builder: ${url.pathname}`);
      // As the real worker: says it runs in a later task, unless its file fails.
      setTimeout(() => {
        if (this.ended) return;
        if (log.mode === 'error') return this.onerror?.({ preventDefault: () => undefined });
        if (log.mode === 'quiet') return;
        log.readied++;
        this.onmessage?.({ data: { kind: 'ready' } } as MessageEvent<IndexBuildReply>);
      });
    }

    postMessage(message: IndexBuildMessage): void {
      log.events.push(message.kind);
      const copy = structuredClone(message);
      setTimeout(() => {
        if (log.mode === 'failed') this.onmessage?.({ data: { kind: 'failed', error: 'QuotaExceededError' } } as MessageEvent<IndexBuildReply>);
        else if (log.mode === 'error') this.onerror?.({ preventDefault: () => undefined });
        else this.job.receive(copy);
      });
    }

    terminate(): void {
      this.ended = true;
      log.terminated++;
    }
  };
}
