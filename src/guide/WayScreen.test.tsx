import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { realDirectory, realGuide } from './data.test-util';
import { guideT } from './lang';
import { mount, type Mounted } from './screen.test-util';
import type { Guide } from './types';
import WayScreen from './WayScreen';

let directory: Directory;
let guide: Guide;
let screen: Mounted | undefined;
const ar = guideT('ar');

beforeAll(async () => {
  await initI18n('ar');
  directory = await realDirectory();
  guide = realGuide();
});
afterEach(async () => {
  await screen?.unmount();
  screen = undefined;
  Reflect.deleteProperty(navigator, 'geolocation');
});

function fakeGeolocation(result: { lat: number; lon: number } | { code: number }) {
  const watchPosition = vi.fn((ok: PositionCallback, fail: PositionErrorCallback) => {
    if ('code' in result) fail({ code: result.code } as GeolocationPositionError);
    else ok({ coords: { latitude: result.lat, longitude: result.lon, accuracy: 20 } } as GeolocationPosition);
    return 1;
  });
  Object.defineProperty(navigator, 'geolocation', { value: { watchPosition, clearWatch: vi.fn() }, configurable: true });
  return watchPosition;
}

describe('which way', () => {
  it('asks for the position only on a tap, then gives distance and direction in words', async () => {
    // A place put at a known point: from here it is 5.56 km south and 4.90 km west
    // (0.05° of latitude, 0.07° of longitude at 51° N), so 7.4 km to the south-west.
    const found = directory.entries.find((e) => e.location)!;
    const entry = { ...found, location: { ...found.location!, lat: 50.95, lon: 9.93 } };
    const moved = { ...directory, entries: directory.entries.map((e) => (e.id === entry.id ? entry : e)) };
    const here = { lat: 51.0, lon: 10.0 };
    const watch = fakeGeolocation(here);
    screen = await mount(WayScreen, `#/way/${entry.id}`, moved, guide);
    const { root, until } = screen;
    expect(watch).not.toHaveBeenCalled();
    await act(() => root.querySelector<HTMLButtonElement>('.way-screen .button')!.click());
    await until(() => /^7\.4\s?كم في خط مستقيم باتجاه الجنوب الغربي$/.test(root.querySelector('.way-result')?.textContent ?? ''));
    expect(watch).toHaveBeenCalledTimes(1);
  });

  it('says when the position is not allowed', async () => {
    const entry = directory.entries.find((e) => e.location)!;
    fakeGeolocation({ code: 1 });
    screen = await mount(WayScreen, `#/way/${entry.id}`, directory, guide);
    await act(() => screen!.root.querySelector<HTMLButtonElement>('.way-screen .button')!.click());
    await screen.until(() => screen!.root.querySelector('.way-status')?.textContent === ar('way.denied'));
  });

  it('says so for a place without a location, and offers no position button', async () => {
    const entry = directory.entries.find((e) => !e.location)!;
    screen = await mount(WayScreen, `#/way/${entry.id}`, directory, guide);
    expect(screen.root.querySelector('.notice-warning')?.textContent).toBe(ar('way.noLocation'));
    expect(screen.root.querySelector('.way-screen .button')).toBeNull();
  });
});
