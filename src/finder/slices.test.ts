import { describe, expect, it } from 'vitest';
import { generateEntries, stubRegion } from '../../scripts/bench/generate';
import { buildIndex, indexSteps } from '../directory/search-index';
import { runInSlices, type SliceRunner } from './slices';

/** A clock that moves only when told, and a pause that counts and takes no time. */
function fakeRunner(): SliceRunner & { pauses: number; advance(ms: number): void; time: number } {
  const runner = {
    time: 0,
    pauses: 0,
    now: () => runner.time,
    pause: async () => {
      runner.pauses++;
    },
    advance(ms: number) {
      runner.time += ms;
    },
  };
  return runner;
}

describe('time slices', () => {
  it('gives the main thread back whenever a slice has run 8 ms', async () => {
    const runner = fakeRunner();
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 10; i++) {
        runner.advance(3);
        yield;
      }
      return 'done';
    }
    // 3 ms per step: a pause after steps 3, 6 and 9 (9 ms ≥ 8 ms each time).
    expect(await runInSlices(steps(), runner)).toBe('done');
    expect(runner.pauses).toBe(3);
  });

  it('builds the same search index as at once, in steps of at most 25 entries', async () => {
    const region = stubRegion();
    const entries = generateEntries(300, 5);
    const runner = fakeRunner();
    let steps = 0;
    const counted = (function* () {
      const inner = indexSteps(entries, region);
      for (;;) {
        const step = inner.next();
        if (step.done) return step.value;
        steps++;
        // Every step costs 1 ms on the fake clock.
        runner.advance(1);
        yield;
      }
    })();
    const sliced = await runInSlices(counted, runner);
    // 300 entries at 25 per step are 12 steps for the entries alone, and each slice is 8 steps.
    expect(steps).toBeGreaterThanOrEqual(300 / 25);
    expect(runner.pauses).toBe(Math.floor(steps / 8));
    expect(sliced).toEqual(buildIndex(entries, region));
  });
});
