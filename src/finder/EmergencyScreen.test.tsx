import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../scripts/lib/load-data';
import { parseHash } from '../app/router';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import EmergencyScreen from './EmergencyScreen';

let directory: Directory;
const root = document.createElement('div');

beforeAll(async () => {
  await initI18n('ar');
  directory = (await loadData('data')).directory!;
  app.set({ directory, favourites: [], storage: memoryStorage() });
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
});

describe('emergency screen', () => {
  it('has a call link for every emergency number and the district’s contact, numbers left to right', async () => {
    await act(() => render(<EmergencyScreen route={parseHash('#/help')} />, root));
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.call-link')];
    // Written out from data/entries (emergency numbers, help lines and police stations, then the
    // district's contact): a change to these numbers must be a deliberate change to this test too.
    const expected = [
      'tel:112', 'tel:110', 'tel:116117', 'tel:116016', 'tel:+498001110111', 'tel:+498001110222', 'tel:116123',
      'tel:+498004040020', 'tel:116111', 'tel:+498001110550', 'tel:+498002255530', 'tel:+49613119240',
      'tel:+4956519250', 'tel:110', 'tel:+49554293040', 'tel:110', 'tel:+49565397660', 'tel:110', 'tel:+4956519250', 'tel:110',
      'tel:+4956513020',
    ];
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(expected.sort());
    for (const a of links) expect(a.querySelector('.call-number')?.getAttribute('dir')).toBe('ltr');
  });

  it('titles each card in Arabic with what the number is for, the German official name beside it', async () => {
    await act(() => render(<EmergencyScreen route={parseHash('#/help')} />, root));
    const first = root.querySelector('.help-card');
    expect(first?.querySelector('.help-name')?.textContent).toBe('عند حريق أو حادث خطير أو خطر على الحياة اتصل بالرقم 112.');
    const name = first?.querySelector('.help-official span');
    expect(name?.textContent).toBe('Notruf 112 – Feuerwehr und Rettungsdienst');
    expect(name?.getAttribute('lang')).toBe('de');
    expect(name?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('h1')?.textContent).toBe('الطوارئ والمساعدة');
  });

  it('shows 112 and 110 first, apart and in the alarm colour, then the help lines from 116 117 on', async () => {
    // Entries arrive in IndexedDB key order after a restart: by id.
    const byId = { ...directory, entries: [...directory.entries].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    app.set({ directory: byId });
    await act(() => render(<EmergencyScreen route={parseHash('#/help')} />, root));
    const lists = [...root.querySelectorAll('ul.help-list')];
    const numbers = (ul: Element | undefined) => [...(ul?.querySelectorAll('.call-number') ?? [])].map((n) => n.textContent);
    expect(numbers(lists[0])).toEqual(['112', '110']);
    expect([...(lists[0]?.querySelectorAll('li') ?? [])].every((li) => li.classList.contains('help-card-alarm'))).toBe(true);
    expect(numbers(lists[1])[0]).toBe('116 117');
    expect(lists[1]?.querySelector('.help-card-alarm')).toBeNull();
    app.set({ directory });
  });
});
