import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { nextTask } from '../lib/next-task';
import { IndexBuildJob, type IndexBuildMessage, type IndexBuildReply } from './index-build-job';
import { buildIndex, type SearchIndex } from './search-index';
import { buildInWorker, IndexBuildError } from './search-index-worker';
import { testRegion } from './search.samples';

// Each piece the page sends waits for a task of its own: counted here, and run at once.
vi.mock('../lib/next-task', async (importOriginal) => ({ ...(await importOriginal<typeof import('../lib/next-task')>()), nextTask: vi.fn(() => Promise.resolve()) }));

const region = testRegion();
const entries = generateEntries(230, 3);

/** What happened, in order: the page's messages (by kind) and the worker's replies ("reply:…"). */
let events: string[] = [];
let terminated = 0;
/** How the fake worker behaves: runs the real job, or fails in one of the ways a worker can. */
let mode: 'job' | 'failed' | 'error' | 'throws' = 'job';

/** A worker in this process: messages copied as postMessage would, answered in later tasks. */
class InProcessWorker {
  onmessage: ((event: MessageEvent<IndexBuildReply>) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  private readonly job = new IndexBuildJob((reply) => {
    events.push(`reply:${reply.kind}`);
    const copy = structuredClone(reply);
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<IndexBuildReply>));
  });

  constructor(url: URL, options: WorkerOptions) {
    if (mode === 'throws') throw new TypeError('no module workers here');
    expect([url.pathname.endsWith('search-index.worker.ts'), options.type]).toEqual([true, 'module']);
  }

  postMessage(message: IndexBuildMessage): void {
    events.push(message.kind);
    const copy = structuredClone(message);
    setTimeout(() => {
      if (mode === 'failed') this.onmessage?.({ data: { kind: 'failed', error: 'QuotaExceededError' } } as MessageEvent<IndexBuildReply>);
      else if (mode === 'error') this.onerror?.({ preventDefault: () => undefined });
      else this.job.receive(copy);
    });
  }

  terminate(): void {
    terminated++;
  }
}

beforeEach(() => {
  events = [];
  terminated = 0;
  mode = 'job';
  vi.mocked(nextTask).mockClear();
  vi.stubGlobal('Worker', InProcessWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('buildInWorker', () => {
  it('sends the short fields first, the descriptions only after the early index came back, each piece in a task of its own; resolves with the index the page would build', async () => {
    const early: SearchIndex[] = [];
    const index = await buildInWorker(entries, region, (e) => early.push(e));
    expect(index).toEqual(buildIndex(entries, region));
    expect(early.map((e) => e.complete)).toEqual([false]);
    // 230 entries: one message of short fields (500 a message), three of descriptions (100 a message).
    expect(events).toEqual(['start', 'entries', 'reply:early', 'descriptions', 'descriptions', 'descriptions', 'reply:complete']);
    expect(vi.mocked(nextTask)).toHaveBeenCalledTimes(4);
    expect(terminated).toBe(1);
  });

  it('rejects with the error the worker names, and ends the worker', async () => {
    mode = 'failed';
    const failed = buildInWorker(entries, region, () => undefined);
    await expect(failed).rejects.toThrow(IndexBuildError);
    await expect(failed).rejects.toMatchObject({ reason: 'QuotaExceededError' });
    expect(terminated).toBe(1);
  });

  it('sends nothing more once the worker has failed', async () => {
    // The pieces wait for a timer each here, so the worker's answer to the first message comes between them.
    vi.mocked(nextTask).mockImplementation(() => new Promise((resolve) => setTimeout(resolve)));
    mode = 'failed';
    await expect(buildInWorker(generateEntries(1500, 3), region, () => undefined)).rejects.toThrow(IndexBuildError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['start']);
    // The loop ends too: no more pieces cut and copied for nobody (three pieces of 500 otherwise).
    expect(vi.mocked(nextTask)).toHaveBeenCalledTimes(1);
    vi.mocked(nextTask).mockImplementation(() => Promise.resolve());
  });

  it('rejects when the worker reports an error or cannot start', async () => {
    mode = 'error';
    await expect(buildInWorker(entries, region, () => undefined)).rejects.toMatchObject({ reason: 'WorkerError' });
    expect(terminated).toBe(1);
    mode = 'throws';
    await expect(buildInWorker(entries, region, () => undefined)).rejects.toThrow('no module workers here');
  });
});
