import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../app/state';
import { testEntry, testRegion } from '../directory/search.samples';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { parseHash } from '../app/router';
import { memoryStorage } from '../storage/memory';
import type { AppStorage } from '../storage';
import FavouritesScreen from './FavouritesScreen';
import { testRoot } from '../ui/test-root.test-util';

const directory: Directory = {
  format: 1,
  version: 'v',
  asOf: '2026-01-01',
  region: testRegion(),
  entries: [testEntry('a', { name: 'Amt A' }), testEntry('b', { name: 'Amt B', scope: { kind: 'district' } }), testEntry('c', { name: 'Amt C' })],
};
const root = testRoot();
const names = () => [...root().querySelectorAll('.entry-link')].map((a) => a.textContent);

beforeAll(() => initI18n('de'));

/**
 * The screen's next read of the kept cards (when it opens, after a removal): settles once the
 * screen has the answer, as its own wait for it was registered first.
 */
function nextCardsRead(storage: AppStorage): Promise<void> {
  const read = storage.savedCards;
  return new Promise((resolve) => {
    storage.savedCards = () => {
      storage.savedCards = read;
      const answer = read();
      resolve(answer);
      return answer;
    };
  }).then(() => undefined);
}

async function show(favourites: string[]) {
  const storage = memoryStorage();
  for (const id of [...favourites].reverse()) await storage.setFavourite(id, true);
  app.set({ directory, favourites, storage });
  await act(() => render(<FavouritesScreen route={parseHash('#/fav')} />, root()));
}

describe('favourites screen', () => {
  it('explains the star when nothing is saved', async () => {
    await show([]);
    expect(root().querySelectorAll('.entry-row')).toHaveLength(0);
    expect(root().textContent).toContain('auf den Stern');
    expect(root().querySelector('a.button')?.getAttribute('href')).toBe('#/list');
  });

  it('lists the saved entries in their order, all starred', async () => {
    await show(['c', 'a']);
    expect(names()).toEqual(['Amt C', 'Amt A']);
    expect([...root().querySelectorAll('.entry-star')].map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
  });

  it('removes an entry when its star is tapped, and on the device too', async () => {
    await show(['c', 'a']);
    const star = root().querySelector<HTMLButtonElement>('button[aria-label="Merken: Amt C"]')!;
    await act(async () => {
      star.click();
      await Promise.resolve();
    });
    expect(names()).toEqual(['Amt A']);
    expect(await app.get().storage.favourites()).toEqual(['a']);
  });

  it('says when saved entries are no longer in the data', async () => {
    await show(['gone', 'b']);
    expect(names()).toEqual(['Amt B']);
    expect(root().querySelector('.notice-warning')?.textContent).toBe('1 gemerkter Eintrag ist nicht mehr in den Daten.');
  });

  it('lists the kept show-cards with their language and opens them in it; a card can be removed', async () => {
    const storage = memoryStorage();
    await storage.saveCard({ entry: 'a', lang: 'fa-AF', phrases: ['zu-dieser-adresse', 'termin-haben'] });
    await storage.saveCard({ entry: 'gone', lang: 'ar', phrases: [] });
    app.set({ directory, favourites: [], storage });
    const opened = nextCardsRead(storage);
    await act(() => render(<FavouritesScreen route={parseHash('#/fav')} />, root()));
    await act(() => opened);
    const links = [...root().querySelectorAll('.saved-cards a')];
    // The card of an entry the data no longer has is not offered.
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([['#/card/a?in=fa-AF&p=zu-dieser-adresse%2Ctermin-haben', 'Amt A · دری']]);
    // The removal reads the cards again and draws what it read.
    const removed = nextCardsRead(storage);
    await act(() => root().querySelector<HTMLButtonElement>('button[aria-label="Karte löschen: Amt A"]')!.click());
    await act(() => removed);
    expect(root().querySelector('.saved-cards')).toBeNull();
    expect((await storage.savedCards()).map((c) => c.id)).toEqual(['gone|ar']);
  });
});
