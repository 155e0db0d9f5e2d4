/**
 * The index builder's worker for unit tests (Node and happy-dom have no Worker): it runs the real
 * job (index-build-job.ts) in this process, with messages copied as postMessage copies them
 * (structuredClone) and answered in later tasks, or fails in one of the ways a worker can.
 */
import { IndexBuildJob, type IndexBuildMessage, type IndexBuildReply } from './index-build-job';

/** What the workers did, in order: the page's messages (by kind) and the replies ("reply:…"); and how they behave. */
export interface WorkerLog {
  events: string[];
  started: number;
  terminated: number;
  mode: 'job' | 'failed' | 'error' | 'throws';
}

export const freshLog = (): WorkerLog => ({ events: [], started: 0, terminated: 0, mode: 'job' });

/** A Worker class whose instances write to `log`; stub it as the global Worker. */
export function inProcessWorker(log: WorkerLog) {
  return class InProcessWorker {
    onmessage: ((event: MessageEvent<IndexBuildReply>) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    private readonly job = new IndexBuildJob((reply) => {
      log.events.push(`reply:${reply.kind}`);
      const copy = structuredClone(reply);
      setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<IndexBuildReply>));
    });

    constructor(url: URL, options: WorkerOptions) {
      log.started++;
      if (log.mode === 'throws') throw new TypeError('no module workers here');
      if (!url.pathname.endsWith('search-index.worker.ts') || options.type !== 'module') throw new Error(`not the index builder: ${url.pathname}`);
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
      log.terminated++;
    }
  };
}
