import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Directory, Entry } from '../directory/types';
import { app } from '../app/state';
import { changeLanguage, initI18n } from '../i18n';
import CardScreen from './CardScreen';
import { realDirectory, realGuide } from './data.test-util';
import { mount, type Mounted } from './screen.test-util';
import type { Guide } from './types';

let directory: Directory;
let guide: Guide;
let office: Entry;
let screen: Mounted | undefined;

beforeAll(async () => {
  await initI18n('fa-AF');
  directory = await realDirectory();
  guide = realGuide();
  // An office with a fax and a callable number, in a town whose Dari name the region knows.
  const dariTown = (e: Entry) => directory.region.municipalities.find((m) => m.name === e.address?.town)?.names['fa-AF'];
  office = directory.entries.find((e) => e.address?.street && e.phones.some((p) => p.fax) && e.phones.some((p) => !p.fax) && dariTown(e))!;
});
afterEach(async () => {
  await screen?.unmount();
  screen = undefined;
  Reflect.deleteProperty(navigator, 'wakeLock');
});

describe('show-card', () => {
  it('shows the German name, address and callable phone, then the Dari text and town', async () => {
    screen = await mount(CardScreen, `#/card/${office.id}`, directory, guide);
    const { root } = screen;
    const german = root.querySelector('.card-de')!;
    expect(german.getAttribute('lang')).toBe('de');
    expect(german.querySelector('h1')?.textContent).toBe(office.name);
    expect(german.querySelector('.card-address')?.textContent).toContain(office.address!.street!);
    const numbers = [...german.querySelectorAll('.card-phone a')].map((a) => a.textContent);
    expect(numbers).toEqual(office.phones.filter((p) => !p.fax).map((p) => p.number));
    const dari = root.querySelector('.card-user')!;
    expect([dari.getAttribute('lang'), dari.getAttribute('dir')]).toEqual(['fa-AF', 'rtl']);
    expect(dari.textContent).toContain(office.description['fa-AF']);
    const town = directory.region.municipalities.find((m) => m.name === office.address!.town)?.names['fa-AF'];
    expect(town).toBeTruthy();
    expect(dari.querySelector('.card-town')?.textContent).toBe(town);
  });

  it('puts chosen phrases on the card in German and Dari, and keeps the choice in the URL', async () => {
    screen = await mount(CardScreen, `#/card/${office.id}`, directory, guide);
    const { root, until } = screen;
    await until(() => root.querySelectorAll('.phrase-pick input').length === guide.phrases.length);
    expect(root.querySelectorAll('.card-phrase')).toHaveLength(0);
    const second = guide.phrases[1]!;
    await act(() => root.querySelectorAll<HTMLInputElement>('.phrase-pick input')[1]!.click());
    await until(() => root.querySelectorAll('.card-phrase').length === 1);
    const [de, fa] = [...root.querySelectorAll('.card-phrase p')];
    expect([de?.textContent, fa?.textContent]).toEqual([second.de, second.say['fa-AF']]);
    expect(location.hash).toBe(`#/card/${office.id}?p=${second.id}`);
  });

  it('puts "Please take me to this address" first among the phrases', async () => {
    screen = await mount(CardScreen, `#/card/${office.id}`, directory, guide);
    const { root, until } = screen;
    await until(() => root.querySelectorAll('.phrase-pick input').length === guide.phrases.length);
    expect(root.querySelector('.phrase-pick label [lang="de"]')?.textContent).toBe('Bitte bringen Sie mich zu dieser Adresse.');
  });

  it('shows the card in the language chosen on it, whatever the app language, and keeps it', async () => {
    await changeLanguage('de');
    try {
      screen = await mount(CardScreen, `#/card/${office.id}`, directory, guide);
      const { root, until } = screen;
      // The app is German: at first only the German side.
      expect(root.querySelector('.card-user')).toBeNull();
      const dari = [...root.querySelectorAll<HTMLButtonElement>('.card-top button.choice')].find((b) => b.textContent === 'دری')!;
      await act(() => dari.click());
      expect(location.hash).toBe(`#/card/${office.id}?in=fa-AF`);
      await until(() => root.querySelector('.card-user') !== null);
      const user = root.querySelector('.card-user')!;
      expect([user.getAttribute('lang'), user.getAttribute('dir')]).toEqual(['fa-AF', 'rtl']);
      expect(user.textContent).toContain(office.description['fa-AF']);
      expect(root.querySelector('.card-de .card-address')?.textContent).toContain(office.address!.street!);
      expect(dari.getAttribute('aria-pressed')).toBe('true');
      // Side by side opens with the same language beside German.
      expect(root.querySelector(`a[href^="#/pair/"]`)?.getAttribute('href')).toBe(`#/pair/${office.id}?with=fa-AF`);
      // The tools stay in the app's language.
      expect(root.querySelector('.card-who')?.textContent).toBe('Zeigen Sie diese Karte einer Person: im Bus, auf der Straße, im Amt.');
      await until(() => root.querySelectorAll('.phrase-pick input').length === guide.phrases.length);
      await act(() => root.querySelectorAll<HTMLInputElement>('.phrase-pick input')[0]!.click());
      const keep = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Karte behalten')!;
      await act(() => keep.click());
      await until(() => root.querySelector('.card-kept')?.textContent !== '');
      expect(await app.get().storage.savedCards()).toEqual([
        { id: `${office.id}|fa-AF`, entry: office.id, lang: 'fa-AF', phrases: ['zu-dieser-adresse'], added: expect.any(String) },
      ]);
    } finally {
      await changeLanguage('fa-AF');
    }
  });

  it('keeps the screen on while shown and lets go when it is left', async () => {
    const release = vi.fn(async () => undefined);
    const request = vi.fn(async () => ({ released: false, release, addEventListener: () => undefined }));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    screen = await mount(CardScreen, `#/card/${office.id}`, directory, guide);
    await screen.until(() => screen!.root.querySelector('.card-awake') !== null);
    expect(request).toHaveBeenCalledWith('screen');
    await screen.unmount();
    screen = undefined;
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('says so for an entry that does not exist', async () => {
    screen = await mount(CardScreen, '#/card/gibt-es-nicht', directory, guide);
    expect(screen.root.querySelector('h1')?.textContent).toBe('این مورد وجود ندارد (یا دیگر وجود ندارد).');
  });
});
