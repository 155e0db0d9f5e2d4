/**
 * The search box's text and the URL's `q`. A key's text reaches the list after the frame that
 * shows the key in the box (see takeTypedText). Typing writes the URL (for reload and sharing)
 * with history.replaceState: no history step and no hashchange, so a key draws the list once, not
 * once for the URL and once more for the result. A new location from outside (back button, a
 * link) replaces the text.
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

// The list's taking of the text typed in the box, while it waits for the key's frame.
let typing: (() => void) | undefined;

/**
 * Hands the typed text that waits for its frame to the list now. A key's own frame shows only the
 * key in the box; the search and the rows follow in a task right after that frame is painted, once
 * for all keys typed until then. With the search and the first rows in the key's frame, a 4×
 * slowed phone painted a key at 10,000 entries in 48 to 80 ms (p50 and p95), most of it the
 * render and Chromium's layout and paint of the rows; the letter now shows without waiting. A
 * tap and leaving the page take it at once, so the URL they find holds every key.
 */
export function takeTypedText(): void {
  const take = typing;
  typing = undefined;
  take?.();
}

function takeAndWrite(): void {
  takeTypedText();
  writePendingUrl();
}

if (typeof window !== 'undefined') {
  window.addEventListener('click', takeAndWrite, true);
  window.addEventListener('pagehide', takeAndWrite);
}

/** What useTypedQuery gives the list screen. */
export interface TypedQuery {
  /** The text the list shows results for. */
  readonly text: string;
  /** The text the box holds: ahead of `text` by the keys whose frame has not passed yet. */
  readonly box: string;
  /**
   * For the box's input event. `take` runs when the list takes the text, after the key's frame
   * (with the latest text of the keys until then), and gives the URL query that goes with it.
   */
  readonly typed: (value: string, take: (value: string) => URLSearchParams) => void;
}

/** The typed text, the box's text, and what to call with each new text. */
export function useTypedQuery(route: Route): TypedQuery {
  const urlQuery = route.query.get('q') ?? '';
  const [text, setText] = useState(urlQuery);
  // The q this screen wrote or took over last: a route that brings it is not news.
  const written = useRef(urlQuery);
  // Typed into the box, not yet taken by the list.
  const waiting = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Effects run late: by now more keys may have been typed and the URL moved on. Only a URL
    // that is still current and was not written by typing (back button, a link) replaces the box.
    const current = route.query.get('q') ?? '';
    if (current !== (parseHash(typedHash()).query.get('q') ?? '') || current === written.current) return;
    written.current = current;
    waiting.current = undefined;
    setText(current);
  }, [route]);
  const typed = (value: string, take: (value: string) => URLSearchParams) => {
    waiting.current = value;
    // The URL as typing leaves it: when it is another by the time the text is taken, the user
    // went elsewhere meanwhile (Back, a link, another screen), and that wins over the keys.
    const from = typedHash();
    const scheduled = typing !== undefined;
    typing = () => {
      const latest = waiting.current;
      waiting.current = undefined;
      if (latest === undefined || typedHash() !== from) return;
      const params = take(latest);
      setText(latest);
      written.current = params.get('q') ?? '';
      scheduleUrl(href(['list'], params));
    };
    if (!scheduled) void afterPaint().then(takeTypedText);
  };
  return { text, box: waiting.current ?? text, typed };
}

/** The route's query without the typed text and the rows shown: what filters and sort order are read from. */
export function withoutText(query: URLSearchParams): string {
  const rest = new URLSearchParams(query);
  rest.delete('q');
  rest.delete('typing');
  rest.delete('more');
  return rest.toString();
}
