/**
 * Line icons from one precached sprite (public/icons/sprite.svg), so icon drawings cost no
 * JavaScript on the first screen. Names are data: categories in the region file refer to them;
 * a test checks that every category's icon exists in the sprite.
 */
export function Icon({ name, size = 24, class: className }: { name: string; size?: number; class?: string }) {
  // Decorative: every icon in the app stands beside its text label.
  return (
    <svg class={className ? `icon ${className}` : 'icon'} width={size} height={size} aria-hidden="true" focusable="false">
      <use href={`icons/sprite.svg#${name}`} />
    </svg>
  );
}
