import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../app/state';
import { summarize } from '../directory/summary';
import { sampleDirectory } from '../directory/validate.samples';
import { hoursWarmedUp, loadHours, PARSED_AHEAD } from './use-hours';
import { parsed } from './parse-count.test-util';

vi.mock('opening_hours', async () => (await import('./parse-count.test-util')).countedOpeningHours());

/** requestIdleCallback whose callbacks run only when the test says, with the idle time it gives. */
function heldIdle(): { run(ms: number): void; readonly waiting: number } {
  const queue: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => queue.push(callback));
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  return {
    get waiting() {
      return queue.length;
    },
    run(ms: number) {
      let left = ms;
      // Each question about the time left costs 2 ms of it, on the page's clock too: a parse is counted as that long.
      queue.shift()?.({
        didTimeout: false,
        timeRemaining: () => {
          clock += 2;
          return Math.max(0, (left -= 2) + 2);
        },
      });
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// A file of its own: the hours module is loaded once per file, and here after requestIdleCallback is held.
describe('the hours parsed ahead', () => {
  it("parses the directory's distinct hours while the page is idle, as much as the idle time and a slice allow, and no more than PARSED_AHEAD", async () => {
    const base = sampleDirectory();
    const template = base.entries[0]!;
    // Distinct specs no other test parses, more than are parsed ahead, each on two entries; and an entry without hours.
    const specs = Array.from({ length: PARSED_AHEAD + 10 }, (_, i) => `Mo-Fr 08:00-${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`);
    const entries = [...specs, ...specs, undefined].map((openingHours, i) => ({ ...template, id: `e${i}`, openingHours }));
    const idle = heldIdle();
    // The hours module may arrive before the entries (a cold start reads the summary first): the parse waits for them.
    app.set({ summary: summarize(base) });
    await loadHours();
    await hoursWarmedUp();
    parsed.length = 0;
    expect(idle.waiting).toBe(0);
    app.set({ directory: { ...base, entries } });
    await Promise.resolve();
    // Nothing until the page is idle.
    expect(idle.waiting).toBe(1);
    expect(parsed).toEqual([]);
    // 5 ms or less left: no parse begun.
    idle.run(5);
    expect(parsed).toEqual([]);
    expect(idle.waiting).toBe(1);
    // 9 ms: two parses (the time is asked before each; more than 5 ms must be left: 9, 7, then 5),
    // within the slice (the third question comes 6 ms into it).
    idle.run(9);
    expect(parsed).toEqual(specs.slice(0, 2));
    // 50 ms, the longest idle period: parses only for a slice's time (SLICE_MS, 8 ms: three of 2 ms, the fourth question comes at 8 ms), not a long task's.
    idle.run(50);
    expect(parsed).toEqual(specs.slice(0, 5));
    while (idle.waiting > 0) idle.run(50);
    expect(parsed).toEqual(specs.slice(0, PARSED_AHEAD));
  });
});
