import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../app/state';
import { summarize } from '../directory/summary';
import { sampleDirectory } from '../directory/validate.samples';
import { formatList } from '../i18n/list';
import { hoursWarmedUp, loadHours } from './use-hours';
import { parsed } from './parse-count.test-util';

vi.mock('opening_hours', async () => (await import('./parse-count.test-util')).countedOpeningHours());

/** Counts the Intl objects of one kind made from now on. */
function counting<K extends 'ListFormat' | 'DateTimeFormat'>(kind: K): unknown[] {
  const made: unknown[] = [];
  const Counted = new Proxy(Intl[kind], {
    construct: (real, args: unknown[]) => (made.push(args[0]), Reflect.construct(real, args) as object),
  });
  vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { [kind]: Counted }));
  return made;
}

/** A scheduler whose tasks run only when the test says: nextTask() uses scheduler.postTask where there is one. */
function heldTasks(): { run(): Promise<void>; readonly waiting: number } {
  const queue: (() => void)[] = [];
  vi.stubGlobal('scheduler', {
    postTask: (task: () => void) => new Promise<void>((resolve) => queue.push(() => (task(), resolve()))),
  });
  return {
    get waiting() {
      return queue.length;
    },
    async run() {
      queue.shift()?.();
      // The continuations of that task (the warm-up's step) run in its microtasks: a 0 ms timer runs after them all.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

// A file of its own: the hours module and its warm-up are made once per file.
describe('the hours warm-up', () => {
  it("runs the library's parser in a task of its own after the module arrives, and makes no list format", async () => {
    app.set({ summary: summarize(sampleDirectory()), lang: 'fa-AF' });
    const lists = counting('ListFormat');
    const tasks = heldTasks();
    await loadHours();
    // Handed out first: nothing parsed yet, one task waiting.
    expect(parsed).toEqual([]);
    expect(tasks.waiting).toBe(1);
    await tasks.run();
    // One task: the parser's. Nothing else is waiting (until 2026-12 the list format was a task of its own).
    expect(tasks.waiting).toBe(0);
    await hoursWarmedUp();
    // Its own spec (a holiday probe may be parsed beside it).
    expect(parsed).toContain('Mo-Fr 08:00-12:00, 13:00-16:00; PH off');
    // Neither the warm-up nor a row joining the towns an office serves loads the engine's locale data.
    expect(formatList(['Sontra', 'Eschwege', 'Herleshausen'], 'fa-AF')).toContain('\u2068Eschwege\u2069');
    expect(lists).toEqual([]);
  });

  it('makes no Intl.DateTimeFormat, and neither does a badge', async () => {
    const dates = counting('DateTimeFormat');
    const hours = await loadHours();
    await hoursWarmedUp();
    hours.formatWeekday(new Date(), 'fa-AF');
    hours.formatWeekday(new Date(), 'uk', 'short');
    hours.formatTime(new Date(), 'ar');
    hours.hoursState('Mo-Fr 08:00-12:00; PH off', new Date());
    expect(dates).toEqual([]);
  });
});
