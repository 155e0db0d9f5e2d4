import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterShown } from './after-paint';

/** A stand-in for Chromium's largest-contentful-paint reports: the test says when a paint is reported. */
function fakePaintReports(supported: boolean) {
  const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported ? ['largest-contentful-paint', 'paint'] : ['paint'];
    private readonly me: { callback: PerformanceObserverCallback; connected: boolean };
    constructor(callback: PerformanceObserverCallback) {
      this.me = { callback, connected: false };
      observers.push(this.me);
    }
    observe() {
      this.me.connected = true;
    }
    disconnect() {
      this.me.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    report(startTime: number) {
      for (const o of observers.filter((x) => x.connected)) {
        o.callback({ getEntries: () => [{ startTime }] } as unknown as PerformanceObserverEntryList, o as never);
      }
    },
    connected: () => observers.filter((o) => o.connected).length,
  };
}

/** Fake frames, timers and clock; afterShown started `startAt` ms in; whether it has resolved yet. */
function startWaiting(reports: boolean, startAt = 0) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'performance'] });
  const paints = fakePaintReports(reports);
  vi.advanceTimersByTime(startAt);
  let resolved = false;
  void afterShown().then(() => (resolved = true));
  return { paints, done: () => resolved };
}

describe('afterShown', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the report of a paint after the call, not one from before it', async () => {
    const { paints, done } = startWaiting(true, 1000);
    paints.report(500);
    await vi.advanceTimersByTimeAsync(20);
    expect(done()).toBe(false);
    paints.report(performance.now());
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
    expect(paints.connected()).toBe(0);
  });

  it('gives up waiting for a report two frames and 250 ms later', async () => {
    const { done } = startWaiting(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(done()).toBe(true);
  });

  it('without paint reports (other browsers) waits for two frames only', async () => {
    const { done } = startWaiting(false);
    await vi.advanceTimersByTimeAsync(16);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(done()).toBe(true);
  });
});
