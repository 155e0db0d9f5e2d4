// Unit tests render screens directly, not through the lazy loader that brings each screen's
// texts: let i18next load every namespace.
import { wantAllNamespaces } from '../../src/i18n';

wantAllNamespaces();

// Unit tests have no server. Without this, a screen asking for one of the app's files (the guide,
// the page index) made happy-dom open a connection that failed some milliseconds later, at a
// moment that varied from run to run (once inside what a test counted), and printed
// "ECONNREFUSED" into the test output. Now such a request fails at once, the same way every run;
// a test that needs a file stubs fetch itself (vi.stubGlobal), which replaces this.
const fetchOutside = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin === location.origin) return Promise.reject(new TypeError(`no server in unit tests: ${url.pathname}`));
  return fetchOutside(input, init);
};
