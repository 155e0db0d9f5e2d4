/**
 * Opening hours as short plain text, for the week view and the shared message. Pure: weekday
 * names come in as a function, so this file does not pull in the heavy hours module.
 */
import type { DaySchedule, TimeRange } from '../../directory/hours';
import { ltrIsolate } from './format';

/** How an open end is written in the reader's language: "ab 14:00 Uhr", "з 14:00". */
export type OpenEndText = (from: string) => string;

/**
 * "08:00–12:00, 13:00–16:00"; an uncertain range gets a question mark. An open end ("14:00+")
 * comes from the library as a range to midnight whose end it guessed: written "from 14:00"
 * (`openEnd`), never "14:00–?", which nobody understands.
 */
export function rangesText(ranges: readonly TimeRange[], openEnd: OpenEndText, isolate = (time: string) => time): string {
  return ranges
    .map((r) => (r.openEnd ? openEnd(isolate(r.from)) : isolate(r.uncertain ? `${r.from}–${r.to} ?` : `${r.from}–${r.to}`)))
    .join(', ');
}

/**
 * Whether a comment of the hours library is the data's own text (quoted in the spec, in German)
 * rather than one the library adds in English, such as its note on a guessed closing time.
 */
export function isDataComment(comment: string | undefined, spec: string): comment is string {
  return !!comment && spec.includes(`"${comment}"`);
}

/**
 * The usual week from several weeks in a row: each weekday from the first week in which it is
 * no public holiday. A message shared today is read next week too; a holiday this Monday must
 * not make the office look closed on every Monday.
 */
export function usualWeek(weeks: readonly (readonly DaySchedule[])[]): readonly DaySchedule[] {
  const first = weeks[0] ?? [];
  return first.map((day, i) => weeks.map((w) => w[i]).find((d) => d && !d.holiday) ?? day);
}

/**
 * One line per set of opening times, days that share them together: "Mo, Di, Do 08:00–16:00".
 * Closed days are left out. Empty when the office is closed all week (or the spec is unreadable).
 * For a right-to-left language the days are joined with the Arabic comma and the times isolated.
 */
export function weekLines(
  week: readonly DaySchedule[],
  weekday: (date: Date) => string,
  openEnd: OpenEndText,
  rtl = false,
): readonly string[] {
  const groups = new Map<string, string[]>();
  for (const day of week) {
    if (day.ranges.length === 0) continue;
    // Right to left, each time is isolated on its own: the words of an open end stay outside.
    const text = rangesText(day.ranges, openEnd, rtl ? ltrIsolate : undefined);
    const days = groups.get(text) ?? [];
    days.push(weekday(day.date));
    groups.set(text, days);
  }
  return [...groups].map(([text, days]) => `${days.join(rtl ? '، ' : ', ')} ${text}`);
}
