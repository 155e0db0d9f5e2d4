import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { nextTask } from '../lib/next-task';
import { freshLog, inProcessWorker, type WorkerLog } from './index-worker.samples';
import { buildIndex, type SearchIndex } from './search-index';
import { buildInWorker, IndexBuildError, startWorkerBuild } from './search-index-worker';
import { testRegion } from './search.samples';

// Each piece the page sends waits for a task of its own: counted here, and run at once.
vi.mock('../lib/next-task', async (importOriginal) => ({ ...(await importOriginal<typeof import('../lib/next-task')>()), nextTask: vi.fn(() => Promise.resolve()) }));

const region = testRegion();
const entries = generateEntries(230, 3);

const log: WorkerLog = freshLog();

beforeEach(() => {
  Object.assign(log, freshLog());
  vi.mocked(nextTask).mockClear();
  vi.stubGlobal('Worker', inProcessWorker(log));
});
afterEach(() => vi.unstubAllGlobals());

describe('buildInWorker', () => {
  it('sends the short fields first, the descriptions only after the early index came back, each piece in a task of its own; resolves with the index the page would build', async () => {
    const early: SearchIndex[] = [];
    const index = await buildInWorker(entries, region, (e) => early.push(e));
    expect(index).toEqual(buildIndex(entries, region));
    expect(early.map((e) => e.complete)).toEqual([false]);
    // 230 entries: one message of short fields (500 a message), three of descriptions (100 a message).
    expect(log.events).toEqual(['start', 'entries', 'read', 'reply:early', 'descriptions', 'descriptions', 'descriptions', 'reply:complete']);
    expect(vi.mocked(nextTask)).toHaveBeenCalledTimes(4);
    expect(log.terminated).toBe(1);
  });

  it('rejects with the error the worker names, and ends the worker', async () => {
    log.mode = 'failed';
    const failed = buildInWorker(entries, region, () => undefined);
    await expect(failed).rejects.toThrow(IndexBuildError);
    await expect(failed).rejects.toMatchObject({ reason: 'QuotaExceededError' });
    expect(log.terminated).toBe(1);
  });

  it('sends nothing more once the worker has failed', async () => {
    // The pieces wait for a timer each here, so the worker's answer to the first message comes between them.
    vi.mocked(nextTask).mockImplementation(() => new Promise((resolve) => setTimeout(resolve)));
    log.mode = 'failed';
    await expect(buildInWorker(generateEntries(1500, 3), region, () => undefined)).rejects.toThrow(IndexBuildError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.events).toEqual(['start']);
    // The loop ends too: no more pieces cut and copied for nobody (three pieces of 500 otherwise).
    expect(vi.mocked(nextTask)).toHaveBeenCalledTimes(1);
    vi.mocked(nextTask).mockImplementation(() => Promise.resolve());
  });

  it('rejects when the worker reports an error or cannot start', async () => {
    log.mode = 'error';
    await expect(buildInWorker(entries, region, () => undefined)).rejects.toMatchObject({ reason: 'WorkerError' });
    expect(log.terminated).toBe(1);
    log.mode = 'throws';
    await expect(buildInWorker(entries, region, () => undefined)).rejects.toThrow('no module workers here');
  });
});

describe('startWorkerBuild, fed while the entries are read', () => {
  const chunks = [entries.slice(0, 100), entries.slice(100, 200), entries.slice(200)];

  it('takes the entries chunk by chunk, each sent at once, and finishes with the index the page would build', async () => {
    const build = startWorkerBuild(region);
    for (const chunk of chunks) build.add(chunk);
    expect(log.events).toEqual(['start', 'entries', 'entries', 'entries']);
    const early: SearchIndex[] = [];
    // The directory as read: one new array of the same entries.
    const index = await build.finish(chunks.flat(), (e) => early.push(e));
    expect(index).toEqual(buildIndex(entries, region));
    expect(early).toHaveLength(1);
    expect(build.over).toBe(true);
    expect(log.terminated).toBe(1);
  });

  it('starts its worker at once when the region is not known yet, and builds the same index once it is given', async () => {
    const build = startWorkerBuild();
    expect([log.started, log.events]).toEqual([1, []]);
    expect(() => build.add(chunks[0]!)).toThrow('entries before the region');
    build.begin(region);
    expect(() => build.begin(region)).toThrow('a second region');
    for (const chunk of chunks) build.add(chunk);
    expect(log.events).toEqual(['start', 'entries', 'entries', 'entries']);
    expect(await build.finish(chunks.flat(), () => undefined)).toEqual(buildIndex(entries, region));
    expect(log.started).toBe(1);
  });

  it('is running once its worker said so, or once it ended without', async () => {
    let ran = false;
    const build = startWorkerBuild();
    void build.running.then(() => (ran = true));
    await nextTask();
    expect(ran).toBe(false);
    await new Promise((resolve) => setTimeout(resolve));
    expect([ran, log.readied]).toEqual([true, 1]);
    build.cancel();
    log.mode = 'quiet';
    const silent = startWorkerBuild(region);
    await new Promise((resolve) => setTimeout(resolve));
    silent.cancel();
    await silent.running;
    expect(log.readied).toBe(1);
  });

  it('refuses to finish with other entries than it was given, and ends the worker', async () => {
    const build = startWorkerBuild(region);
    build.add(chunks[0]!);
    build.add(chunks[1]!);
    // The same ids and texts, but not the entries read (another directory's copy).
    const other = structuredClone(entries.slice(0, 200));
    expect(build.builds(entries.slice(0, 200))).toBe(true);
    expect(build.builds(other)).toBe(false);
    expect(build.builds(entries)).toBe(false);
    await expect(build.finish(other, () => undefined)).rejects.toMatchObject({ reason: 'NotTheseEntries' });
    expect(log.terminated).toBe(1);
    expect(log.events).not.toContain('read');
  });

  it('ends the worker when cancelled, and sends nothing after', async () => {
    const build = startWorkerBuild(region);
    build.add(chunks[0]!);
    build.cancel();
    build.add(chunks[1]!);
    expect(log.terminated).toBe(1);
    expect(build.over).toBe(true);
    await expect(build.finish(chunks[0]!, () => undefined)).rejects.toMatchObject({ reason: 'Cancelled' });
    expect(log.events).toEqual(['start', 'entries']);
  });
});
