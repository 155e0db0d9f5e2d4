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
  function LazyScreen(props: P) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useLoading(state === 'loading' && !loaded);
    useEffect(() => {
      if (loaded) return;
      Promise.all([load(), loadNamespaces(namespaces)]).then(
        ([m]) => {
          loaded = m.default;
          setState('ready');
        },
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
