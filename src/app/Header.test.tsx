import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLang, initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import Header, { LanguageMenu, titleKey } from './Header';
import { app } from './state';

let root: HTMLElement;
const menuButton = () => root.querySelector<HTMLButtonElement>('.appbar-lang > button')!;
const choices = () => [...root.querySelectorAll<HTMLButtonElement>('#lang-menu button')];

beforeAll(() => initI18n('de'));
beforeEach(() => {
  app.set({ storage: memoryStorage(), lang: 'de' });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

describe('language menu', () => {
  it('opens the four languages, each in its own script and direction, the current one marked', async () => {
    await act(() => render(<LanguageMenu />, root));
    expect(choices()).toEqual([]);
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    await act(() => menuButton().click());
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(choices().map((b) => [b.textContent, b.lang, b.dir, b.getAttribute('aria-current')])).toEqual([
      ['Deutsch', 'de', 'ltr', 'true'],
      ['Українська', 'uk', 'ltr', 'false'],
      ['العربية', 'ar', 'rtl', 'false'],
      ['دری', 'fa-AF', 'rtl', 'false'],
    ]);
  });

  it('closes with Esc and gives the focus back to its button', async () => {
    await act(() => render(<LanguageMenu />, root));
    await act(() => menuButton().click());
    choices()[1]!.focus();
    await act(() => {
      choices()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(choices()).toEqual([]);
    expect(document.activeElement).toBe(menuButton());
  });

  it('switches the language and closes', async () => {
    await act(() => render(<LanguageMenu />, root));
    await act(() => menuButton().click());
    await act(() => choices()[2]!.click());
    await vi.waitFor(() => expect([currentLang(), app.get().lang, document.documentElement.dir]).toEqual(['ar', 'ar', 'rtl']));
    await vi.waitFor(() => expect(choices()).toEqual([]));
    await initI18n('de');
  });
});

describe('header', () => {
  it('names each screen; screens it does not know get the app name', async () => {
    expect(titleKey('map')).toBe('nav.map');
    expect(titleKey('e')).toBe('header.detail');
    expect(titleKey('')).toBe('appName');
    expect(titleKey('somewhere-new')).toBe('appName');
    await act(() => render(<Header screen="settings" path="settings" />, root));
    expect(root.querySelector('.appbar-title')?.textContent).toBe('Einstellungen');
    // The first screen of a session that is not home: back leads home.
    expect(root.querySelector('.appbar-back')?.getAttribute('aria-label')).toBe('Zurück');
  });
});
