import type { Entry, Lang } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { hoursBadge } from './list-hours';
import type { HoursModule } from './use-hours';

/**
 * "Open now, until 16:00" and its siblings. Without known hours it says so at once; otherwise it
 * waits for the lazily loaded hours module and shows nothing until then.
 */
export function HoursBadge({ entry, hours, now, lang }: { entry: Entry; hours: HoursModule | undefined; now: Date; lang: Lang }) {
  let badge: { tone: string; text: string } | undefined;
  if (!entry.openingHours) badge = { tone: 'unknown', text: t('finder:hours.unknown') };
  else if (hours) badge = hoursBadge(hours.hoursState(entry.openingHours, now), now, lang, hours);
  if (!badge) return null;
  return (
    <span class={`hours-badge hours-${badge.tone}`}>
      <Icon name="clock" size={18} />
      <span>{badge.text}</span>
    </span>
  );
}
