/**
 * Copies the icon sprite into the page once the first screen is drawn. An icon that points into
 * the sprite file makes Chromium keep that file as a document of its own, and under memory
 * pressure (10,000 entries) it dropped and fetched and parsed it again after every key that drew
 * new rows: a task of 11–16 ms at 4× CPU, often before the key's paint, and one more document
 * each time. Icons drawn before the copy keep pointing at the file (they are already drawn).
 */
import { SPRITE_URL, drawIconsFromPage } from './icons';

/** Symbol ids in the page get this prefix: the sprite's "map" or "search" would clash with the app's own ids. */
export const ICON_ID_PREFIX = 'icon-';

/** Fetches the sprite (precached) and puts its symbols into the page; on any failure icons keep using the file. */
export async function copySpriteIntoPage(doc: Document = document): Promise<boolean> {
  // Once is enough (the steps after the start may run again after a failure).
  if (doc.querySelector('svg.icon-sprite')) return true;
  try {
    const res = await fetch(new URL(SPRITE_URL, doc.baseURI));
    if (!res.ok) return false;
    const parsed = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
    const sprite = parsed.documentElement;
    if (sprite.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return false;
    for (const symbol of Array.from(sprite.querySelectorAll('symbol[id]'))) symbol.id = ICON_ID_PREFIX + symbol.id;
    const copy = doc.importNode(sprite, true);
    copy.setAttribute('class', 'icon-sprite');
    copy.setAttribute('aria-hidden', 'true');
    copy.setAttribute('focusable', 'false');
    copy.setAttribute('width', '0');
    copy.setAttribute('height', '0');
    // Out of the flow without a style sheet rule (the first screen's CSS is at its budget).
    copy.style.position = 'absolute';
    doc.body.prepend(copy);
    drawIconsFromPage(ICON_ID_PREFIX);
    return true;
  } catch {
    return false;
  }
}
