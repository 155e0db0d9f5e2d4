import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n, t } from '../i18n';
import Notices from './Notices';
import { app } from './state';

let root: HTMLElement;
const drawn = () => [...root.querySelectorAll('.notice')].map((p) => p.textContent);
const offline = () => t('notices:offline.banner');
const back = () => t('notices:offline.back');

async function on(path: string): Promise<void> {
  await act(() => render(<Notices path={path} />, root));
}

beforeAll(() => initI18n('de'));
beforeEach(() => {
  sessionStorage.clear();
  app.set({ online: true, notices: [] });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  app.set({ online: true });
});

describe('the offline message and the connection coming back', () => {
  it('keeps its place with "the internet is back" until the next screen, then goes', async () => {
    await on('home');
    await act(() => app.set({ online: false }));
    // Arrived on this screen: said, not drawn.
    expect(drawn()).toEqual([]);
    await on('list');
    expect(drawn()).toEqual([offline()]);

    await act(() => app.set({ online: true }));
    expect(drawn()).toEqual([back()]);
    expect(root.querySelector('[data-testid="online-again"]')).not.toBeNull();

    await on('settings');
    expect(drawn()).toEqual([]);
    // Back on the screen where the connection returned: it stays gone.
    await on('list');
    expect(drawn()).toEqual([]);
  });

  it('goes at once when the offline message was never drawn (nothing moves then)', async () => {
    await on('home');
    await act(() => app.set({ online: false }));
    await act(() => app.set({ online: true }));
    expect(drawn()).toEqual([]);
    expect(root.textContent).toBe('');
  });

  it('says "offline" again in the same place when the connection drops once more on that screen', async () => {
    await on('home');
    await act(() => app.set({ online: false }));
    await on('list');
    await act(() => app.set({ online: true }));
    await act(() => app.set({ online: false }));
    expect(drawn()).toEqual([offline()]);
  });

  it('can be closed, and is not drawn again on that screen', async () => {
    await on('home');
    await act(() => app.set({ online: false }));
    await on('list');
    await act(() => app.set({ online: true }));
    const close = root.querySelector<HTMLButtonElement>('[data-testid="online-again"] button')!;
    await act(() => close.click());
    expect(drawn()).toEqual([]);
    await on('list');
    expect(drawn()).toEqual([]);
  });
});
