/**
 * Line icons from one precached sprite (public/icons/sprite.svg), so icon drawings cost no
 * JavaScript on the first screen. Names are data: categories in the region file refer to them;
 * a test checks that every category's icon exists in the sprite.
 */

/** The sprite file, relative to the app (precached). */
export const SPRITE_URL = 'icons/sprite.svg';

/** Where a name's drawing is: the sprite file at first, the sprite's copy in the page once there (sprite.ts). */
let drawing = `${SPRITE_URL}#`;

/**
 * Until the first screen is on screen its icons are drawn empty (same size, nothing moves), so
 * the sprite's fetch does not share the line with the first screen's files: its text is what a
 * person waits for, the icons stand beside it.
 */
let held = true;

/** Draws the icons held back so far, and every later one at once (main.tsx, after the first screen is shown). */
export function showIcons(doc: Document = document): void {
  held = false;
  for (const use of Array.from(doc.querySelectorAll<SVGUseElement>('use[data-icon]'))) {
    use.setAttribute('href', drawing + (use.dataset.icon ?? ''));
  }
}

/** Icons drawn from now on use the copy of the sprite in this page, its symbols named `${prefix}name`. */
export function drawIconsFromPage(prefix: string): void {
  drawing = `#${prefix}`;
}

export function Icon({ name, size = 24, class: className }: { name: string; size?: number; class?: string }) {
  // Decorative: every icon in the app stands beside its text label.
  return (
    <svg class={className ? `icon ${className}` : 'icon'} width={size} height={size} aria-hidden="true" focusable="false">
      {held ? <use data-icon={name} /> : <use href={drawing + name} />}
    </svg>
  );
}
