/**
 * Keeps the screen on while a show-card is open: the phone is held out to a bus driver or a
 * clerk, and a dark screen in that moment costs the user the conversation.
 */
import { useEffect, useState } from 'preact/hooks';

/** What keepAwake needs from the browser; injectable for tests. */
export interface WakeEnv {
  readonly wakeLock?: Pick<WakeLock, 'request'>;
  readonly document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

function browserEnv(): WakeEnv {
  // Older browsers have no wakeLock; the optional type says so even where lib.dom does not.
  const wakeLock = (navigator as { wakeLock?: WakeLock }).wakeLock;
  return wakeLock ? { wakeLock, document } : { document };
}

/**
 * Asks for a screen wake lock now and again whenever the page becomes visible (the browser drops
 * the lock when the tab is hidden). Returns a function that releases it for good. `onChange`
 * hears whether the lock is held. Refusals (battery saver, no support) are quiet: the card works.
 */
export function keepAwake(onChange: (held: boolean) => void = () => undefined, env: WakeEnv = browserEnv()): () => void {
  const api = env.wakeLock;
  if (!api) return () => undefined;
  let sentinel: WakeLockSentinel | undefined;
  let stopped = false;

  const request = async () => {
    if (stopped || env.document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    try {
      const lock = await api.request('screen');
      if (stopped) {
        void lock.release().catch(() => undefined);
        return;
      }
      sentinel = lock;
      onChange(true);
      lock.addEventListener('release', () => {
        if (sentinel === lock) onChange(false);
      });
    } catch {
      onChange(false);
    }
  };
  const onVisibility = () => void request();

  env.document.addEventListener('visibilitychange', onVisibility);
  void request();
  return () => {
    stopped = true;
    env.document.removeEventListener('visibilitychange', onVisibility);
    const held = sentinel;
    sentinel = undefined;
    if (held && !held.released) void held.release().catch(() => undefined);
    onChange(false);
  };
}

/** Keeps the screen on while `active`; returns whether the lock is held right now. */
export function useWakeLock(active: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => (active ? keepAwake(setHeld) : undefined), [active]);
  return held;
}
