import { href } from '../../app/router';
import type { Entry } from '../../directory/types';
import { t } from '../../i18n';
import { Icon } from '../../ui/icons';

/**
 * Links to the app's other views of this entry. Map and direction need a point; the show-card
 * and the side-by-side view work from the text alone.
 */
export function Actions({ entry }: { entry: Entry }) {
  const links: [string, string, string][] = [
    ...(entry.location
      ? ([
          [href(['map'], new URLSearchParams({ focus: entry.id })), 'map', 'detail:more.map'],
          [href(['way', entry.id]), 'compass', 'detail:more.way'],
        ] as [string, string, string][])
      : []),
    [href(['card', entry.id]), 'card', 'detail:more.card'],
    [href(['pair', entry.id]), 'chat', 'detail:more.pair'],
  ];
  return (
    <section class="detail-section" aria-labelledby="detail-more">
      <h2 id="detail-more">{t('detail:more.title')}</h2>
      <ul class="detail-actions">
        {links.map(([link, icon, key]) => (
          <li key={key}>
            <a class="button button-secondary" href={link}>
              <Icon name={icon} />
              <span>{t(key)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
