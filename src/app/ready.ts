/**
 * Readiness, for browser tests and tools: `<main data-ready="#/list?cat=x">` once the screen of
 * that location is drawn and none of its lazy parts (screen chunk, hours module, guide texts, map)
 * is still loading. A test waits for it instead of sleeping. Components report their loading with
 * useLoading; the shell reports each drawn location with useDrawn.
 */
import { useLayoutEffect } from 'preact/hooks';

let pending = 0;
let drawn: string | undefined;
let waiting: (() => void)[] = [];

function update(): void {
  const main = typeof document === 'undefined' ? null : document.getElementById('main');
  if (!main) return;
  if (pending === 0 && drawn !== undefined) main.dataset.ready = drawn;
  else delete main.dataset.ready;
  if (main.dataset.ready !== location.hash) return;
  const run = waiting;
  waiting = [];
  run.forEach((fn) => fn());
}

/** Runs `fn` once the current location is drawn with all its lazy parts (at once if it is). */
export function whenReady(fn: () => void): void {
  waiting.push(fn);
  update();
}

/** Counts a lazy part as loading while `loading` is true (a layout effect: no frame in between). */
export function useLoading(loading: boolean): void {
  useLayoutEffect(() => {
    if (!loading) return;
    pending++;
    update();
    return () => {
      pending--;
      update();
    };
  }, [loading]);
}

/** A screen wrote its own new URL after drawing what it shows (typing): that URL is drawn. */
export function urlMoved(): void {
  drawn = location.hash;
  update();
}

/** The shell, after every render: the current location is drawn. */
export function useDrawn(): void {
  useLayoutEffect(() => {
    drawn = location.hash;
    update();
  });
}
