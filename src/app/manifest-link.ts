/**
 * The web app manifest's link, which the built index.html leaves out (scripts/vite-head-links.ts):
 * installing the app needs it, the first screen does not, and the browser fetches the manifest
 * and its icon as soon as it sees the link.
 */

/** The manifest's file name, relative to the app (vite.config.ts writes it under this name). */
export const MANIFEST_FILE = 'manifest.webmanifest';

/** Adds the manifest link to the page's head, once. */
export function linkManifest(doc: Document = document): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_FILE;
  doc.head.append(link);
}
