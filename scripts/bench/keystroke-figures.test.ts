import { describe, expect, it } from 'vitest';
import { drawnAfter, inputToPaint, longTasksAfter, readyAfter, rendersPerKey, resultAfterLastKey, resultOfEachKey, typedBeforeComplete } from './keystroke-figures';
import type { PageLog } from './keystroke-page';

const base: PageLog = { keys: [], events: [], models: [], renders: [], early: [], ready: [], stored: [], longTasks: [], paints: [], lastMutation: 0, opened: [] };

describe('keystroke figures', () => {
  it('input to paint: the longest event of each key, 16 ms for a key with none reported', () => {
    const log = {
      keys: [100, 250, 400],
      events: [
        { name: 'keydown', start: 100, duration: 24 },
        { name: 'input', start: 101, duration: 40 },
        { name: 'keyup', start: 399, duration: 90 },
        { name: 'keydown', start: 400, duration: 32 },
      ],
    };
    // The keyup at 399 belongs to the second key (250 … 399).
    expect(inputToPaint(log)).toEqual([40, 90, 32]);
  });

  it('keys typed while a build was under way: those pressed before the complete index, each its input to paint', () => {
    const events = [
      { name: 'keydown', start: 100, duration: 120 },
      { name: 'keydown', start: 250, duration: 40 },
      { name: 'keydown', start: 400, duration: 200 },
    ];
    expect(typedBeforeComplete({ keys: [100, 250, 400], events, ready: [300] })).toEqual([120, 40]);
    // No complete index yet when the log was read: every key counts.
    expect(typedBeforeComplete({ keys: [100, 250, 400], events, ready: [] })).toEqual([120, 40, 200]);
  });

  it('result after the last key: the first paint after the last change', () => {
    expect(resultAfterLastKey({ ...base, keys: [100, 250], lastMutation: 300, paints: [120, 290, 310, 400] })).toBe(60);
    // The last key changed nothing: its own input to paint.
    expect(resultAfterLastKey({ ...base, keys: [100, 250], lastMutation: 200, paints: [210], events: [{ name: 'keydown', start: 250, duration: 24 }] })).toBe(24);
  });

  it('result of each key: the last frame with a DOM change before the next key, else its own input to paint', () => {
    const log = {
      keys: [100, 250, 400],
      events: [{ name: 'input', start: 250, duration: 24 }],
      // Key 1: its box frame drew nothing the page noted, its rows two frames; key 2: nothing; key 3: one frame.
      paints: [130, 170, 460],
    };
    expect(resultOfEachKey(log)).toEqual([70, 24, 60]);
  });

  it('ready: the index, then the end of the last long task after the opening', () => {
    const drawn = { renders: [1050] };
    expect(readyAfter({ ...drawn, early: [], ready: [1300], longTasks: [{ start: 900, end: 960 }, { start: 1400, end: 1470 }, { start: 1500, end: 1540 }] }, 1000)).toBe(470);
    // Built before the opening: only the drawing and the long tasks after it count.
    expect(readyAfter({ ...drawn, early: [], ready: [500], longTasks: [] }, 1000)).toBe(50);
    expect(readyAfter({ ...drawn, early: [], ready: [], longTasks: [] }, 1000)).toBeNaN();
  });

  it('ready: not before the list screen is drawn after the opening', () => {
    // The index answered early, but the screen was drawn only later (its code waited).
    expect(readyAfter({ early: [1200], ready: [1900], renders: [1950, 2000], longTasks: [] }, 1000)).toBe(950);
    // A render before the opening (another list) does not count; none after: not ready.
    expect(readyAfter({ early: [1200], ready: [1900], renders: [800], longTasks: [] }, 1000)).toBeNaN();
  });

  it('ready: the early index answers first; a long task while the rest is built still counts', () => {
    const log = { early: [1200], ready: [1800], longTasks: [{ start: 1400, end: 1470 }], renders: [1100] };
    expect(readyAfter(log, 1000)).toBe(470);
    expect(readyAfter(log, 1000, true)).toBe(800);
    expect(readyAfter({ ...log, longTasks: [] }, 1000)).toBe(200);
    // The early index before the opening, the complete one after it: answering when drawn.
    expect(readyAfter({ early: [900], ready: [1300], longTasks: [], renders: [1040] }, 1000)).toBe(40);
    expect(readyAfter({ early: [900], ready: [1300], longTasks: [], renders: [1040] }, 1000, true)).toBe(300);
    expect(readyAfter({ early: [1200], ready: [], longTasks: [], renders: [1040] }, 1000, true)).toBeNaN();
  });

  it('ready: long tasks count while each begins less than 2 s after the moment reached; after 2 s quiet, none', () => {
    const log = { early: [1200], ready: [9000], renders: [1100] };
    // A chain: 1,300–1,400, then 3,000–3,070 (1.6 s later), then quiet until 9,500 (more than 2 s).
    const longTasks = [{ start: 3000, end: 3070 }, { start: 1300, end: 1400 }, { start: 9500, end: 9580 }];
    expect(readyAfter({ ...log, longTasks }, 1000)).toBe(2070);
    // The complete index at 9,000: the task at 9,500 counts against it.
    expect(readyAfter({ ...log, longTasks }, 1000, true)).toBe(8580);
    // A task under way at the moment reached counts, however it began.
    expect(readyAfter({ ...log, longTasks: [{ start: 1000, end: 1250 }] }, 1000)).toBe(250);
    expect(drawnAfter({ renders: [1100], longTasks }, 1000)).toBe(2070);
    expect(drawnAfter({ renders: [1100], longTasks: [{ start: 3200, end: 3300 }] }, 1000)).toBe(100);
  });

  it('search box drawn: the first render after the opening, then the long tasks; the answer does not count', () => {
    expect(drawnAfter({ renders: [800, 1200, 1500], longTasks: [] }, 1000)).toBe(200);
    expect(drawnAfter({ renders: [1200], longTasks: [{ start: 900, end: 980 }, { start: 1250, end: 1330 }, { start: 1400, end: 1440 }] }, 1000)).toBe(330);
    // A render before the opening (another list) does not count; none after: not drawn.
    expect(drawnAfter({ renders: [800], longTasks: [] }, 1000)).toBeNaN();
  });

  it('long tasks after the opening: count, longest and sum, only their part after the opening, none of 50 ms or less', () => {
    const longTasks = [
      { start: 900, end: 1030 },
      { start: 1100, end: 1150 },
      { start: 1200, end: 1290 },
      { start: 2000, end: 2060 },
      { start: 500, end: 700 },
    ];
    expect(longTasksAfter({ longTasks }, 1000)).toEqual({ count: 3, longest: 90, total: 30 + 90 + 60 });
    expect(longTasksAfter({ longTasks: [] }, 1000)).toEqual({ count: 0, longest: 0, total: 0 });
  });

  it('renders per key', () => {
    expect(rendersPerKey({ keys: [1, 2, 3, 4], renders: [1, 1, 2, 2, 3, 3, 4, 4] })).toBe(2);
  });
});
