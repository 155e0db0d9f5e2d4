/** Mounting a guide screen in happy-dom with the real data, for the screen tests. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, vi } from 'vitest';
import type { ScreenProps } from '../app/router';
import { useRoute } from '../app/router';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { memoryStorage } from '../storage/memory';
import { resetGuideCache } from './load';
import type { Guide } from './types';
import type { ComponentType } from 'preact';

/** A mounted screen: its root element and a way to wait for what it shows. */
export interface Mounted {
  readonly root: HTMLElement;
  until(check: () => boolean): Promise<void>;
  unmount(): Promise<void>;
}

/** Serves `guide` as data/guide.json and renders `Screen` at `hash`. */
export async function mount(Screen: ComponentType<ScreenProps>, hash: string, directory: Directory, guide: Guide): Promise<Mounted> {
  resetGuideCache();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(guide))));
  location.hash = hash;
  app.set({ directory, storage: memoryStorage(), notices: [] });
  const root = document.createElement('div');
  document.body.append(root);
  const Harness = () => <Screen route={useRoute()} />;
  await act(() => render(<Harness />, root));
  return {
    root,
    async until(check) {
      for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
      expect(check()).toBe(true);
    },
    async unmount() {
      await act(() => render(null, root));
      root.remove();
      vi.unstubAllGlobals();
    },
  };
}
