import type { Directory } from './types';

/**
 * A value derived from a directory, made on first use and kept while that directory lives: lists,
 * counts and lookups that a screen asks for on every render, where reading 10,000 entries each
 * time would cost a key's time on an old phone. New data is a new directory, so nothing goes stale.
 */
export function perDirectory<T>(make: (directory: Directory) => T): (directory: Directory) => T {
  const made = new WeakMap<Directory, T>();
  return (directory) => {
    if (made.has(directory)) return made.get(directory) as T;
    const value = make(directory);
    made.set(directory, value);
    return value;
  };
}
