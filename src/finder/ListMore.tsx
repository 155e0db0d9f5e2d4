import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

/**
 * Weaker results (the word only in a description), folded below the strong ones so that a word
 * found in nearly every text does not push the answer away. Open when the filters left no strong one.
 */
export function ListMore({ count, open, children }: { count: number; open: boolean; children: ComponentChildren }) {
  return (
    <details class="list-weak" open={open}>
      <summary>{t('finder:list.weak', { count })}</summary>
      <ul class="entry-list">{children}</ul>
    </details>
  );
}
