import { useEffect, useState } from 'preact/hooks';

/** A tiny observable value: enough state management for an app of a few screens. */
export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** Creates a store holding a plain object. */
export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(patch) {
      value = { ...value, ...patch };
      listeners.forEach((l) => l(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Re-renders the component when the selected part of the store changes. */
export function useStore<T extends object, S>(store: Store<T>, select: (value: T) => S): S {
  const [selected, setSelected] = useState(() => select(store.get()));
  useEffect(() => {
    // Always pass an updater: a selected value that is itself a function (applyUpdate) would
    // otherwise be called by setState as if it were one.
    setSelected(() => select(store.get()));
    return store.subscribe((v) => setSelected(() => select(v)));
    // The selector is expected to be stable in meaning; re-subscribing on every render is wasteful.
  }, [store]);
  return selected;
}
