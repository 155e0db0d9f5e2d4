/**
 * Times and weekday names for opening hours, in every app language with Latin digits, without
 * Intl.DateTimeFormat. A page's first Intl.DateTimeFormat, ListFormat or DisplayNames loads the
 * engine's locale data (120–340 ms at 4× CPU in Chromium, timed in a blank page; Collator and
 * PluralRules do not share it); a DateTimeFormat then adds its own calendar and time-zone data
 * (10–60 ms at 4×). The badges made one in the render of the first rows, so the first key typed in
 * the search paid both. The table below is what CLDR says for these four languages, the same on
 * every phone, where an old WebView's own data may differ; the towns an office serves are joined
 * from a table too (src/i18n/list.ts).
 */
import type { Lang } from './types';

type Week = readonly [string, string, string, string, string, string, string];

/**
 * Weekday names, Sunday first (Date.getDay()), as CLDR 48 writes them (Intl.DateTimeFormat with
 * { weekday: 'long' | 'short' } in Node 20's ICU 78; hours.test.ts compares them with Intl).
 * Arabic and Dari have no shorter form. "سه‌شنبه" holds a zero-width non-joiner, as Dari writes it.
 */
const AR: Week = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const FA: Week = ['یکشنبه', 'دوشنبه', 'سه\u200cشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];

const WEEKDAYS: Readonly<Record<Lang, { readonly long: Week; readonly short: Week }>> = {
  de: {
    long: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    short: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  },
  uk: {
    long: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
    short: ['нд', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  },
  ar: { long: AR, short: AR },
  'fa-AF': { long: FA, short: FA },
};

/** Weekday name in the app language ("Montag", "понеділок", "الاثنين", "دوشنبه"), in the device's time zone. */
export function formatWeekday(date: Date, lang: Lang, width: 'long' | 'short' = 'long'): string {
  return WEEKDAYS[lang][width][date.getDay()] ?? '';
}

const two = (n: number) => String(n).padStart(2, '0');

/** "08:05": the hours' one way to write a time of day (the badges and the week view), in the device's time zone. */
export function clockTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * 24-hour time with Latin digits ("08:00") in every language, in the device's time zone. Intl
 * gives Latin digits for "ar" in current engines (older Android WebViews gave Arabic-Indic) and
 * Extended Arabic-Indic (۰۸:۰۰) for "fa-AF"; the office's door sign, its phone numbers and the
 * letters people receive all use 0-9, so one set of digits makes them easy to compare.
 */
export function formatTime(date: Date, _lang: Lang): string {
  return clockTime(date);
}
