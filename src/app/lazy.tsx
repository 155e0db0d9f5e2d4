import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadNamespaces, t } from '../i18n';
import { useLoading } from './ready';

/**
 * A screen loaded on first use, with its own text namespaces, so the first screen carries none
 * of its code or texts. When its chunk
 * cannot be loaded (offline before the app was fully cached), the user is told, not left waiting.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  namespaces: readonly string[] = [],
): ComponentType<P> & { preload(): Promise<void> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  /** Loads the code and texts once; a failed load (offline, chunk not cached) is tried again by the next mount. */
  const start = (): Promise<void> =>
    (pending ??= Promise.all([load(), loadNamespaces(namespaces)]).then(
      ([m]) => {
        loaded = m.default;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function LazyScreen(props: P) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useLoading(state === 'loading' && !loaded);
    // Started in the render that first draws the loading state, not in its effect: preact runs
    // effects after the next frame, about 100 ms after a tap at 4× CPU (traced), with the
    // network idle meanwhile. A second render finds the load under way.
    if (!loaded && state === 'loading') void start().catch(() => undefined);
    useEffect(() => {
      if (loaded) return;
      start().then(
        () => setState('ready'),
        () => setState('failed'),
      );
    }, []);
    if (state === 'failed')
      return (
        <p class="notice notice-warning" role="alert">
          {t('lazyFailed')}
        </p>
      );
    if (!loaded)
      return (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      );
    const Screen = loaded;
    return <Screen {...props} />;
  }
  /** Loads the code (not the texts) before the first render, so no loading state is drawn. */
  LazyScreen.preload = async () => {
    loaded = (await load()).default;
  };
  return LazyScreen;
}
