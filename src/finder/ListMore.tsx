import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * Weaker results (the word only in a description), folded below the strong ones so that a word
 * found in nearly every text does not push the answer away. Open when the filters left no strong one.
 * Folded, its rows are drawn from the first opening on: up to 20 rows nobody sees cost every key.
 */
export function ListMore({ count, open, children }: { count: number; open: boolean; children: ComponentChildren }) {
  // The tap (or Enter) on the summary draws the rows before the box opens, in the same task.
  const [opened, setOpened] = useState(false);
  return (
    <details class="list-weak" open={open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary onClick={() => setOpened(true)}>{t('finder:list.weak', { count })}</summary>
      {(open || opened) && <ul class="entry-list">{children}</ul>}
    </details>
  );
}
