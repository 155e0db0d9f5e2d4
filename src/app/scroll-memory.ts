/**
 * Back returns to where the user was: every history entry of the app gets a key (in
 * history.state) and the scroll position it was left at, kept in sessionStorage so a reload
 * keeps them too. Screens are drawn lazily, so a position is restored once the screen reports
 * itself drawn (ready.ts); the browser's own restoration would scroll a half-drawn page.
 */
import { whenReady } from './ready';

/** What the app keeps in history.state: the entry's key and how many app entries lie before it. */
export interface EntryState {
  readonly k: string;
  readonly d: number;
}

/** The app's entry state in a history state, if the app set one there. */
export function readEntry(state: unknown): EntryState | undefined {
  const s = state as Partial<EntryState> | null;
  return s && typeof s.k === 'string' && typeof s.d === 'number' ? { k: s.k, d: s.d } : undefined;
}

/** Positions by entry key, with `key` at `y` as the newest; only the newest `limit` are kept. */
export function remember(positions: Readonly<Record<string, number>>, key: string, y: number, limit = 50): Record<string, number> {
  const next = { ...positions };
  delete next[key];
  next[key] = Math.round(y);
  // Keys start with a letter, so the object keeps them in insertion order: oldest first.
  Object.keys(next)
    .slice(0, -limit)
    .forEach((k) => delete next[k]);
  return next;
}

const STORE = 'wegweiser.scroll';
let current: EntryState | undefined;
let restoreTo: number | undefined;
let positions: Record<string, number> = {};

function persist(): void {
  try {
    sessionStorage.setItem(STORE, JSON.stringify(positions));
  } catch {
    // No session storage (private mode): positions live as long as the page.
  }
}

function leave(): void {
  if (current) positions = remember(positions, current.k, window.scrollY);
  persist();
}

/**
 * Names the entry the browser is on now and remembers where the previous one was left; on a
 * new entry the count of app entries before it grows by one. Called at start and on every
 * history step, before the new screen is drawn, so scrollY is still the old screen's.
 */
export function enterEntry(): void {
  const known = readEntry(history.state);
  if (known && known.k === current?.k) return;
  leave();
  if (known) {
    current = known;
    restoreTo = positions[known.k];
  } else {
    current = { k: `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, d: current ? current.d + 1 : 0 };
    history.replaceState({ ...(history.state as object | null), ...current }, '');
    restoreTo = undefined;
  }
}

/** How many app screens lie before this one in the tab's history (0 on the first of a session). */
export function depth(): number {
  return current?.d ?? 0;
}

/**
 * After a screen change: back to where this entry was left, or to the top of a new one. The
 * position waits until the screen is drawn with all its parts, and holds for this entry only: a
 * screen opened meanwhile (a tap right after a restart, before the page's last part came) was
 * scrolled to the left page's position when it became ready.
 */
export function settleScroll(): void {
  const y = restoreTo;
  restoreTo = undefined;
  if (y === undefined) window.scrollTo(0, 0);
  else {
    const entry = current;
    whenReady(() => {
      if (current === entry) window.scrollTo(0, y);
    });
  }
}

/** Starts the memory: the browser must not restore positions itself on a half-drawn screen. */
export function startScrollMemory(): void {
  try {
    positions = JSON.parse(sessionStorage.getItem(STORE) ?? '{}') as Record<string, number>;
  } catch {
    positions = {};
  }
  history.scrollRestoration = 'manual';
  enterEntry();
  // Before the router hears of the change (it redraws at once): popstate comes first on every
  // step through the history, the hash change (listened to in the capture phase) covers the rest.
  window.addEventListener('popstate', enterEntry);
  window.addEventListener('hashchange', enterEntry, true);
  window.addEventListener('pagehide', leave);
}
