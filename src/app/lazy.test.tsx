import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n, t } from '../i18n';
import { lazyScreen } from './lazy';

const root = document.createElement('div');
document.body.append(root);
beforeAll(() => initI18n('de'));
afterEach(() => act(() => render(null, root)));

function Screen({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

describe('lazyScreen', () => {
  it('starts loading in the render that draws the loading state, before its effects run', () => {
    let loads = 0;
    const Lazy = lazyScreen(() => {
      loads++;
      return new Promise<{ default: typeof Screen }>(() => undefined);
    });
    // No act(): preact runs effects only after the next frame, which has not come yet.
    render(<Lazy name="Liste" />, root);
    expect(root.textContent).toBe(t('loading'));
    expect(loads).toBe(1);
    // A second render while the load is under way asks for the code no second time.
    render(<Lazy name="Liste" />, root);
    expect(loads).toBe(1);
  });

  it('draws the screen when its code arrives, and says so when it cannot be loaded; the next mount tries again', async () => {
    let loads = 0;
    let fail = true;
    const Lazy = lazyScreen((): Promise<{ default: typeof Screen }> => {
      loads++;
      return fail ? Promise.reject(new TypeError('offline')) : Promise.resolve({ default: Screen });
    });
    await act(() => render(<Lazy name="Liste" />, root));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.textContent).toBe(t('lazyFailed'));

    await act(() => render(null, root));
    fail = false;
    await act(() => render(<Lazy name="Liste" />, root));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.textContent).toBe('Liste');
    // Once loaded, a new mount draws it at once, without loading again.
    const before = loads;
    await act(() => render(null, root));
    render(<Lazy name="Karte" />, root);
    expect(root.textContent).toBe('Karte');
    expect(loads).toBe(before);
  });
});
