import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

/**
 * "Also near you": the nearest places in other towns when the home town has none. The rows are the
 * list's own (distances from the town's centre), so they look and behave as every other result.
 */
export function AlsoNear({ town, children }: { town: string; children: ComponentChildren }) {
  return (
    <section class="list-nearby" aria-labelledby="list-nearby">
      <h2 id="list-nearby">{t('finder:nearby.title')}</h2>
      <p>{t('finder:nearby.lead', { town })}</p>
      <ul class="entry-list" aria-labelledby="list-nearby">
        {children}
      </ul>
    </section>
  );
}
