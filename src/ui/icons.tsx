/**
 * Simple line icons (24×24, stroke = currentColor), drawn for this app. Names are data: categories
 * in the region file refer to them, so a new category only needs a name from this table.
 */
const PATHS: Readonly<Record<string, string>> = {
  passport: 'M6 3h12v18H6z M12 8.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5 M9 17h6',
  briefcase: 'M3 8h18v11H3z M9 8V5h6v3 M3 13h18',
  ukraine: 'M4 5h16v7H4z M4 12h16v7H4z M4 5v14',
  book: 'M4 5c3-1 6-1 8 1c2-2 5-2 8-1v14c-3-1-6-1-8 1c-2-2-5-2-8-1z M12 6v14',
  house: 'M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6',
  hands: 'M8 12l3-3 3 3 M4 14l4-4 M20 14l-4-4 M6 16l6 4 6-4',
  health: 'M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6z',
  faith: 'M12 3v18 M7 8h10 M5 21h14',
  chat: 'M4 5h16v11H9l-5 4z M8 9h8 M8 12h5',
  basket: 'M3 10h18l-2 10H5z M8 10l4-6 4 6',
  siren: 'M7 18v-6a5 5 0 0 1 10 0v6 M5 18h14v3H5z M12 3v2 M4 7l1.5 1 M20 7l-1.5 1',
  townhall: 'M3 9l9-5 9 5 M5 10v9 M9.5 10v9 M14.5 10v9 M19 10v9 M3 20h18',
  home: 'M3 11l9-7 9 7 M5 10v10h14V10',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13 M15.5 15.5L20 20',
  map: 'M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z M9 4v14 M15 6v14',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  settings: 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6 M12 2v3 M12 19v3 M2 12h3 M19 12h3 M5 5l2 2 M17 17l2 2 M5 19l2-2 M17 7l2-2',
  phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2',
  back: 'M15 5l-7 7 7 7',
  globe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  mail: 'M3 6h18v12H3z M3 6l9 7 9-7',
  web: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  pin: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z M12 6.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5',
  clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M12 7v5l3 2',
  share: 'M18 3a3 3 0 1 0 0 6a3 3 0 1 0 0-6 M6 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6 M18 15a3 3 0 1 0 0 6a3 3 0 1 0 0-6 M8.6 13.5l6.8 4 M15.4 6.5l-6.8 4',
  copy: 'M8 8h12v12H8z M4 4h12v3 M4 4v12h3',
  card: 'M3 5h18v14H3z M7 10h10 M7 14h6',
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M12 11v6 M12 7.5v.5',
  offline: 'M3 3l18 18 M8.5 16.5a5 5 0 0 1 7 0 M5 12.5a10 10 0 0 1 4-2.3 M12 19.5v.5',
  close: 'M6 6l12 12 M18 6L6 18',
  check: 'M5 12l5 5 9-10',
  list: 'M8 6h13 M8 12h13 M8 18h13 M3 6h1 M3 12h1 M3 18h1',
  book2: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3z M5 17a3 3 0 0 1 3-3h11',
  compass: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M15.5 8.5l-2 5-5 2 2-5z',
  lock: 'M5 11h14v10H5z M8 11V7a4 4 0 0 1 8 0v4',
};

/** Names of all icons. */
export const ICON_NAMES: readonly string[] = Object.keys(PATHS);

/** An icon; decorative (aria-hidden) because every icon in the app stands beside its label. */
export function Icon({ name, size = 24, class: className }: { name: string; size?: number; class?: string }) {
  return (
    <svg
      class={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name] ?? PATHS.info} />
    </svg>
  );
}
