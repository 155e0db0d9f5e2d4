/**
 * The search box's text and the URL's `q`. Typing writes the URL (for reload and sharing) with
 * history.replaceState: no history step and no hashchange, so a key draws the list once, not once
 * for the URL and once more for the result. A new location from outside (back button, a link)
 * replaces the text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { afterPaint } from '../app/after-paint';
import { urlMoved } from '../app/ready';
import { href, parseHash, type Route } from '../app/router';

// history.replaceState costs a 4× slowed phone about 8 ms per key (a CPU profile of the keystroke
// benchmark): the URL is written after the frame that shows the key, once for all keys typed
// until then. A tap lands after it (the click is written first), and so does a reload.
let pending: { readonly link: string; readonly from: string } | undefined;

/** Writes the typed text's URL now, unless the location moved meanwhile (a filter, Back): that wins. */
export function writePendingUrl(): void {
  const write = pending;
  pending = undefined;
  if (!write || location.hash !== write.from) return;
  history.replaceState(history.state, '', write.link);
  urlMoved();
}

/** The URL as it stands once a pending write is done: what typing has made of the current one. */
function typedHash(): string {
  return pending && location.hash === pending.from ? pending.link : location.hash;
}

function scheduleUrl(link: string): void {
  const scheduled = pending !== undefined;
  // Keys since the last write replace its text; after a move elsewhere (Back) the write starts anew.
  pending = { link, from: pending && location.hash === pending.from ? pending.from : location.hash };
  if (!scheduled) void afterPaint().then(writePendingUrl);
}

if (typeof window !== 'undefined') {
  window.addEventListener('click', writePendingUrl, true);
  window.addEventListener('pagehide', writePendingUrl);
}

/** The typed text, and what to call with each new text and the URL query that goes with it. */
export function useTypedQuery(route: Route): [string, (value: string, params: URLSearchParams) => void] {
  const urlQuery = route.query.get('q') ?? '';
  const [text, setText] = useState(urlQuery);
  // The q this screen wrote or took over last: a route that brings it is not news.
  const written = useRef(urlQuery);
  useEffect(() => {
    // Effects run late: by now more keys may have been typed and the URL moved on. Only a URL
    // that is still current and was not written by typing (back button, a link) replaces the box.
    const current = route.query.get('q') ?? '';
    if (current !== (parseHash(typedHash()).query.get('q') ?? '') || current === written.current) return;
    written.current = current;
    setText(current);
  }, [route]);
  const typed = (value: string, params: URLSearchParams) => {
    setText(value);
    written.current = params.get('q') ?? '';
    scheduleUrl(href(['list'], params));
  };
  return [text, typed];
}

/** The route's query without the typed text and the rows shown: what filters and sort order are read from. */
export function withoutText(query: URLSearchParams): string {
  const rest = new URLSearchParams(query);
  rest.delete('q');
  rest.delete('typing');
  rest.delete('more');
  return rest.toString();
}
