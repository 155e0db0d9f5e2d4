import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '../app/after-paint';
import { useLoading } from '../app/ready';
import type { ListItem } from './list-model';

/**
 * Rows drawn in the frame a key causes: those that can show below the search box on this screen;
 * the rest of the page follows in the frame after it. On a phone of 360 × 740 px the box, the
 * filters, the sort buttons and the count end 395 px down and the first key's rows were 180 to
 * 281 px high, so two show. Five were drawn, and the three out of sight made the first key's
 * frame about a fifth longer at 4× CPU (a trace of 8 queries: 25–27 against 32–33 ms, median). A
 * wider window, where the rows are lower, gets its missing rows one frame later. At least 2, at
 * most 5.
 */
export function firstRows(height: number = typeof innerHeight === 'number' ? innerHeight : 0): number {
  return Math.min(5, Math.max(2, Math.ceil((height - SEARCH_AREA_PX) / ROW_PX)));
}
// Measured at 360 px wide with the standard text size: where the rows begin, the lowest row.
const SEARCH_AREA_PX = 395;
const ROW_PX = 180;

/**
 * The rows of a list. In a render caused by a key (`split`), only the first firstRows() are drawn,
 * enough to fill a phone's screen below the search box, and the others right after that frame is
 * painted: a key's paint waited for all 20 rows (about a third of it at 4× CPU). Every other render
 * (Back, "show more", a filter) draws all at once, so a restored position or a row scrolled to is
 * never missing. The screen is not reported ready (ready.ts) while rows are still to come.
 */
export function LaterRows({ items, split, draw }: { items: readonly ListItem[]; split: boolean; draw: (item: ListItem) => VNode }) {
  // The items whose rest is drawn: when it is these, the whole page is shown.
  const [whole, setWhole] = useState<readonly ListItem[] | undefined>(undefined);
  const first = firstRows();
  const cut = split && whole !== items && items.length > first;
  useLoading(cut);
  useEffect(() => {
    if (!cut) return;
    let live = true;
    void afterPaint().then(() => live && setWhole(items));
    return () => {
      live = false;
    };
  }, [items, cut]);
  return <>{(cut ? items.slice(0, first) : items).map(draw)}</>;
}
