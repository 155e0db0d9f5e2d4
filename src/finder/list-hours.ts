/**
 * The opening-hours badge of a row: "open now, until 16:00", "opens today at 08:00", "closed now,
 * opens tomorrow at 08:00", "hours not known". The hours module is heavy, so it is passed in once it has loaded.
 */
import type { HoursState } from '../directory/hours';
import type { Lang } from '../directory/types';
import { t } from '../i18n';

/** What the badge says and how it looks. */
export interface HoursBadgeText {
  readonly tone: 'open' | 'closed' | 'unknown';
  readonly text: string;
}

/** The parts of the hours module the badge needs (typed so tests can pass the real module). */
export interface HoursFormatting {
  formatTime(date: Date, lang: Lang): string;
  formatWeekday(date: Date, lang: Lang, width?: 'long' | 'short'): string;
}

/** The badge for an hours state at `now`, in the current UI language with 24-hour times. */
export function hoursBadge(state: HoursState, now: Date, lang: Lang, fmt: HoursFormatting): HoursBadgeText {
  if (state.kind === 'unknown') return { tone: 'unknown', text: t('finder:hours.unknown') };
  // Open since the start of an open end; whether it is still open late in the evening nobody knows.
  if (state.kind === 'openEnd') return { tone: 'unknown', text: t('finder:hours.openEnd', { time: fmt.formatTime(state.since, lang) }) };
  if (state.kind === 'open') {
    const until = state.closesAt;
    if (!until) return { tone: 'open', text: t('finder:hours.openAlways') };
    // Past midnight "until 02:00" alone would read as today's 02:00.
    const key = sameDay(until, now) ? 'finder:hours.openUntil' : 'finder:hours.openUntilDay';
    return { tone: 'open', text: t(key, { time: fmt.formatTime(until, lang), day: fmt.formatWeekday(until, lang) }) };
  }
  const at = state.opensAt;
  if (at && state.opensToday) return { tone: 'closed', text: t('finder:hours.opensToday', { time: fmt.formatTime(at, lang) }) };
  // After closing time it was open today: "closed today" would read as "it never opened".
  const today = state.holiday
    ? t('finder:hours.closedHoliday')
    : state.openedToday
      ? t('finder:hours.closedNow')
      : t('finder:hours.closedToday');
  if (!at) return { tone: 'closed', text: today };
  const tomorrow = sameDay(at, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  const next = tomorrow
    ? t('finder:hours.opensTomorrow', { time: fmt.formatTime(at, lang) })
    : t('finder:hours.opensOn', { day: fmt.formatWeekday(at, lang), time: fmt.formatTime(at, lang) });
  return { tone: 'closed', text: t('finder:hours.closedThen', { closed: today, next }) };
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
