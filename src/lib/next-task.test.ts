import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('queues an ordinary task, never with scheduler.yield, which goes before waiting tasks', async () => {
    const calls: string[] = [];
    vi.stubGlobal('scheduler', {
      yield: () => (calls.push('yield'), Promise.resolve()),
      postTask: (task: () => void, options: { priority: string }) => (calls.push(`postTask ${options.priority}`), Promise.resolve().then(task)),
    });
    await nextTask();
    expect(calls).toEqual(['postTask user-visible']);
  });

  it('without a scheduler, resolves after the microtasks already queued, in a task of its own', async () => {
    const order: string[] = [];
    const waiting = nextTask().then(() => order.push('task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await waiting;
    expect(order).toEqual(['microtask', 'task']);
  });
});
