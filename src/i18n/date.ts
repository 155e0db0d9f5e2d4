import type { Lang } from '../directory/types';
import { currentLang, intlLocale } from './index';

// Kept out of src/i18n/index.ts: only lazily loaded screens format dates, the first screen does not.

/**
 * A date of the data ("2022", "2024-08", "2025-03-03") in the user's language, as precise as it is
 * written, always in the Gregorian calendar with Latin digits: the dates on letters, door signs
 * and sources are in it. Dari's default calendar is the Solar Hijri one, where "2022" would become
 * "1400" beside an "as of 2022" warning (and a bare year spans two Hijri years). Anything that is
 * not such a date is shown as written.
 */
export function formatDate(iso: string, lang: Lang = currentLang()): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : mo
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  const fixed = { ...options, calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' } as const;
  const format = new Intl.DateTimeFormat(intlLocale(lang), fixed);
  if (lang !== 'ar' || !mo) return format.format(date);
  // Arabic readers from Syria and Iraq know the month as «آذار», others as «مارس»: both, as the
  // guide texts write them («آذار/مارس»).
  const levantine = new Intl.DateTimeFormat('ar-SY', { month: 'long', calendar: 'gregory', timeZone: 'UTC' }).format(date);
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'month' && p.value !== levantine ? `${levantine}/${p.value}` : p.value))
    .join('');
}

