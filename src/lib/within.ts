/**
 * The promise's value if it comes within `ms`, else undefined: for what a screen would like to
 * have at once but must not wait long for. A rejection counts as not come (the caller that needs
 * the reason awaits the promise itself).
 */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    const settle = (value: T | undefined) => {
      clearTimeout(timer);
      resolve(value);
    };
    promise.then(settle, () => settle(undefined));
  });
}
