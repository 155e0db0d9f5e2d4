import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { summarize } from '../directory/summary';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import type { AppStorage } from '../storage';
import { testRoot } from '../ui/test-root.test-util';
import { HomeScreen } from './HomeScreen';
import { loadData } from './start-data';
import { app } from './state';

const root = testRoot();
beforeAll(() => initI18n('de'));
beforeEach(() => app.set({ directory: undefined, summary: undefined, dataFailed: false, lang: 'de' }));

/** The sample region with emergency entries (112, 110) and entries in two more of its categories. */
function stored(): Directory {
  const base = sampleDirectory();
  const [first] = base.entries;
  if (!first) throw new Error('the sample has no entries');
  const emergency = [
    { ...first, id: 'notruf-112', category: 'notfall', phones: [{ number: '112' }] },
    { ...first, id: 'polizei-110', category: 'notfall', phones: [{ number: '110' }] },
  ];
  const others = generateEntries(30, 2).map((e, i) => ({ ...e, category: base.region.categories[i % 2]?.id ?? 'x' }));
  return { ...base, entries: [...emergency, ...others] };
}

/** A device store that notes what is read, in order, and what the app state held at each read. */
function watched(inner: AppStorage, log: string[]): AppStorage {
  const state = () => `summary:${app.get().summary ? 'yes' : 'no'} directory:${app.get().directory ? 'yes' : 'no'}`;
  return {
    ...inner,
    loadSummary: () => (log.push(`loadSummary ${state()}`), inner.loadSummary()),
    loadDirectory: () => (log.push(`loadDirectory ${state()}`), inner.loadDirectory()),
  };
}

describe('start-up reads what the first screen needs first', () => {
  it('reads the summary, shows it, and only then reads the entries', async () => {
    const directory = stored();
    const memory = memoryStorage();
    await memory.saveDirectory(directory);
    const log: string[] = [];
    await loadData(watched(memory, log));
    expect(log).toEqual(['loadSummary summary:no directory:no', 'loadDirectory summary:yes directory:no']);
    expect(app.get().directory).toEqual(directory);
    expect(app.get().summary).toEqual(summarize(directory));
    // Beside the first screen the start builds the search index and keeps it for the next start.
    await vi.waitFor(async () => expect((await memory.loadSearchIndex())?.index.ids).toEqual(directory.entries.map((e) => e.id)), { timeout: 10_000 });
  });

  it('takes the summary read the start began (main.tsx) instead of reading it again', async () => {
    const directory = stored();
    const memory = memoryStorage();
    await memory.saveDirectory(directory);
    const log: string[] = [];
    const storage = watched(memory, log);
    const begun = storage.loadSummary();
    log.length = 0;
    await loadData(storage, begun);
    expect(log).toEqual(['loadDirectory summary:yes directory:no']);
    expect(app.get().summary).toEqual(summarize(directory));
    expect(app.get().directory).toEqual(directory);
  });

  it('a summary read that failed counts as none: the entries are still read', async () => {
    const directory = stored();
    const memory = memoryStorage();
    await memory.saveDirectory(directory);
    const log: string[] = [];
    await loadData(watched(memory, log), Promise.reject(new Error('store closed')));
    expect(log).toEqual(['loadDirectory summary:no directory:no']);
    expect(app.get().directory).toEqual(directory);
    expect(app.get().dataFailed).toBe(false);
  });

  it('draws the home, tiles and emergency numbers, from the summary alone', async () => {
    const directory = stored();
    const summary = summarize(directory);
    app.set({ summary });
    await act(() => render(<HomeScreen />, root()));
    const used = directory.region.categories.filter((c) => directory.entries.some((e) => e.category === c.id));
    expect(used.length).toBeGreaterThan(1);
    expect([...root().querySelectorAll('.tiles .tile span')].map((s) => s.textContent)).toEqual(used.map((c) => c.label.de));
    expect([...root().querySelectorAll('a.sos-call')].map((a) => a.getAttribute('href'))).toEqual(['tel:112', 'tel:110']);
    expect(root().querySelector('.loading')).toBeNull();
  });

  it('on a first visit, with nothing stored, reads the bundled file and makes the summary from it', async () => {
    const memory = memoryStorage();
    const log: string[] = [];
    const directory = stored();
    const realFetch = globalThis.fetch;
    globalThis.fetch = async () => new Response(JSON.stringify(directory), { status: 200 });
    try {
      await loadData(watched(memory, log));
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(log).toEqual(['loadSummary summary:no directory:no', 'loadDirectory summary:no directory:no']);
    expect(app.get().summary).toEqual(summarize(directory));
    expect(await memory.loadSummary()).toEqual(summarize(directory));
    await vi.waitFor(async () => expect((await memory.loadSearchIndex())?.index.ids).toEqual(directory.entries.map((e) => e.id)), { timeout: 10_000 });
  });
});
