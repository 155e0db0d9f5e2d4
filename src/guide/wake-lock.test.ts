import { describe, expect, it } from 'vitest';
import { keepAwake, type WakeEnv } from './wake-lock';

/** A fake browser: a wake lock that can be dropped like the browser does when the tab is hidden. */
function fakeEnv(opts: { refuse?: boolean } = {}) {
  const listeners = new Set<() => void>();
  const locks: { released: boolean; release: () => Promise<void>; addEventListener: (t: string, f: () => void) => void; drop: () => void }[] = [];
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_t: string, f: () => void) => listeners.add(f),
    removeEventListener: (_t: string, f: () => void) => listeners.delete(f),
  };
  const wakeLock = {
    request: async () => {
      if (opts.refuse) throw new DOMException('battery saver', 'NotAllowedError');
      const onRelease: (() => void)[] = [];
      const lock = {
        released: false,
        release: async () => lock.drop(),
        addEventListener: (_t: string, f: () => void) => void onRelease.push(f),
        drop: () => {
          if (lock.released) return;
          lock.released = true;
          onRelease.forEach((f) => f());
        },
      };
      locks.push(lock);
      return lock as unknown as WakeLockSentinel;
    },
  };
  const env = { wakeLock, document: doc } as unknown as WakeEnv;
  const setVisible = (visible: boolean) => {
    doc.visibilityState = visible ? 'visible' : 'hidden';
    listeners.forEach((f) => f());
  };
  return { env, locks, listeners, setVisible };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('keepAwake', () => {
  it('holds a screen lock at once and releases it when stopped', async () => {
    const fake = fakeEnv();
    const heard: boolean[] = [];
    const stop = keepAwake((h) => heard.push(h), fake.env);
    await settle();
    expect(fake.locks).toHaveLength(1);
    expect(heard).toEqual([true]);
    stop();
    expect(fake.locks[0]!.released).toBe(true);
    expect(fake.listeners.size).toBe(0);
    expect(heard.at(-1)).toBe(false);
  });

  it('asks again when the page becomes visible after the browser dropped the lock', async () => {
    const fake = fakeEnv();
    const heard: boolean[] = [];
    const stop = keepAwake((h) => heard.push(h), fake.env);
    await settle();
    fake.locks[0]!.drop();
    fake.setVisible(false);
    await settle();
    expect(fake.locks).toHaveLength(1);
    fake.setVisible(true);
    await settle();
    expect(fake.locks).toHaveLength(2);
    expect(heard).toEqual([true, false, true]);
    stop();
  });

  it('does not ask twice while a lock is held', async () => {
    const fake = fakeEnv();
    const stop = keepAwake(undefined, fake.env);
    await settle();
    fake.setVisible(true);
    await settle();
    expect(fake.locks).toHaveLength(1);
    stop();
  });

  it('stays quiet when the browser refuses or has no wake lock', async () => {
    const refused = fakeEnv({ refuse: true });
    const heard: boolean[] = [];
    keepAwake((h) => heard.push(h), refused.env)();
    await settle();
    expect(heard.includes(true)).toBe(false);
    const none = fakeEnv();
    const stop = keepAwake(undefined, { document: none.env.document });
    expect(none.listeners.size).toBe(0);
    stop();
  });

  it('releases a lock that arrives after the card was closed', async () => {
    const fake = fakeEnv();
    const stop = keepAwake(undefined, fake.env);
    stop();
    await settle();
    expect(fake.locks.every((l) => l.released)).toBe(true);
  });
});
