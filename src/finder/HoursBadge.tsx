import { app } from '../app/state';
import { useStore } from '../app/store';
import { callablePhones } from '../directory/phones';
import type { Directory, Entry, Lang, Phone } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { alwaysReachable } from './emergency-model';
import { hoursBadge, type HoursBadgeText } from './list-hours';
import type { HoursModule } from './use-hours';

// Per entry: the always-answered number (per directory) and the badge (per minute and language),
// so drawing a row again does not parse its phones and hours again.
const phoneCache = new WeakMap<Entry, { directory: Directory; phone: Phone | undefined }>();
const badgeCache = new WeakMap<Entry, { at: number; lang: Lang; hours: HoursModule; badge: HoursBadgeText }>();

function alwaysPhone(directory: Directory, entry: Entry): Phone | undefined {
  const hit = phoneCache.get(entry);
  if (hit?.directory === directory) return hit.phone;
  const phone = entry.openingHours?.trim() !== '24/7' ? callablePhones(entry).find((p) => alwaysReachable(directory).has(p.number)) : undefined;
  phoneCache.set(entry, { directory, phone });
  return phone;
}

function badgeOf(entry: Entry, hours: HoursModule, now: Date, lang: Lang): HoursBadgeText {
  const hit = badgeCache.get(entry);
  if (hit?.at === now.getTime() && hit.lang === lang && hit.hours === hours) return hit.badge;
  const badge = hoursBadge(hours.hoursState(entry.openingHours, now), now, lang, hours);
  badgeCache.set(entry, { at: now.getTime(), lang, hours, badge });
  return badge;
}

/**
 * "Open now, until 16:00" and its siblings. Without known hours it says so at once; otherwise it
 * waits for the lazily loaded hours module and shows nothing until then. When the entry's number
 * is always answered (116 117 for the on-call practice), that comes first: a practice closed until
 * Wednesday must not read as "no doctor until Wednesday".
 */
export function HoursBadge({ entry, hours, now, lang }: { entry: Entry; hours: HoursModule | undefined; now: Date; lang: Lang }) {
  const directory = useStore(app, (s) => s.directory);
  const always = directory ? alwaysPhone(directory, entry) : undefined;
  let badge: HoursBadgeText | undefined;
  if (!entry.openingHours) badge = { tone: 'unknown', text: t('finder:hours.unknown') };
  else if (hours) badge = badgeOf(entry, hours, now, lang);
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
