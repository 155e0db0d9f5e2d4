import { useEffect, useReducer, useRef } from 'preact/hooks';

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

/**
 * Re-renders the component when the selected part of the store changes. The selector may close
 * over props: the latest one is kept in a ref, so it is used both when drawing and when the store
 * changes, while the subscription itself is made once per store.
 */
export function useStore<T extends object, S>(store: Store<T>, select: (value: T) => S): S {
  const selected = select(store.get());
  const latest = useRef({ select, selected });
  latest.current = { select, selected };
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const check = (value: T) => {
      if (!Object.is(latest.current.select(value), latest.current.selected)) rerender(undefined);
    };
    // The store may have changed between drawing and subscribing.
    check(store.get());
    return store.subscribe(check);
  }, [store]);
  return selected;
}
