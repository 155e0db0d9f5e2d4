import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real sprite file, as the service worker would answer it.
const SPRITE = readFileSync('public/icons/sprite.svg', 'utf8');

type Modules = [typeof import('./icons'), typeof import('./sprite')];

// Each test starts with icons drawn from the file, as once the first screen is shown.
async function fresh(): Promise<Modules> {
  vi.resetModules();
  const modules = await Promise.all([import('./icons'), import('./sprite')]);
  modules[0].showIcons();
  return modules;
}

function iconHref(icons: Modules[0], name: string): string | null {
  const box = document.createElement('div');
  render(<icons.Icon name={name} />, box);
  return box.querySelector('use')?.getAttribute('href') ?? null;
}

function answer(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(body, { status }))));
}

describe('the icon sprite copied into the page', () => {
  beforeEach(() => document.querySelectorAll('svg.icon-sprite').forEach((s) => s.remove()));
  afterEach(() => vi.unstubAllGlobals());

  it('puts every symbol of the sprite into the page under a prefixed id, and later icons point there', async () => {
    const [icons, sprite] = await fresh();
    expect(iconHref(icons, 'star')).toBe('icons/sprite.svg#star');
    answer(SPRITE);
    expect(await sprite.copySpriteIntoPage()).toBe(true);
    const copy = document.querySelector('svg.icon-sprite');
    expect(copy?.getAttribute('aria-hidden')).toBe('true');
    // Counted from the file itself, not from the code under test.
    const names = [...SPRITE.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(30);
    expect([...(copy?.querySelectorAll('symbol') ?? [])].map((s) => s.id)).toEqual(names.map((n) => `icon-${n}`));
    // The sprite's "map" and "search" must not take the ids of the app's own elements.
    expect(document.getElementById('map')).toBeNull();
    expect(iconHref(icons, 'star')).toBe('#icon-star');
    expect(document.getElementById('icon-star')?.querySelector('path')).not.toBeNull();
  });

  it('copies it once: a second call (the steps after the start run again after a failure) fetches nothing', async () => {
    const [, sprite] = await fresh();
    answer(SPRITE);
    expect(await sprite.copySpriteIntoPage()).toBe(true);
    expect(await sprite.copySpriteIntoPage()).toBe(true);
    expect(document.querySelectorAll('svg.icon-sprite')).toHaveLength(1);
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(1);
  });

  it('keeps drawing from the file when the sprite cannot be fetched or read', async () => {
    for (const fail of [
      () => vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline')))),
      () => answer('', 404),
      () => answer('<svg xmlns="http://www.w3.org/2000/svg"><symbol id="x"'),
      () => answer('<html><body>not a sprite</body></html>'),
    ]) {
      const [icons, sprite] = await fresh();
      fail();
      expect(await sprite.copySpriteIntoPage()).toBe(false);
      expect(document.querySelector('svg.icon-sprite')).toBeNull();
      expect(iconHref(icons, 'star')).toBe('icons/sprite.svg#star');
    }
  });
});
