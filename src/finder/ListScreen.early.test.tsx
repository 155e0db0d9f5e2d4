import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadData } from '../../scripts/lib/load-data';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { initI18n, t } from '../i18n';
import { memoryStorage } from '../storage/memory';
import { prepareIndex } from './use-search';
import { testRoot } from '../ui/test-root.test-util';
import { ListHarness, typeInList } from './list-screen.test-util';

// The build runs one step each time the test lets it (or freely), so the screen can be seen
// between the early index and the complete one.
let free = false;
let held: (() => void)[] = [];
vi.mock('./slices', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./slices')>();
  return {
    ...actual,
    runInSlices: async <T,>(steps: Generator<void, T>): Promise<T> => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (!free) await new Promise<void>((resolve) => held.push(resolve));
      }
    },
  };
});

async function step(): Promise<void> {
  const run = held;
  held = [];
  await act(async () => {
    run.forEach((go) => go());
    await Promise.resolve();
  });
}

let directory: Directory;
const root = testRoot();

const type = (text: string) => typeInList(root(), text);

const rowIds = () => [...root().querySelectorAll('.entry-row .entry-link')].map((a) => a.getAttribute('href')?.replace('#/e/', ''));
const count = () => root().querySelector('.list-count')?.textContent ?? '';

/** A word of a German description that no name, keyword, topic or town of the data has (found by plain splitting). */
function descriptionOnlyWord(dir: Directory): { word: string; ids: string[] } {
  const split = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 8);
  const short = new Set<string>();
  for (const e of dir.entries) for (const s of [e.name, ...e.keywords, e.address?.town ?? '']) split(s).forEach((w) => short.add(w));
  for (const c of dir.region.categories) for (const l of Object.values(c.label)) split(l).forEach((w) => short.add(w));
  for (const e of dir.entries) {
    // Not a part of a longer short word either: the search finds words by their beginning.
    const word = split(e.description.de ?? '').find((w) => ![...short].some((s) => s.startsWith(w) || w.startsWith(s)));
    if (word) return { word, ids: dir.entries.filter((x) => split(x.description.de ?? '').includes(word)).map((x) => x.id) };
  }
  throw new Error('no description-only word in the data');
}

beforeAll(async () => {
  await initI18n('de');
  directory = (await loadData('data')).directory!;
});

describe('list screen while the search index is built', () => {
  it('answers from the early index, says more may follow, and never says "nothing found" before the end', async () => {
    const { word, ids } = descriptionOnlyWord(directory);
    location.hash = '#/list';
    app.set({ directory, favourites: [], storage: memoryStorage() });
    await act(() => render(<ListHarness />, root()));
    await type('Jobcenter');
    expect(count()).toBe(t('finder:list.preparing'));

    for (let i = 0; i < 100_000 && !count().includes(t('finder:list.notDone')); i++) await step();
    expect(count()).toContain(t('finder:list.notDone'));
    expect(rowIds()).toContain('jobcenter-eschwege');

    await type(word);
    expect(count()).toBe(`${t('finder:list.count', { count: 0 })}. ${t('finder:list.notDone')}`);
    expect(root().querySelector('.list-empty')).toBeNull();

    free = true;
    await step();
    await act(() => prepareIndex(directory).then(() => undefined));
    expect(count()).not.toContain(t('finder:list.notDone'));
    expect(rowIds().sort()).toEqual([...ids].sort());
  });
});
