import type { ComponentType } from 'preact';
import { loadNamespaces, t } from '../i18n';
import { useLoaded } from './loaded';

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
  let pending: Promise<ComponentType<P>> | undefined;
  /** Loads the code and texts once; a failed load (offline, chunk not cached) is tried again by the next mount. */
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= Promise.all([load(), loadNamespaces(namespaces)]).then(
      ([m]) => (loaded = m.default),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function LazyScreen(props: P) {
    const Screen = useLoaded(loaded, start);
    if (Screen === 'failed')
      return (
        <p class="notice notice-warning" role="alert">
          {t('lazyFailed')}
        </p>
      );
    if (!Screen)
      return (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      );
    return <Screen {...props} />;
  }
  /** Loads the code (not the texts) before the first render, so no loading state is drawn. */
  LazyScreen.preload = async () => {
    loaded = (await load()).default;
  };
  return LazyScreen;
}
