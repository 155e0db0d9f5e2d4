import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { within } from './within';

describe('within', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the value that comes in time', async () => {
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('summary'), 249));
    const got = within(late, 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(await got).toBe('summary');
  });

  it('gives undefined once the time is up, and does not wait for the promise', async () => {
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('summary'), 251));
    let got: string | undefined | null = null;
    void within(late, 250).then((value) => (got = value));
    await vi.advanceTimersByTimeAsync(250);
    expect(got).toBeUndefined();
  });

  it('gives undefined for a promise that fails, at once', async () => {
    let got: string | undefined | null = null;
    void within(Promise.reject(new Error('store closed')), 250).then((value) => (got = value));
    await vi.advanceTimersByTimeAsync(0);
    expect(got).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
