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
  it('has a call link for every emergency number and the Bürgertelefon, numbers left to right', async () => {
    await act(() => render(<EmergencyScreen route={parseHash('#/help')} />, root));
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.call-link')];
    // Written out from data/entries (emergency numbers and help lines, then the Bürgertelefon):
    // a change to these numbers must be a deliberate change to this test too.
    const expected = [
      'tel:112', 'tel:110', 'tel:116117', 'tel:116016', 'tel:+498001110111', 'tel:+498001110222',
      'tel:+498004040020', 'tel:116111', 'tel:+498001110550', 'tel:+498002255530', 'tel:+49613119240',
      'tel:+495651335580',
    ];
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(expected.sort());
    for (const a of links) expect(a.querySelector('.call-number')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows the German names as German inside the Arabic page', async () => {
    await act(() => render(<EmergencyScreen route={parseHash('#/help')} />, root));
    const name = [...root.querySelectorAll('.help-name span')].find((h) => h.textContent?.includes('112'));
    expect(name?.getAttribute('lang')).toBe('de');
    expect(name?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('h1')?.textContent).toBe('الطوارئ والمساعدة');
  });
});
