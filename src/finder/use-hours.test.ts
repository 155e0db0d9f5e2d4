import { describe, expect, it } from 'vitest';
import { app } from '../app/state';
import { summarize } from '../directory/summary';
import { sampleDirectory } from '../directory/validate.samples';
import { loadHours } from './use-hours';

describe('loadHours', () => {
  it('on a cold start that loads the hours before the region is read, waits for the region instead of throwing later', async () => {
    app.set({ directory: undefined, summary: undefined });
    let done = false;
    const loading = loadHours().then((m) => ((done = true), m));
    // The chunk arrives; the region does not yet: the module is not handed out.
    await import('../directory/hours');
    // Were it not waiting for the region, it would be handed out in the microtasks after the chunk: a 0 ms timer runs after them all.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);

    app.set({ summary: summarize(sampleDirectory()) });
    const hours = await loading;
    // With the region set, opening hours can be read (Christmas Day is a holiday in Hessen).
    expect(hours.isOpenNow('Mo-Su 08:00-18:00; PH off', new Date(2026, 11, 25, 10, 0))).toBe(false);
    expect(hours.isOpenNow('Mo-Su 08:00-18:00; PH off', new Date(2026, 11, 22, 10, 0))).toBe(true);
  });
});
