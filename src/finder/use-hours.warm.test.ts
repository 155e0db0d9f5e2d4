import { describe, expect, it, vi } from 'vitest';
import { app } from '../app/state';
import { summarize } from '../directory/summary';
import { sampleDirectory } from '../directory/validate.samples';
import { hoursWarmedUp, loadHours } from './use-hours';

// A file of its own: the hours module and its formatters are loaded once per file.
describe('the hours warm-up', () => {
  it("sets up the UI language's date formats in a task after the module arrives, so the first badge does not", async () => {
    app.set({ summary: summarize(sampleDirectory()), lang: 'fa-AF' });
    const made: unknown[] = [];
    const DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct: (real, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => (made.push(args[0]), new real(...args)),
    });
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { DateTimeFormat }));
    const hours = await loadHours();
    // Handed out first: the warm-up waits for a task of its own.
    expect(made).toEqual([]);
    await hoursWarmedUp();
    expect(made).toEqual(['fa-AF', 'fa-AF', 'fa-AF']);
    // A badge's weekday and time now reuse them.
    hours.formatWeekday(new Date(), 'fa-AF');
    hours.formatTime(new Date(), 'fa-AF');
    expect(made).toHaveLength(3);
    vi.unstubAllGlobals();
  });
});
