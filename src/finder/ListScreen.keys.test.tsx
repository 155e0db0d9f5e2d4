import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { loadData } from '../../scripts/lib/load-data';
import { afterPaint } from '../app/after-paint';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import { testRoot } from '../ui/test-root.test-util';
import { ListHarness, nextHashChange } from './list-screen.test-util';
import { realGuide } from '../guide/data.test-util';
import { pageIndex } from '../guide/page-index';
import { EntryRow } from './EntryRow';
import { PAGES_URL, pageIndexSettled, resetPageIndex } from './PageHits';
import { firstRows } from './LaterRows';
import ListScreen, { PAGE_SIZE } from './ListScreen';
import { loadHours } from './use-hours';
import { prepareIndex } from './use-search';
import * as listModel from './list-model';

// The list model as it is, its calls counted: the topic tiles must not cost a list of every entry.
vi.mock('./list-model', async (actual) => {
  const model = await actual<typeof import('./list-model')>();
  return { ...model, listPage: vi.fn(model.listPage) };
});
const listPage = vi.mocked(listModel.listPage);

let directory: Directory;
const root = testRoot();
// Preact calls options.__r (its render hook, "_render" before minifying) right before a
// component's render: the count of calls is the count of renders, by component.
type Hooks = { __r?: (vnode: VNode) => void };
const hooks = options as Hooks;
const renders = new Map<unknown, number>();
let previous: Hooks['__r'];

async function show(hash: string, dir: Directory) {
  // The screen's router hears of a new hash by that event (its listener was added first).
  const arrived = location.hash === hash ? Promise.resolve() : nextHashChange();
  location.hash = hash;
  app.set({ directory: dir, favourites: [], storage: memoryStorage() });
  await act(() => render(<ListHarness />, root()));
  await act(() => arrived);
  // The guide pages' index loads when the screen opens; its arrival draws the screen once more.
  await act(() => pageIndexSettled());
  // The hours module arrives by dynamic import and draws the badges once: not a key's doing. The
  // screen asked for it first, so its badges are drawn when this wait ends (act flushes them).
  await act(() => loadHours().then(() => undefined));
}

/** One key: the box gets one more character, as the browser does before the input event. */
async function key(char: string) {
  const box = root().querySelector<HTMLInputElement>('input[type=search]')!;
  await act(() => {
    box.value += char;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // The list takes the text after the key's frame; what that render puts off until after its own
  // frame (the URL, the later rows) gets its turn a frame later: asked for after them, each wait
  // ends after theirs.
  await nextFrame();
  await nextFrame();
}

/** The frame after this one has been painted, and what was put off until then. */
const nextFrame = () => act(() => afterPaint());

const rows = () => [...root().querySelectorAll('.entry-row .entry-link')].map((a) => a.getAttribute('href'));
const count = () => root().querySelector('.list-count')?.textContent;

beforeAll(async () => {
  // happy-dom fires hashchange after history.replaceState when the hash differs; browsers do
  // not (the HTML standard fires it only for navigations). Those events are held back here, so
  // the screen sees what a browser would.
  const replace = history.replaceState.bind(history);
  let replaced: string | undefined;
  history.replaceState = (state: unknown, unused: string, url?: string | URL | null) => {
    replaced = url ? new URL(url, location.href).href : undefined;
    replace(state, unused, url);
  };
  window.addEventListener(
    'hashchange',
    (e) => {
      if (e.newURL !== replaced) return;
      replaced = undefined;
      e.stopImmediatePropagation();
    },
    true,
  );
  await initI18n('de');
  directory = (await loadData('data')).directory!;
  // data/pages.json as the build writes it, from the real guide (no server in unit tests).
  const pages = JSON.stringify(pageIndex(realGuide()));
  const fetchBefore = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).endsWith(PAGES_URL) ? Promise.resolve(new Response(pages)) : fetchBefore(input, init),
  );
});

beforeEach(() => {
  renders.clear();
  previous = hooks.__r;
  hooks.__r = (vnode) => {
    renders.set(vnode.type, (renders.get(vnode.type) ?? 0) + 1);
    previous?.(vnode);
  };
});

afterEach(() => {
  hooks.__r = previous;
});

afterAll(() => {
  vi.unstubAllGlobals();
  resetPageIndex();
});

describe('list screen, key by key', () => {
  it('draws the list once per key, with the result of that key', async () => {
    await show('#/list', directory);
    await act(() => prepareIndex(directory).then(() => undefined));
    const steps = history.length;
    for (const char of 'Jobcenter') {
      renders.clear();
      await key(char);
      expect(renders.get(ListScreen), `after "${char}"`).toBe(1);
    }
    expect(rows()[0]).toBe('#/e/jobcenter-eschwege');
    // The URL keeps the query (reload, share) without a history step. It is written after the
    // frame: wait for a frame too, not for a few milliseconds (on a busy machine the test's timer
    // came before the frame's).
    await act(() => afterPaint());
    expect(new URLSearchParams(location.hash.split('?')[1]).get('q')).toBe('Jobcenter');
    expect(history.length).toBe(steps);
  });

  it('makes no list while the topic tiles stand in for it, before typing and after the box is emptied', async () => {
    await show('#/list', directory);
    await act(() => prepareIndex(directory).then(() => undefined));
    listPage.mockClear();
    renders.clear();
    await key('T');
    expect(listPage).toHaveBeenCalled();
    expect(root().querySelector('.list-topics')).toBeNull();
    listPage.mockClear();
    const box = root().querySelector<HTMLInputElement>('input[type=search]')!;
    await act(() => {
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await nextFrame();
    expect(root().querySelectorAll('.list-topics .tile').length).toBeGreaterThan(0);
    expect(listPage).not.toHaveBeenCalled();
    // A filter from the URL lists again, tiles or not.
    await show('#/list?all=1', directory);
    expect(listPage).toHaveBeenCalled();
    expect(count()).toMatch(new RegExp(`^${directory.entries.length} `));
  });

  it('draws no row again when a key leaves the rows as they were', async () => {
    await show('#/list', directory);
    await act(() => prepareIndex(directory).then(() => undefined));
    for (const char of 'Tafel') await key(char);
    const before = rows();
    expect(before.length).toBeGreaterThan(1);
    renders.clear();
    // A space at the end changes no query word: the same rows.
    await key(' ');
    expect(rows()).toEqual(before);
    expect(renders.get(ListScreen)).toBe(1);
    expect(renders.get(EntryRow) ?? 0).toBe(0);
    // Then only rows that were not there before are drawn (a new row is drawn once).
    for (const char of 'Esch') {
      const shown = rows();
      renders.clear();
      await key(char);
      const added = rows().filter((href) => !shown.includes(href));
      expect(renders.get(EntryRow) ?? 0, `after "${char}"`).toBe(added.length);
    }
    expect(rows()).toContain('#/e/eschweger-tafel');
  });

  it('draws in the frame of a key the rows that can show below the search box: 2 on a phone of 740 px, up to 5', () => {
    expect([480, 740, 800, 1080, 1400].map((height) => firstRows(height))).toEqual([2, 2, 3, 4, 5]);
  });

  it('shows a key in the box in its own frame, the first screenful of its result in the next and the rest after it; Back draws all at once', async () => {
    // A phone's window: two rows show below the search box.
    const height = vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(740);
    onTestFinished(() => height.mockRestore());
    await show('#/list', directory);
    await act(() => prepareIndex(directory).then(() => undefined));
    const box = root().querySelector<HTMLInputElement>('input[type=search]')!;
    await act(() => {
      box.value = 'Beratung';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The key's own frame: the box holds it, the topic tiles still stand in for the list.
    expect(box.value).toBe('Beratung');
    expect(root().querySelectorAll('.list-topics .tile').length).toBeGreaterThan(0);
    expect(count()).toBeUndefined();
    await nextFrame();
    const total = Number(/\d+/.exec(count() ?? '')?.[0]);
    expect(total).toBeGreaterThan(2);
    const page = Math.min(total, PAGE_SIZE);
    expect(rows()).toHaveLength(2);
    await nextFrame();
    const whole = rows();
    expect(whole).toHaveLength(page);
    // The same list drawn anew, not by a key (Back, a reload): every row in its first frame.
    render(null, root());
    await act(() => render(<ListHarness />, root()));
    expect(rows()).toEqual(whole);
  });

  it('takes the keys of one frame together, writes the URL a frame later, and both before a tap', async () => {
    await show('#/list', directory);
    await act(() => prepareIndex(directory).then(() => undefined));
    const q = () => new URLSearchParams(location.hash.split('?')[1]).get('q');
    const replace = history.replaceState;
    let writes = 0;
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      writes++;
      replace.apply(this, args);
    };
    try {
      const box = root().querySelector<HTMLInputElement>('input[type=search]')!;
      listPage.mockClear();
      await act(() => {
        for (const char of 'Taf') {
          box.value += char;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
      expect(count()).toBeUndefined();
      await nextFrame();
      // One search for the three keys, with the text of the last.
      expect(listPage).toHaveBeenCalledTimes(1);
      expect(count()).toMatch(/\d/);
      expect([writes, q()]).toEqual([0, null]);
      await nextFrame();
      expect([writes, q()]).toEqual([1, 'Taf']);
      // A tap right after a key (on a row, a filter) finds the key taken and the URL written first.
      await act(() => {
        box.value += 'e';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        expect([writes, q()]).toEqual([2, 'Tafe']);
      });
      // A move elsewhere before the write (Back, a filter) is not overwritten by it.
      await act(() => {
        box.value += 'l';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        replace.call(history, null, '', '#/list?cat=alltag');
      });
      await nextFrame();
      await nextFrame();
      expect(location.hash).toBe('#/list?cat=alltag');
    } finally {
      history.replaceState = replace;
    }
  });

  it('a link to the list without a query empties the box after typing', async () => {
    await show('#/list', directory);
    await act(() => prepareIndex(directory).then(() => undefined));
    for (const char of 'Tafel') await key(char);
    const arrived = nextHashChange();
    await act(() => {
      location.hash = '#/list?cat=alltag';
    });
    await act(() => arrived);
    expect(root().querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('');
  });

  it('says the search is getting ready, and answers the typed text once it is', async () => {
    // A directory of its own, large enough that its index takes many slices to build.
    const large: Directory = { ...directory, entries: [...directory.entries, ...generateEntries(2000, 3)] };
    await show('#/list', large);
    const box = root().querySelector<HTMLInputElement>('input[type=search]')!;
    await act(() => {
      box.value = 'Jobcenter';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await nextFrame();
    expect(count()).toBe('Die Suche wird vorbereitet …');
    expect(rows()).toEqual([]);
    expect(root().querySelector('.list-empty')).toBeNull();
    await act(() => prepareIndex(large).then(() => undefined));
    expect(rows().length).toBeGreaterThan(0);
    expect(count()).toMatch(/^\d+ Ergebnisse?$/);
  });
});
