import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDrawn } from '../app/ready';
import { realGuide } from '../guide/data.test-util';
import { pageIndex } from '../guide/page-index';
import { PageHits, pageIndexSettled, resetPageIndex, usePageHits } from './PageHits';

function Shell({ query }: { query: string }) {
  useDrawn();
  const hits = usePageHits(query);
  return (
    <main id="main">
      <PageHits hits={hits} lang="de" />
    </main>
  );
}

const root = document.createElement('div');
document.body.append(root);
const ready = () => document.getElementById('main')?.dataset.ready;

afterEach(async () => {
  await act(() => render(null, root));
  vi.unstubAllGlobals();
  resetPageIndex();
});

/** fetch of data/pages.json answered when the test says so. */
function heldFetch(body: unknown) {
  let answer: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (answer = resolve));
  vi.stubGlobal('fetch', () => arrived.then(() => new Response(JSON.stringify(body))));
  return answer;
}

describe('guide pages found by a search', () => {
  it('keep a searched list from being ready until they are drawn above it', async () => {
    const answer = heldFetch(pageIndex(realGuide()));
    location.hash = '#/list?q=Kinderarzt';
    await act(() => render(<Shell query="Kinderarzt" />, root));
    expect(ready()).toBeUndefined();
    // The screen draws the hits when the index's load settles (its wait was registered first).
    await act(async () => {
      answer();
      await pageIndexSettled();
    });
    expect(root.querySelector('.page-hit')?.getAttribute('href')).toBe('#/topic/kinderarzt');
    expect(ready()).toBe('#/list?q=Kinderarzt');
  });

  it('do not hold a list without a query, nor one whose page file cannot be read', async () => {
    heldFetch([]);
    location.hash = '#/list';
    await act(() => render(<Shell query="" />, root));
    expect(ready()).toBe('#/list');
    await act(() => render(null, root));
    resetPageIndex();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    location.hash = '#/list?q=Kita';
    await act(() => render(<Shell query="Kita" />, root));
    // The failed read settles the index's load: the screen has heard of it by then.
    await act(() => pageIndexSettled());
    expect(root.querySelector('.page-hit')).toBeNull();
    expect(ready()).toBe('#/list?q=Kita');
  });
});
