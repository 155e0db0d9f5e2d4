import { intlLocale, t } from '../i18n';
import { app } from './state';
import { useStore } from './store';

/** Formats an ISO date (or year-month / year) for the user's language, no time. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : m
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  // Gregorian calendar and Latin digits in every language: the dates on letters and door signs.
  return new Intl.DateTimeFormat(intlLocale(), { ...options, calendar: 'gregory', numberingSystem: 'latn' }).format(date);
}

/** "Data as of 22 November 2026". */
export function DataAge() {
  const asOf = useStore(app, (s) => s.directory?.asOf);
  if (!asOf) return null;
  return <span class="data-age">{t('data.asOf', { date: formatDate(asOf) })}</span>;
}
