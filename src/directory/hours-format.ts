/** Times and weekday names for opening hours, in every app language with Latin digits. */
import type { Lang } from './types';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates and times are written with Latin digits in every language. Intl gives Latin digits for
 * "ar" in current engines (older Android WebViews gave Arabic-Indic) and Extended Arabic-Indic
 * (۰۸:۰۰) for "fa-AF"; the office's door sign, its phone numbers and the letters people receive
 * all use 0-9, so one set of digits makes them easy to compare. Month and weekday names stay local.
 */
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...options, numberingSystem: 'latn' });
    formats.set(key, f);
  }
  return f;
}

/** Weekday name in the app language ("Montag", "понеділок", "الاثنين", "دوشنبه"). */
export function formatWeekday(date: Date, lang: Lang, width: 'long' | 'short' = 'long'): string {
  return format(lang, { weekday: width }).format(date);
}

/** 24-hour time with Latin digits ("08:00") in every app language. */
export function formatTime(date: Date, lang: Lang): string {
  return format(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}
