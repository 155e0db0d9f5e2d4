import type { ComponentChildren } from 'preact';

/**
 * German text inside any page: marked so screen readers pronounce it as German and so it keeps
 * its left-to-right order inside an Arabic or Dari page (house numbers, postcodes, hyphens).
 */
export function German({ children, block }: { children: ComponentChildren; block?: boolean }) {
  return block ? (
    <p lang="de" dir="ltr" class="detail-german">
      {children}
    </p>
  ) : (
    <span lang="de" dir="ltr">
      {children}
    </span>
  );
}

/**
 * A number, time or address piece that must read left to right in every language; `nowrap` for a
 * phone number, which must also never break across lines.
 */
export function Ltr({ children, nowrap }: { children: ComponentChildren; nowrap?: boolean }) {
  return (
    <bdi dir="ltr" class={nowrap ? 'nowrap' : undefined}>
      {children}
    </bdi>
  );
}
