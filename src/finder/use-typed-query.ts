/**
 * The search box's text and the URL's `q`. Typing writes the URL (for reload and sharing) with
 * history.replaceState: no history step and no hashchange, so a key draws the list once, not once
 * for the URL and once more for the result. A new location from outside (back button, a link)
 * replaces the text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { href, parseHash, type Route } from '../app/router';

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
    if (current !== (parseHash(location.hash).query.get('q') ?? '') || current === written.current) return;
    written.current = current;
    setText(current);
  }, [route]);
  const typed = (value: string, params: URLSearchParams) => {
    setText(value);
    written.current = params.get('q') ?? '';
    history.replaceState(history.state, '', href(['list'], params));
  };
  return [text, typed];
}

/** The route's query without the typed text: what filters and sort order are read from. */
export function withoutText(query: URLSearchParams): string {
  const rest = new URLSearchParams(query);
  rest.delete('q');
  rest.delete('typing');
  return rest.toString();
}
