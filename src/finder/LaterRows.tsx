import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '../app/after-paint';
import { useLoading } from '../app/ready';
import type { ListItem } from './list-model';

/** Rows drawn in the frame a key causes; the rest of the page follows in the frame after it. */
export const FIRST_ROWS = 5;

/**
 * The rows of a list. In a render caused by a key (`split`), only the first FIRST_ROWS are drawn,
 * enough to fill a phone's screen below the search box, and the others right after that frame is
 * painted: a key's paint waited for all 20 rows (about a third of it at 4× CPU). Every other render
 * (Back, "show more", a filter) draws all at once, so a restored position or a row scrolled to is
 * never missing. The screen is not reported ready (ready.ts) while rows are still to come.
 */
export function LaterRows({ items, split, draw }: { items: readonly ListItem[]; split: boolean; draw: (item: ListItem) => VNode }) {
  // The items whose rest is drawn: when it is these, the whole page is shown.
  const [whole, setWhole] = useState<readonly ListItem[] | undefined>(undefined);
  const cut = split && whole !== items && items.length > FIRST_ROWS;
  useLoading(cut);
  useEffect(() => {
    if (!cut) return;
    let live = true;
    void afterPaint().then(() => live && setWhole(items));
    return () => {
      live = false;
    };
  }, [items, cut]);
  return <>{(cut ? items.slice(0, FIRST_ROWS) : items).map(draw)}</>;
}
