import { href } from '../../app/router';
import { callablePhones, telHref } from '../../directory/phones';
import type { Entry } from '../../directory/types';
import { t } from '../../i18n';
import { Icon } from '../../ui/icons';

/** One action of the bar: where it leads, its icon and its short label key. */
type Action = readonly [link: string, icon: string, key: string];

/**
 * What people open a place for, in one group at the top: call, show it to someone, which way,
 * the map, and German beside the user's language. Map and direction need a point; the card and
 * the side-by-side view work from the text alone. Icon over a short word, so the row wraps
 * cleanly at 320 px and with the largest text.
 */
export function Actions({ entry }: { entry: Entry }) {
  const phone = callablePhones(entry)[0];
  const actions: Action[] = [
    ...(phone ? ([[telHref(phone.number), 'phone', 'detail:quick.call']] as Action[]) : []),
    [href(['card', entry.id]), 'card', 'detail:quick.card'],
    ...(entry.location
      ? ([
          [href(['way', entry.id]), 'compass', 'detail:quick.way'],
          [href(['map'], new URLSearchParams({ focus: entry.id })), 'map', 'detail:quick.map'],
        ] as Action[])
      : []),
    [href(['pair', entry.id]), 'chat', 'detail:quick.pair'],
  ];
  return (
    <nav class="detail-quick" aria-label={t('detail:quick.label')}>
      <ul>
        {actions.map(([link, icon, key]) => (
          <li key={key}>
            <a class={key === 'detail:quick.call' ? 'quick quick-main' : 'quick'} href={link}>
              <Icon name={icon} size={28} />
              <span>{t(key)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
