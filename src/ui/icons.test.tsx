import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

// A fresh module each time: whether icons are held is module state, as in a page load.
async function fresh() {
  vi.resetModules();
  return import('./icons');
}

describe('icons on the first screen', () => {
  it('are drawn empty at their size until the screen is shown, then all point at the sprite file', async () => {
    const icons = await fresh();
    const box = document.createElement('div');
    document.body.append(box);
    render(
      <p>
        <icons.Icon name="star" />
        <icons.Icon name="phone" size={32} />
      </p>,
      box,
    );
    const uses = () => [...box.querySelectorAll('use')];
    // Nothing that would make the browser fetch the sprite before the screen is on screen.
    expect(uses().map((u) => u.getAttribute('href'))).toEqual([null, null]);
    expect([...box.querySelectorAll('svg')].map((s) => s.getAttribute('width'))).toEqual(['24', '32']);

    icons.showIcons();
    expect(uses().map((u) => u.getAttribute('href'))).toEqual(['icons/sprite.svg#star', 'icons/sprite.svg#phone']);
    // The next render of the same icons keeps them, and a new icon points at the file at once.
    render(
      <p>
        <icons.Icon name="star" />
        <icons.Icon name="phone" size={32} />
        <icons.Icon name="map" />
      </p>,
      box,
    );
    expect(uses().map((u) => u.getAttribute('href'))).toEqual(['icons/sprite.svg#star', 'icons/sprite.svg#phone', 'icons/sprite.svg#map']);
    expect(box.querySelectorAll('use[data-icon]')).toHaveLength(0);
    box.remove();
  });

  it('an icon whose name changes while held shows the new name', async () => {
    const icons = await fresh();
    const box = document.createElement('div');
    document.body.append(box);
    render(<icons.Icon name="star" />, box);
    render(<icons.Icon name="phone" />, box);
    icons.showIcons();
    expect(box.querySelector('use')?.getAttribute('href')).toBe('icons/sprite.svg#phone');
    box.remove();
  });
});
