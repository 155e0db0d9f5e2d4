/**
 * The content of a marker's popup, built as DOM nodes with textContent: names and labels come
 * from data, so nothing is ever parsed as HTML. No Leaflet here, so it is tested in happy-dom.
 */
import type { Category, Lang } from '../directory/types';
import type { LocatedEntry, Place } from './places';

/** What a popup needs from the screen: words in the user's language and the current state. */
export interface PopupContext {
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  readonly categories: readonly Category[];
  /** Open now? undefined when not known (no hours, or hours not loaded). */
  readonly isOpen: (entry: LocatedEntry) => boolean | undefined;
  /** Link to the entry's detail screen. */
  readonly detailHref: (id: string) => string;
  /** Translated texts: open, closed, hoursUnknown, details, approximate. */
  readonly text: (key: 'open' | 'closed' | 'hoursUnknown' | 'details' | 'approximate') => string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function entryBlock(entry: LocatedEntry, ctx: PopupContext): HTMLElement {
  const block = el('section', 'map-popup-entry');
  block.dataset.id = entry.id;
  // The official name stays German, also inside an Arabic or Dari page: isolated as LTR so
  // "e.V." keeps its dot, while the line itself aligns with the popup's direction.
  const name = el('span', '', entry.name);
  name.lang = 'de';
  name.dir = 'ltr';
  const line = el('p', 'map-popup-name');
  line.append(name);
  block.append(line);

  const category = ctx.categories.find((c) => c.id === entry.category);
  if (category) {
    const label = el('p', 'map-popup-category');
    const dot = el('span', 'map-dot');
    dot.style.setProperty('--dot', category.color);
    label.append(dot, document.createTextNode(category.label[ctx.lang]));
    block.append(label);
  }

  const open = ctx.isOpen(entry);
  const state = open === undefined ? 'hoursUnknown' : open ? 'open' : 'closed';
  block.append(el('p', `map-popup-hours map-popup-${state}`, ctx.text(state)));

  if (entry.location.precision === 'town') block.append(el('p', 'map-popup-approx', ctx.text('approximate')));

  const link = el('a', 'map-popup-link', ctx.text('details'));
  link.href = ctx.detailHref(entry.id);
  block.append(link);
  return block;
}

/**
 * The popup for a place: every entry there, each with its category, open state and a link. A
 * focused entry (the map opened for it) comes first and is marked, so on a stacked point the
 * popup shows the entry the user asked for, not whichever came first in the data.
 */
export function popupContent(place: Place, ctx: PopupContext, focusId?: string): HTMLElement {
  const root = el('div', 'map-popup');
  root.lang = ctx.lang;
  root.dir = ctx.dir;
  const focused = place.entries.filter((e) => e.id === focusId);
  const entries = [...focused, ...place.entries.filter((e) => e.id !== focusId)];
  root.append(
    ...entries.map((entry) => {
      const block = entryBlock(entry, ctx);
      if (entry.id === focusId) block.classList.add('map-popup-focus');
      return block;
    }),
  );
  return root;
}
