import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * A screen loaded on first use, so the first screen carries none of its code. When its chunk
 * cannot be loaded (offline before the app was fully cached), the user is told, not left waiting.
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (loaded) return;
      load().then(
        (m) => {
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
  };
}
