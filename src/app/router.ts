import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routing (#/e/jobcenter-eschwege): every screen has its own URL, the back button works as
 * usual, and the built folder runs on any static host, under any sub-path, without server rules.
 * Offline deep links work because the document itself is always the precached index.html.
 */
export interface Route {
  /** Path segments: "#/e/abc" → ["e", "abc"]; home → []. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

/** Every screen gets the current route (here, not in the route table, so screens do not import the table that imports them). */
export type ScreenProps = { readonly route: Route };

/** Parses a location hash into a route. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { segments, query: new URLSearchParams(query) };
}

/** Which screen a route shows: its path without the query ("list", "e/abc"); typing or a filter keeps it. */
export function screenPath(route: Route): string {
  return route.segments.join('/');
}

/** Builds a link to a screen. */
export function href(segments: readonly string[], query?: URLSearchParams | string): string {
  const q = query ? String(query) : '';
  return `#/${segments.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

/** Goes to a screen; `replace` changes the URL without a new history step (filters, typing). */
export function navigate(link: string, replace = false): void {
  if (replace) history.replaceState(history.state, '', link);
  else location.hash = link.slice(1);
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this effect (a fast tap, a link
    // opened while the app was starting): read it again, or that change is lost.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
