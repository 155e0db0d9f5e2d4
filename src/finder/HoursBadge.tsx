import { app } from '../app/state';
import { useStore } from '../app/store';
import { callablePhones } from '../directory/phones';
import type { Entry, Lang } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { alwaysReachable } from './emergency-model';
import { hoursBadge } from './list-hours';
import type { HoursModule } from './use-hours';

/**
 * "Open now, until 16:00" and its siblings. Without known hours it says so at once; otherwise it
 * waits for the lazily loaded hours module and shows nothing until then. When the entry's number
 * is always answered (116 117 for the on-call practice), that comes first: a practice closed until
 * Wednesday must not read as "no doctor until Wednesday".
 */
export function HoursBadge({ entry, hours, now, lang }: { entry: Entry; hours: HoursModule | undefined; now: Date; lang: Lang }) {
  const directory = useStore(app, (s) => s.directory);
  const always =
    directory && entry.openingHours?.trim() !== '24/7'
      ? callablePhones(entry).find((p) => alwaysReachable(directory).has(p.number))
      : undefined;
  let badge: { tone: string; text: string } | undefined;
  if (!entry.openingHours) badge = { tone: 'unknown', text: t('finder:hours.unknown') };
  else if (hours) badge = hoursBadge(hours.hoursState(entry.openingHours, now), now, lang, hours);
  return (
    <>
      {always && (
        <span class="hours-badge hours-open hours-phone">
          <Icon name="phone" size={18} />
          <span>
            <span class="hours-number" dir="ltr">
              {always.number}
            </span>{' '}
            {t('finder:hours.phoneAlways')}
          </span>
        </span>
      )}
      {badge && (
        <span class={`hours-badge hours-${badge.tone}`}>
          <Icon name="clock" size={18} />
          <span>{badge.text}</span>
        </span>
      )}
    </>
  );
}
