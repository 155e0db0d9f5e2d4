import { describe, expect, it } from 'vitest';
import { inPool } from './sw-pool';

/** A task whose end the test decides: resolves or rejects when told. */
function controllable() {
  const started: number[] = [];
  const ends = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let running = 0;
  let most = 0;
  const task = (n: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(n);
      running += 1;
      most = Math.max(most, running);
      const done = () => (running -= 1);
      ends.set(n, { resolve: () => (done(), resolve()), reject: (e) => (done(), reject(e)) });
    });
  return { task, started, ends, most: () => most };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('inPool', () => {
  it('runs at most `limit` tasks at a time, starts the next as one ends, in order, and resolves after the last', async () => {
    const c = controllable();
    let finished = false;
    const all = inPool([1, 2, 3, 4, 5], 2, c.task).then(() => (finished = true));
    await tick();
    expect(c.started).toEqual([1, 2]);
    c.ends.get(2)!.resolve();
    await tick();
    expect(c.started).toEqual([1, 2, 3]);
    for (const n of [1, 3, 4]) {
      c.ends.get(n)!.resolve();
      await tick();
    }
    expect(c.started).toEqual([1, 2, 3, 4, 5]);
    expect(finished).toBe(false);
    c.ends.get(5)!.resolve();
    await all;
    expect(finished).toBe(true);
    expect(c.most()).toBe(2);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const c = controllable();
    const all = inPool([1, 2, 3, 4], 2, c.task);
    await tick();
    c.ends.get(1)!.reject(new Error('404 for one file'));
    await expect(all).rejects.toThrow('404 for one file');
    c.ends.get(2)!.resolve();
    await tick();
    expect(c.started).toEqual([1, 2]);
  });

  it('does every item once with fewer items than lanes, and nothing with none', async () => {
    const seen: number[] = [];
    await inPool([7, 8], 6, async (n) => void seen.push(n));
    expect(seen).toEqual([7, 8]);
    await inPool([], 6, async () => void seen.push(0));
    expect(seen).toEqual([7, 8]);
  });
});
